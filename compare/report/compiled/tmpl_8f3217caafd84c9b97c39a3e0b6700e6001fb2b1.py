# _menus.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_menus.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_nav = resolve('nav')
    pass
    yield '      <li class="menu"><details><summary>Bodies</summary><ul>\n'
    for l_1_body in environment.getattr((undefined(name='nav') if l_0_nav is missing else l_0_nav), 'bodies'):
        l_1_root = resolve('root')
        l_1_safe_name = resolve('safe_name')
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
        yield 'index.html#body-'
        yield escape(context.call((undefined(name='safe_name') if l_1_safe_name is missing else l_1_safe_name), environment.getattr(l_1_body, 'body'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_body, 'body'))
        yield '</a></li>'
    l_1_body = l_1_root = l_1_safe_name = missing
    yield '      </ul></details></li>\n      <li class="menu"><details><summary>Pairs</summary><ul>\n'
    def t_1(fiter):
        for l_1_body in fiter:
            if environment.getattr(l_1_body, 'pairs'):
                yield l_1_body
    for l_1_body in t_1(environment.getattr((undefined(name='nav') if l_0_nav is missing else l_0_nav), 'bodies')):
        _loop_vars = {}
        pass
        yield '<li><span class="menu-body">'
        yield escape(environment.getattr(l_1_body, 'body'))
        yield '</span><ul>'
        for l_2_pair in environment.getattr(l_1_body, 'pairs'):
            l_2_root = resolve('root')
            l_2_meeting_label = resolve('meeting_label')
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape((undefined(name='root') if l_2_root is missing else l_2_root))
            yield escape(environment.getattr(l_2_pair, 'path'))
            yield '">'
            yield escape(context.call((undefined(name='meeting_label') if l_2_meeting_label is missing else l_2_meeting_label), environment.getattr(l_2_pair, 'old'), _loop_vars=_loop_vars))
            yield ' to '
            yield escape(context.call((undefined(name='meeting_label') if l_2_meeting_label is missing else l_2_meeting_label), environment.getattr(l_2_pair, 'new'), _loop_vars=_loop_vars))
            yield '</a></li>'
        l_2_pair = l_2_root = l_2_meeting_label = missing
        yield '</ul></li>'
    l_1_body = missing
    yield '      </ul></details></li>\n      <li class="menu"><details><summary>Themes</summary><ul>\n'
    for l_1_theme in environment.getattr((undefined(name='nav') if l_0_nav is missing else l_0_nav), 'themes'):
        l_1_root = resolve('root')
        l_1_theme_path = resolve('theme_path')
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
        yield escape(context.call((undefined(name='theme_path') if l_1_theme_path is missing else l_1_theme_path), environment.getattr(l_1_theme, 'id'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_theme, 'label'))
        yield '</a></li>'
    l_1_theme = l_1_root = l_1_theme_path = missing
    yield '      </ul></details></li>'

blocks = {}
debug_info = '4=13&7=27&10=54'
