# _lineage_grid.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_lineage_grid.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_grid_index = resolve('grid_index')
    l_0_grid = resolve('grid')
    l_0_unit_heading = resolve('unit_heading')
    l_0_show_theme = resolve('show_theme')
    l_0_ui = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('_macros.html.j2', '_lineage_grid.html.j2')._get_default_module(context)
    context.exported_vars.discard('ui')
    yield '<section class="grid-body" aria-labelledby="grid-title-'
    yield escape((undefined(name='grid_index') if l_0_grid_index is missing else l_0_grid_index))
    yield '">\n<h2 id="grid-title-'
    yield escape((undefined(name='grid_index') if l_0_grid_index is missing else l_0_grid_index))
    yield '">'
    yield escape(environment.getattr((undefined(name='grid') if l_0_grid is missing else l_0_grid), 'body'))
    yield '</h2>\n<p class="muted">'
    yield escape(t_1(environment.getattr((undefined(name='grid') if l_0_grid is missing else l_0_grid), 'rows')))
    yield ' row'
    yield escape(('' if (t_1(environment.getattr((undefined(name='grid') if l_0_grid is missing else l_0_grid), 'rows')) == 1) else 's'))
    yield ': each row follows one '
    yield escape(t_2((undefined(name='unit_heading') if l_0_unit_heading is missing else l_0_unit_heading)))
    yield ' from meeting to meeting; each cell gives its number there and its status:\n<em>present</em> in the first meeting compared, <em>unchanged</em> or <em>modified</em> since the meeting before, <em>new</em> at that meeting, or <em>dropped</em> (no longer in the report).</p>\n<div class="scroll" role="region" aria-labelledby="grid-title-'
    yield escape((undefined(name='grid_index') if l_0_grid_index is missing else l_0_grid_index))
    yield '" tabindex="0">\n<table class="grid">\n  <thead>\n    <tr>\n      <th scope="col" class="grid-unit">'
    yield escape((undefined(name='unit_heading') if l_0_unit_heading is missing else l_0_unit_heading))
    yield '</th>\n'
    if (undefined(name='show_theme') if l_0_show_theme is missing else l_0_show_theme):
        pass
        yield '<th scope="col">Theme</th>'
    l_1_loop = missing
    for l_1_m, l_1_loop in LoopContext(environment.getattr((undefined(name='grid') if l_0_grid is missing else l_0_grid), 'meetings'), undefined):
        l_1_root = resolve('root')
        l_1_path = missing
        _loop_vars = {}
        pass
        yield '<th scope="col" class="meeting-head">'
        l_1_path = environment.getitem(environment.getattr((undefined(name='grid') if l_0_grid is missing else l_0_grid), 'pair_paths'), environment.getattr(l_1_loop, 'index0'))
        _loop_vars['path'] = l_1_path
        if (undefined(name='path') if l_1_path is missing else l_1_path):
            pass
            yield '<a href="'
            yield escape((undefined(name='root') if l_1_root is missing else l_1_root))
            yield escape((undefined(name='path') if l_1_path is missing else l_1_path))
            yield '" title="What changed at this meeting">'
            yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'meeting_name'), l_1_m, _loop_vars=_loop_vars))
            yield '</a>'
        else:
            pass
            yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'meeting_name'), l_1_m, _loop_vars=_loop_vars))
        yield '<br><span class="muted">'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'dates'), l_1_m, _loop_vars=_loop_vars))
        yield '</span></th>'
    l_1_loop = l_1_m = l_1_path = l_1_root = missing
    yield '    </tr>\n  </thead>\n  <tbody>\n'
    for l_1_row in environment.getattr((undefined(name='grid') if l_0_grid is missing else l_0_grid), 'rows'):
        l_1_lineage_row = resolve('lineage_row')
        l_1_root = resolve('root')
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='lineage_row') if l_1_lineage_row is missing else l_1_lineage_row), l_1_row, (undefined(name='show_theme') if l_0_show_theme is missing else l_0_show_theme), (undefined(name='root') if l_1_root is missing else l_1_root), _loop_vars=_loop_vars))
        yield '\n'
    l_1_row = l_1_lineage_row = l_1_root = missing
    yield '  </tbody>\n</table>\n</div>\n</section>\n'

blocks = {}
debug_info = '4=28&5=31&6=33&7=37&9=43&13=45&14=47&15=51&19=75&20=80'
