# participation.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'participation.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_participation_rows = resolve('participation_rows')
    l_0_statement_totals = resolve('statement_totals')
    l_0_reference_rows = resolve('reference_rows')
    l_0_column_heads = l_0_participation_matrix = l_0_references_matrix = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['ordinal']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'ordinal' found.")
    try:
        t_4 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_5 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_6 = environment.tests['filter']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'filter' found.")
    pass
    def macro(l_1_columns, l_1_total_head):
        t_7 = []
        if l_1_columns is missing:
            l_1_columns = undefined("parameter 'columns' was not provided", name='columns')
        if l_1_total_head is missing:
            l_1_total_head = ''
        pass
        t_7.append(
            '    <tr>\n      <td rowspan="2"></td>\n',
        )
        l_2_loop = missing
        for l_2_c, l_2_loop in LoopContext(l_1_columns, undefined):
            _loop_vars = {}
            pass
            if context.call(environment.getattr(l_2_loop, 'changed'), environment.getattr(l_2_c, 'body'), _loop_vars=_loop_vars):
                pass
                t_7.extend((
                    '<th scope="colgroup" colspan="',
                    escape(t_1(t_2(context.eval_ctx, t_4(context, l_1_columns, 'body', 'equalto', environment.getattr(l_2_c, 'body'))))),
                    '" class="body-head">',
                    escape((environment.getattr(l_2_c, 'body') or 'Body not stated')),
                    '</th>',
                ))
        l_2_loop = l_2_c = missing
        t_7.append(
            '    </tr>\n    <tr>\n',
        )
        for l_2_c in l_1_columns:
            _loop_vars = {}
            pass
            t_7.extend((
                '<th scope="col" class="meeting-head" title="',
                escape(environment.getattr(l_2_c, 'body')),
                '">',
            ))
            if environment.getattr(l_2_c, 'session'):
                pass
                t_7.append(
                    escape((t_3(environment.getattr(l_2_c, 'session')) if t_6(environment, 'ordinal') else environment.getattr(l_2_c, 'session'))),
                )
            else:
                pass
                t_7.append(
                    escape(environment.getattr(l_2_c, 'meeting_id')),
                )
            if environment.getattr(l_2_c, 'year'):
                pass
                t_7.extend((
                    ' (',
                    escape(environment.getattr(l_2_c, 'year')),
                    ')',
                ))
            t_7.append(
                '</th>',
            )
        l_2_c = missing
        if l_1_total_head:
            pass
            t_7.extend((
                '<th scope="col" class="num">',
                escape(l_1_total_head),
                '</th>',
            ))
        t_7.append(
            '    </tr>\n',
        )
        return concat(t_7)
    context.exported_vars.add('column_heads')
    context.vars['column_heads'] = l_0_column_heads = Macro(environment, macro, 'column_heads', ('columns', 'total_head'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_rows, l_1_totals, l_1_section_id):
        t_8 = []
        l_1_columns = resolve('columns')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_totals is missing:
            l_1_totals = undefined("parameter 'totals' was not provided", name='totals')
        if l_1_section_id is missing:
            l_1_section_id = 'participation'
        pass
        if l_1_rows:
            pass
            l_1_columns = t_2(context.eval_ctx, t_4(context, l_1_rows, 'state', 'equalto', environment.getattr(environment.getitem(l_1_rows, 0), 'state')))
            t_8.extend((
                '<section id="',
                escape(l_1_section_id),
                '" class="participation" aria-labelledby="',
                escape(l_1_section_id),
                '-title">\n<h2 id="',
                escape(l_1_section_id),
                '-title">Who made statements</h2>\n<p>',
                escape(environment.getattr(l_1_totals, 'states')),
                ' State',
                escape(('' if (environment.getattr(l_1_totals, 'states') == 1) else 's')),
                ' named; statements per meeting: ',
            ))
            l_2_loop = missing
            for l_2_c, l_2_loop in LoopContext((undefined(name='columns') if l_1_columns is missing else l_1_columns), undefined):
                _loop_vars = {}
                pass
                t_8.extend((
                    escape(environment.getattr(l_2_c, 'body')),
                    ', ',
                    escape((t_3(environment.getattr(l_2_c, 'session')) if environment.getattr(l_2_c, 'session') else environment.getattr(l_2_c, 'meeting_id'))),
                    ': ',
                    escape(environment.getitem(environment.getattr(l_1_totals, 'by_meeting'), environment.getattr(l_2_c, 'meeting_id'))),
                    escape(('; ' if (not environment.getattr(l_2_loop, 'last')) else '.')),
                ))
            l_2_loop = l_2_c = missing
            t_8.extend((
                '</p>\n<details class="participation-details">\n<summary>The table, State by State</summary>\n<p>States whose representatives made statements, as each report lists them. <em>not listed</em>: that report lists no States.</p>\n<div class="scroll" role="region" aria-labelledby="',
                escape(l_1_section_id),
                '-title" tabindex="0">\n<table class="matrix participation-matrix">\n  <thead>\n',
                escape(context.call((undefined(name='column_heads') if l_0_column_heads is missing else l_0_column_heads), (undefined(name='columns') if l_1_columns is missing else l_1_columns), 'Meetings spoken at')),
                '\n  </thead>\n  <tbody>\n',
            ))
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(l_1_rows, undefined):
                _loop_vars = {}
                pass
                if context.call(environment.getattr(l_2_loop, 'changed'), environment.getitem(l_2_row, 'state'), _loop_vars=_loop_vars):
                    pass
                    if (not environment.getattr(l_2_loop, 'first')):
                        pass
                        t_8.append(
                            '</tr>',
                        )
                    t_8.extend((
                        '    <tr><th scope="row">',
                        escape(environment.getitem(l_2_row, 'state')),
                        '</th>',
                    ))
                if (environment.getitem(l_2_row, 'made_statement') == 'true'):
                    pass
                    t_8.append(
                        '<td class="spoke">yes</td>',
                    )
                elif (environment.getitem(l_2_row, 'made_statement') == 'false'):
                    pass
                    t_8.append(
                        '<td class="silent"></td>',
                    )
                else:
                    pass
                    t_8.append(
                        '<td class="unknown muted">not listed</td>',
                    )
                if (environment.getattr(l_2_loop, 'last') or (environment.getitem(environment.getitem(l_1_rows, environment.getattr(l_2_loop, 'index')), 'state') != environment.getitem(l_2_row, 'state'))):
                    pass
                    t_8.extend((
                        '<td class="num total">',
                        escape(environment.getitem(environment.getattr(l_1_totals, 'by_state'), environment.getitem(l_2_row, 'state'))),
                        '</td>',
                    ))
                if environment.getattr(l_2_loop, 'last'):
                    pass
                    t_8.append(
                        '</tr>',
                    )
            l_2_loop = l_2_row = missing
            t_8.append(
                '  </tbody>\n  <tfoot><tr><th scope="row">Statements</th>',
            )
            for l_2_c in (undefined(name='columns') if l_1_columns is missing else l_1_columns):
                _loop_vars = {}
                pass
                t_8.extend((
                    '<td class="num total">',
                    escape(environment.getitem(environment.getattr(l_1_totals, 'by_meeting'), environment.getattr(l_2_c, 'meeting_id'))),
                    '</td>',
                ))
            l_2_c = missing
            t_8.append(
                '<td></td></tr></tfoot>\n</table>\n</div>\n</details>\n</section>\n',
            )
        return concat(t_8)
    context.exported_vars.add('participation_matrix')
    context.vars['participation_matrix'] = l_0_participation_matrix = Macro(environment, macro, 'participation_matrix', ('rows', 'totals', 'section_id'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_rows, l_1_section_id):
        t_9 = []
        l_1_columns = resolve('columns')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_section_id is missing:
            l_1_section_id = 'references'
        pass
        if l_1_rows:
            pass
            l_1_columns = t_2(context.eval_ctx, t_4(context, l_1_rows, 'label', 'equalto', environment.getattr(environment.getitem(l_1_rows, 0), 'label')))
            t_9.extend((
                '<section id="',
                escape(l_1_section_id),
                '" class="references" aria-labelledby="',
                escape(l_1_section_id),
                '-title">\n<h2 id="',
                escape(l_1_section_id),
                '-title">Convention articles and Conference resolutions cited</h2>\n<p>How many times each meeting\'s paragraphs cite each article, resolution or decision; empty: not cited.</p>\n<div class="scroll" role="region" aria-labelledby="',
                escape(l_1_section_id),
                '-title" tabindex="0">\n<table class="matrix references-matrix">\n  <thead>\n',
                escape(context.call((undefined(name='column_heads') if l_0_column_heads is missing else l_0_column_heads), (undefined(name='columns') if l_1_columns is missing else l_1_columns))),
                '\n  </thead>\n  <tbody>\n',
            ))
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(l_1_rows, undefined):
                _loop_vars = {}
                pass
                if context.call(environment.getattr(l_2_loop, 'changed'), environment.getitem(l_2_row, 'kind'), environment.getitem(l_2_row, 'id'), _loop_vars=_loop_vars):
                    pass
                    if (not environment.getattr(l_2_loop, 'first')):
                        pass
                        t_9.append(
                            '</tr>',
                        )
                    t_9.extend((
                        '    <tr><th scope="row">',
                        escape(environment.getitem(l_2_row, 'label')),
                        '</th>',
                    ))
                if environment.getitem(l_2_row, 'count'):
                    pass
                    t_9.extend((
                        '<td class="num" title="',
                        escape(environment.getitem(l_2_row, 'label')),
                        ': paragraphs ',
                        escape(environment.getitem(l_2_row, 'refs')),
                        '">',
                        escape(environment.getitem(l_2_row, 'count')),
                        '</td>',
                    ))
                else:
                    pass
                    t_9.append(
                        '<td class="num"></td>',
                    )
                if environment.getattr(l_2_loop, 'last'):
                    pass
                    t_9.append(
                        '</tr>',
                    )
            l_2_loop = l_2_row = missing
            t_9.append(
                '  </tbody>\n</table>\n</div>\n</section>\n',
            )
        return concat(t_9)
    context.exported_vars.add('references_matrix')
    context.vars['references_matrix'] = l_0_references_matrix = Macro(environment, macro, 'references_matrix', ('rows', 'section_id'), False, False, False, context.eval_ctx.autoescape)
    if (t_5((undefined(name='page') if l_0_page is missing else l_0_page)) and ((undefined(name='page') if l_0_page is missing else l_0_page) == 'index')):
        pass
        if (t_5((undefined(name='participation_rows') if l_0_participation_rows is missing else l_0_participation_rows)) and t_5((undefined(name='statement_totals') if l_0_statement_totals is missing else l_0_statement_totals))):
            pass
            yield escape(context.call((undefined(name='participation_matrix') if l_0_participation_matrix is missing else l_0_participation_matrix), (undefined(name='participation_rows') if l_0_participation_rows is missing else l_0_participation_rows), (undefined(name='statement_totals') if l_0_statement_totals is missing else l_0_statement_totals)))
        if t_5((undefined(name='reference_rows') if l_0_reference_rows is missing else l_0_reference_rows)):
            pass
            yield escape(context.call((undefined(name='references_matrix') if l_0_references_matrix is missing else l_0_references_matrix), (undefined(name='reference_rows') if l_0_reference_rows is missing else l_0_reference_rows)))

blocks = {}
debug_info = '16=52&19=63&22=79&26=122&27=132&28=134&29=137&30=141&31=143&35=163&38=165&41=169&42=172&43=181&44=184&45=199&46=206&49=215&57=231&58=239&59=241&60=244&61=248&63=250&66=252&69=256&70=259&71=268&72=271&73=287&82=299&83=301&84=304'
