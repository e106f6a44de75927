# pair.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pair.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html.j2', 'pair.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_old = resolve('old')
    l_0_meeting_label = resolve('meeting_label')
    l_0_new = resolve('new')
    pass
    yield escape(environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'body'))
    yield ': '
    yield escape(context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), (undefined(name='old') if l_0_old is missing else l_0_old), _block_vars=_block_vars))
    yield ' to '
    yield escape(context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), (undefined(name='new') if l_0_new is missing else l_0_new), _block_vars=_block_vars))

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    template = environment.get_template('_pair_content.html.j2', 'pair.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()

blocks = {'title': block_title, 'content': block_content}
debug_info = '1=12&2=17&3=34'
