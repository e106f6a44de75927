# recommendations.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'recommendations.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_ui = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'recommendations.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_ui = context.vars['ui'] = environment.get_template('_macros.html.j2', 'recommendations.html.j2')._get_default_module(context)
    context.exported_vars.discard('ui')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Recommendations'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_grids = resolve('grids')
    pass
    yield '<h1>Recommendations across meetings</h1>\n<p class="lead">Every recommendation of every meeting, followed from meeting to meeting: its number and status at each meeting, and its theme.</p>\n'
    l_1_loop = missing
    t_1 = 1
    for l_1_grid, l_1_loop in LoopContext((undefined(name='grids') if l_0_grids is missing else l_0_grids), undefined):
        _loop_vars = {}
        pass
        l_2_show_theme = True
        l_2_grid_index = environment.getattr(l_1_loop, 'index')
        l_2_unit_heading = 'Recommendation'
        pass
        template = environment.get_template('_lineage_grid.html.j2', 'recommendations.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'grid_index': l_2_grid_index, 'show_theme': l_2_show_theme, 'unit_heading': l_2_unit_heading, 'grid': l_1_grid, 'loop': l_1_loop}))
        try:
            for event in gen:
                yield event
        finally: gen.close()
        l_2_show_theme = l_2_grid_index = l_2_unit_heading = missing
        t_1 = 0
    l_1_loop = l_1_grid = missing
    if t_1:
        pass
        yield '<p>No meeting in this comparison made a recommendation.</p>\n'

blocks = {'title': block_title, 'content': block_content}
debug_info = '1=13&2=16&3=20&4=30&7=42&8=49'
