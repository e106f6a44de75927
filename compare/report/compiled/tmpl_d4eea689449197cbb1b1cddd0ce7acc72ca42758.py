# _grid_row.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_grid_row.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_ui = l_0_grid_row = missing
    try:
        t_1 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('_macros.html.j2', '_grid_row.html.j2')._get_default_module(context)
    context.exported_vars.discard('ui')
    def macro(l_1_row, l_1_show_theme, l_1_root):
        t_2 = []
        if l_1_row is missing:
            l_1_row = undefined("parameter 'row' was not provided", name='row')
        if l_1_show_theme is missing:
            l_1_show_theme = undefined("parameter 'show_theme' was not provided", name='show_theme')
        if l_1_root is missing:
            l_1_root = undefined("parameter 'root' was not provided", name='root')
        pass
        t_2.extend((
            '    <tr class="lineage" data-lineage="',
            escape(environment.getattr(l_1_row, 'lineage')),
            '">\n      <th scope="row" class="grid-unit">\n        <span class="ref">¶ ',
            escape(environment.getattr(l_1_row, 'first_ref')),
            '</span>',
        ))
        if environment.getattr(l_1_row, 'recommendation'):
            pass
            t_2.extend((
                ' ',
                escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'recommendation_badge'))),
            ))
        t_2.extend((
            '        <details class="full-text">\n          <summary>',
            escape(environment.getattr(l_1_row, 'summary')),
            '</summary>\n          <div class="text">',
            escape(environment.getattr(environment.getattr(l_1_row, 'latest'), 'text')),
            '</div>\n        </details>\n      </th>\n',
        ))
        if l_1_show_theme:
            pass
            t_2.extend((
                '<td><a href="',
                escape(l_1_root),
                escape(environment.getattr(l_1_row, 'theme_path')),
                '">',
                escape(environment.getattr(l_1_row, 'theme')),
                '</a></td>',
            ))
        for l_2_cell in environment.getattr(l_1_row, 'cells'):
            l_2_change = resolve('change')
            l_2_status = resolve('status')
            _loop_vars = {}
            pass
            if l_2_cell:
                pass
                l_2_change = environment.getattr(l_2_cell, 'change')
                _loop_vars['change'] = l_2_change
                l_2_status = environment.getattr(l_2_cell, 'status')
                _loop_vars['status'] = l_2_status
                t_2.extend((
                    '      <td class="cell cell-',
                    escape((undefined(name='status') if l_2_status is missing else l_2_status)),
                    '">\n        <span class="status status-',
                    escape((undefined(name='status') if l_2_status is missing else l_2_status)),
                    '">',
                    escape((undefined(name='status') if l_2_status is missing else l_2_status)),
                    '</span> <span class="ref">¶ ',
                    escape(environment.getattr(environment.getattr(l_2_cell, 'unit'), 'ref')),
                    '</span>\n',
                ))
                if (not t_1((undefined(name='change') if l_2_change is missing else l_2_change))):
                    pass
                    if environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'moved'):
                        pass
                        t_2.append(
                            '<span class="badge badge-moved">moved</span>',
                        )
                    if environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'significance'):
                        pass
                        t_2.extend((
                            '<p class="significance"><span class="badge significance-',
                            escape(environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'significance')),
                            '">',
                            escape(environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'significance')),
                            '</span>',
                        ))
                        if environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'why'):
                            pass
                            t_2.extend((
                                ' <span class="why">',
                                escape(environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'why')),
                                '</span>',
                            ))
                        t_2.append(
                            '</p>\n',
                        )
                    elif environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'why'):
                        pass
                        t_2.extend((
                            '<p class="significance"><span class="why">',
                            escape(environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'why')),
                            '</span></p>\n',
                        ))
                    if environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'decision'):
                        pass
                        t_2.extend((
                            '<p class="decision">Reviewer decision: ',
                            escape(environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'decision')),
                            '</p>',
                        ))
                if environment.getattr(l_2_cell, 'outcome'):
                    pass
                    t_2.append(
                        escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'outcome'), environment.getattr(l_2_cell, 'outcome'), l_1_root, _loop_vars=_loop_vars)),
                    )
                if environment.getattr(l_2_cell, 'ops'):
                    pass
                    t_2.extend((
                        '        <details class="cell-diff">\n          <summary>What changed (<span class="diff-counts"><span class="count-ins">',
                        escape(environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'inserted')),
                        ' ',
                        escape(('word' if (environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'inserted') == 1) else 'words')),
                        ' added</span>, <span class="count-del">',
                        escape(environment.getattr((undefined(name='change') if l_2_change is missing else l_2_change), 'deleted')),
                        ' removed</span></span>)</summary>\n          ',
                        escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'diff'), environment.getattr(l_2_cell, 'ops'), 'inline', _loop_vars=_loop_vars)),
                        '\n        </details>\n',
                    ))
                elif ((undefined(name='status') if l_2_status is missing else l_2_status) in ('present', 'new')):
                    pass
                    t_2.extend((
                        '        <details class="cell-text">\n          <summary>Text</summary>\n          <div class="text">',
                        escape(environment.getattr(environment.getattr(l_2_cell, 'unit'), 'text')),
                        '</div>\n        </details>\n',
                    ))
                t_2.append(
                    '      </td>\n',
                )
            else:
                pass
                t_2.append(
                    '      <td class="cell cell-absent"><span class="absent" aria-label="not in this meeting">–</span></td>\n',
                )
        l_2_cell = l_2_change = l_2_status = missing
        t_2.append(
            '    </tr>',
        )
        return concat(t_2)
    context.exported_vars.add('grid_row')
    context.vars['grid_row'] = l_0_grid_row = Macro(environment, macro, 'grid_row', ('row', 'show_theme', 'root'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=18&5=20&6=31&8=33&9=44&10=46&13=49&14=59&15=64&16=66&17=68&18=72&19=74&20=81&21=107&22=114&23=121&24=126&26=130&27=136&29=139&32=143'
