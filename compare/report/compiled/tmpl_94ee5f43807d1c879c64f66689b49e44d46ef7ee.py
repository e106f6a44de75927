# _change_row.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_change_row.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_ui = l_0_side_block = l_0_refs = l_0_change_row = l_0_key_change = missing
    try:
        t_1 = environment.filters['excerpt']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'excerpt' found.")
    try:
        t_2 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('_macros.html.j2', '_change_row.html.j2')._get_default_module(context)
    context.exported_vars.discard('ui')
    def macro(l_1_unit, l_1_side, l_1_label, l_1_ops):
        t_3 = []
        if l_1_unit is missing:
            l_1_unit = undefined("parameter 'unit' was not provided", name='unit')
        if l_1_side is missing:
            l_1_side = undefined("parameter 'side' was not provided", name='side')
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        if l_1_ops is missing:
            l_1_ops = undefined("parameter 'ops' was not provided", name='ops')
        pass
        t_3.extend((
            '<div class="side ',
            escape(l_1_side),
            '">\n  <p class="ref">',
            escape(l_1_label),
            ', ¶ ',
            escape(environment.getattr(l_1_unit, 'ref')),
        ))
        if environment.getattr(l_1_unit, 'section'):
            pass
            t_3.extend((
                ' <span class="muted">(',
                escape(environment.getattr(l_1_unit, 'section')),
                ')</span>',
            ))
        t_3.append(
            '</p>\n',
        )
        if l_1_ops:
            pass
            t_3.append(
                escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'diff'), l_1_ops, l_1_side)),
            )
        else:
            pass
            t_3.extend((
                '<div class="text">',
                escape(environment.getattr(l_1_unit, 'text')),
                '</div>',
            ))
        t_3.append(
            '\n</div>',
        )
        return concat(t_3)
    context.exported_vars.add('side_block')
    context.vars['side_block'] = l_0_side_block = Macro(environment, macro, 'side_block', ('unit', 'side', 'label', 'ops'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_change):
        t_4 = []
        if l_1_change is missing:
            l_1_change = undefined("parameter 'change' was not provided", name='change')
        pass
        t_4.append(
            '<span class="refs">',
        )
        if environment.getattr(l_1_change, 'from_ref'):
            pass
            t_4.extend((
                '¶ ',
                escape(environment.getattr(l_1_change, 'from_ref')),
            ))
        else:
            pass
            t_4.append(
                '–',
            )
        t_4.append(
            ' → ',
        )
        if environment.getattr(l_1_change, 'to_ref'):
            pass
            t_4.extend((
                '¶ ',
                escape(environment.getattr(l_1_change, 'to_ref')),
            ))
        else:
            pass
            t_4.append(
                '–',
            )
        t_4.append(
            '</span>',
        )
        return concat(t_4)
    context.exported_vars.add('refs')
    context.vars['refs'] = l_0_refs = Macro(environment, macro, 'refs', ('change',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_row, l_1_old_label, l_1_new_label):
        t_5 = []
        l_1_root = resolve('root')
        l_1_change = l_1_status = l_1_diffed = l_1_refs_span = missing
        if l_1_row is missing:
            l_1_row = undefined("parameter 'row' was not provided", name='row')
        if l_1_old_label is missing:
            l_1_old_label = undefined("parameter 'old_label' was not provided", name='old_label')
        if l_1_new_label is missing:
            l_1_new_label = undefined("parameter 'new_label' was not provided", name='new_label')
        pass
        l_1_change = environment.getattr(l_1_row, 'change')
        l_1_status = environment.getattr(l_1_row, 'status')
        l_1_diffed = (environment.getattr(l_1_row, 'ops') and ((undefined(name='status') if l_1_status is missing else l_1_status) == 'modified'))
        t_6 = []
        pass
        t_6.append(
            '<span class="refs">',
        )
        if environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'from_ref'):
            pass
            t_6.extend((
                '¶ ',
                escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'from_ref')),
            ))
        else:
            pass
            t_6.append(
                '–',
            )
        t_6.append(
            ' → ',
        )
        if environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'to_ref'):
            pass
            t_6.extend((
                '¶ ',
                escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'to_ref')),
            ))
        else:
            pass
            t_6.append(
                '–',
            )
        t_6.append(
            '</span>',
        )
        l_1_refs_span = (Markup if context.eval_ctx.autoescape else identity)(concat(t_6))
        t_5.extend((
            '<article class="change status-row-',
            escape((undefined(name='status') if l_1_status is missing else l_1_status)),
            '" id="',
            escape(environment.getattr(l_1_row, 'id')),
            '" style="order: ',
            escape(environment.getattr(l_1_row, 'position')),
            '" data-status="',
            escape((undefined(name='status') if l_1_status is missing else l_1_status)),
            '" data-significance="',
            escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'significance')),
            '" data-theme="',
            escape(environment.getattr(l_1_row, 'theme')),
            '" data-recommendation="',
            escape(('true' if environment.getattr(l_1_row, 'recommendation') else 'false')),
            '" data-outcome="',
            escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'outcome')),
            '" data-old-ref="',
            escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'from_ref')),
            '" data-new-ref="',
            escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'to_ref')),
            '">\n',
        ))
        if ((undefined(name='status') if l_1_status is missing else l_1_status) == 'unchanged'):
            pass
            t_5.extend((
                '<details class="unchanged-unit">\n  <summary><a class="permalink" href="#',
                escape(environment.getattr(l_1_row, 'id')),
                '" aria-label="Link to this change">#</a> <span class="status status-',
                escape((undefined(name='status') if l_1_status is missing else l_1_status)),
                '">',
                escape((undefined(name='status') if l_1_status is missing else l_1_status)),
                '</span>',
            ))
            if environment.getattr(l_1_row, 'recommendation'):
                pass
                t_5.append(
                    ' <span class="badge badge-recommendation" title="Recommendation">Rec.</span>',
                )
            t_5.extend((
                ' ',
                escape((undefined(name='refs_span') if l_1_refs_span is missing else l_1_refs_span)),
                ' <span class="excerpt">',
                escape((t_1(environment.getattr(environment.getattr(l_1_row, 'new'), 'text')) if environment.getattr(l_1_row, 'new') else '')),
                '</span></summary>\n  <div class="text">',
                escape((environment.getattr(environment.getattr(l_1_row, 'new'), 'text') if environment.getattr(l_1_row, 'new') else '')),
                '</div>\n</details>\n',
            ))
        else:
            pass
            t_5.extend((
                '<h3 class="change-head"><a class="permalink" href="#',
                escape(environment.getattr(l_1_row, 'id')),
                '" aria-label="Link to this change">#</a> <span class="status status-',
                escape((undefined(name='status') if l_1_status is missing else l_1_status)),
                '">',
                escape((undefined(name='status') if l_1_status is missing else l_1_status)),
                '</span>',
            ))
            if environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'significance'):
                pass
                t_5.extend((
                    ' <span class="badge significance-',
                    escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'significance')),
                    '">',
                    escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'significance')),
                    '</span>',
                ))
            if environment.getattr(l_1_row, 'recommendation'):
                pass
                t_5.append(
                    ' <span class="badge badge-recommendation" title="Recommendation">Rec.</span>',
                )
            if environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'moved'):
                pass
                t_5.append(
                    ' <span class="badge badge-moved">moved',
                )
                if (environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'from_theme') and (environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'from_theme') != environment.getattr(l_1_row, 'theme'))):
                    pass
                    t_5.extend((
                        ' from ',
                        escape(environment.getattr(l_1_row, 'from_theme_label')),
                    ))
                t_5.append(
                    '</span>',
                )
            t_5.extend((
                ' ',
                escape((undefined(name='refs_span') if l_1_refs_span is missing else l_1_refs_span)),
            ))
            if ((undefined(name='status') if l_1_status is missing else l_1_status) == 'modified'):
                pass
                t_5.extend((
                    ' <span class="similarity">similarity ',
                    escape(t_2('%.2f', environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'similarity'))),
                    '</span>',
                ))
            t_5.append(
                '</h3>\n',
            )
            if environment.getattr(l_1_row, 'outcome'):
                pass
                t_5.extend((
                    '<p class="outcome-line">',
                    escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'outcome'), environment.getattr(l_1_row, 'outcome'), (undefined(name='root') if l_1_root is missing else l_1_root))),
                    '</p>',
                ))
            if environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'why'):
                pass
                t_5.extend((
                    '<p class="why">',
                    escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'why')),
                    '</p>',
                ))
            if environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'decision'):
                pass
                t_5.extend((
                    '<p class="decision">Reviewer decision: ',
                    escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'decision')),
                    '</p>',
                ))
            if environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'match_reason'):
                pass
                t_5.extend((
                    '<p class="match-reason">Alignment: ',
                    escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'match_reason')),
                    '</p>',
                ))
            if (undefined(name='diffed') if l_1_diffed is missing else l_1_diffed):
                pass
                t_5.extend((
                    '<div class="view-inline">\n  <p class="diff-label">Word diff: <span class="diff-counts"><span class="count-ins">',
                    escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'inserted')),
                    ' ',
                    escape(('word' if (environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'inserted') == 1) else 'words')),
                    ' added</span>, <span class="count-del">',
                    escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'deleted')),
                    ' removed</span></span>',
                ))
                if environment.getattr(l_1_row, 'degraded'):
                    pass
                    t_5.append(
                        ' <span class="muted">(coarse: the word diff took too long and was done by larger pieces)</span>',
                    )
                t_5.extend((
                    '</p>\n  ',
                    escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'diff'), environment.getattr(l_1_row, 'ops'), 'inline')),
                    '\n</div>\n<div class="view-side side-by-side">\n',
                    escape(context.call((undefined(name='side_block') if l_0_side_block is missing else l_0_side_block), environment.getattr(l_1_row, 'old'), 'old', l_1_old_label, environment.getattr(l_1_row, 'ops'))),
                    '\n',
                    escape(context.call((undefined(name='side_block') if l_0_side_block is missing else l_0_side_block), environment.getattr(l_1_row, 'new'), 'new', l_1_new_label, environment.getattr(l_1_row, 'ops'))),
                    '\n</div>\n',
                ))
            else:
                pass
                t_5.append(
                    '<div class="side-by-side always">\n',
                )
                if environment.getattr(l_1_row, 'old'):
                    pass
                    t_5.append(
                        escape(context.call((undefined(name='side_block') if l_0_side_block is missing else l_0_side_block), environment.getattr(l_1_row, 'old'), 'old', l_1_old_label, None)),
                    )
                if environment.getattr(l_1_row, 'new'):
                    pass
                    t_5.append(
                        escape(context.call((undefined(name='side_block') if l_0_side_block is missing else l_0_side_block), environment.getattr(l_1_row, 'new'), 'new', l_1_new_label, None)),
                    )
                t_5.append(
                    '</div>\n',
                )
        t_5.append(
            '</article>',
        )
        return concat(t_5)
    context.exported_vars.add('change_row')
    context.vars['change_row'] = l_0_change_row = Macro(environment, macro, 'change_row', ('row', 'old_label', 'new_label'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_row):
        t_7 = []
        l_1_root = resolve('root')
        l_1_change = missing
        if l_1_row is missing:
            l_1_row = undefined("parameter 'row' was not provided", name='row')
        pass
        l_1_change = environment.getattr(l_1_row, 'change')
        t_7.extend((
            '<li><a href="#',
            escape(environment.getattr(l_1_row, 'id')),
            '">',
            escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'status_badge'), environment.getattr(l_1_row, 'status'))),
            ' ',
            escape(context.call((undefined(name='refs') if l_0_refs is missing else l_0_refs), (undefined(name='change') if l_1_change is missing else l_1_change))),
            '</a>',
        ))
        if environment.getattr(l_1_row, 'recommendation'):
            pass
            t_7.extend((
                ' ',
                escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'recommendation_badge'))),
            ))
        t_7.extend((
            ' <span class="muted">',
            escape(environment.getattr(l_1_row, 'theme_label')),
            '</span>',
        ))
        if (environment.getattr(l_1_row, 'outcome') and environment.getattr(environment.getattr(l_1_row, 'outcome'), 'text')):
            pass
            t_7.extend((
                ' ',
                escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'outcome'), environment.getattr(l_1_row, 'outcome'), (undefined(name='root') if l_1_root is missing else l_1_root))),
            ))
        if environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'why'):
            pass
            t_7.extend((
                ': ',
                escape(environment.getattr((undefined(name='change') if l_1_change is missing else l_1_change), 'why')),
            ))
        t_7.append(
            '</li>',
        )
        return concat(t_7)
    context.exported_vars.add('key_change')
    context.vars['key_change'] = l_0_key_change = Macro(environment, macro, 'key_change', ('row',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=24&4=26&5=39&6=41&7=55&12=74&13=82&16=114&17=125&18=126&19=127&20=133&21=164&22=185&24=189&25=207&28=214&29=263&30=270&31=277&32=284&33=291&35=295&36=309&39=311&40=313&44=321&45=326&52=341&53=348&54=351'
