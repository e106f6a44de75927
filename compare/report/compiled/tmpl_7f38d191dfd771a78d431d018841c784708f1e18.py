# theme.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'theme.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_ui = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'theme.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_ui = context.vars['ui'] = environment.get_template('_macros.html.j2', 'theme.html.j2')._get_default_module(context)
    context.exported_vars.discard('ui')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_theme = resolve('theme')
    pass
    yield 'Theme: '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'label'))

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_root = resolve('root')
    l_0_theme = resolve('theme')
    l_0_grids = resolve('grids')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    pass
    yield '<p class="breadcrumb"><a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'index.html">Overview</a> › <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'index.html#matrix">Themes</a> › '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'label'))
    yield '</p>\n<h1>'
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'label'))
    yield '</h1>\n'
    if environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'description'):
        pass
        yield '<p class="lead">'
        yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'description'))
        yield '</p>'
    if environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'articles'):
        pass
        yield '<p>Convention articles: '
        yield escape(t_1(context.eval_ctx, environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'articles'), ', '))
        yield '</p>'
    l_1_loop = missing
    t_2 = 1
    for l_1_grid, l_1_loop in LoopContext((undefined(name='grids') if l_0_grids is missing else l_0_grids), undefined):
        _loop_vars = {}
        pass
        l_2_show_theme = False
        l_2_grid_index = environment.getattr(l_1_loop, 'index')
        l_2_unit_heading = 'Paragraph'
        pass
        template = environment.get_template('_lineage_grid.html.j2', 'theme.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'grid_index': l_2_grid_index, 'show_theme': l_2_show_theme, 'unit_heading': l_2_unit_heading, 'grid': l_1_grid, 'loop': l_1_loop}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        l_2_show_theme = l_2_grid_index = l_2_unit_heading = missing
        t_2 = 0
    l_1_loop = l_1_grid = missing
    if t_2:
        pass
        yield '<p>No paragraph of any meeting was assigned to this theme.</p>\n'
    if environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'keywords'):
        pass
        yield '<details class="keywords"><summary>Keywords used to find this theme</summary><p class="muted">'
        yield escape(t_1(context.eval_ctx, environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'keywords'), ', '))
        yield '</p></details>'

blocks = {'title': block_title, 'content': block_content}
debug_info = '1=13&2=16&3=20&4=32&5=50&6=56&7=58&8=63&9=70&10=77&14=89'
