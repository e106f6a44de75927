# _followup_row.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_followup_row.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_evidence = l_0_followup_row = missing
    try:
        t_1 = environment.filters['ordinal']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ordinal' found.")
    try:
        t_2 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    pass
    def macro(l_1_row, l_1_names, l_1_pairs, l_1_root):
        t_3 = []
        l_1_pair_path = resolve('pair_path')
        l_1_href = resolve('href')
        l_1_safe_name = resolve('safe_name')
        l_1_where = missing
        if l_1_row is missing:
            l_1_row = undefined("parameter 'row' was not provided", name='row')
        if l_1_names is missing:
            l_1_names = undefined("parameter 'names' was not provided", name='names')
        if l_1_pairs is missing:
            l_1_pairs = undefined("parameter 'pairs' was not provided", name='pairs')
        if l_1_root is missing:
            l_1_root = undefined("parameter 'root' was not provided", name='root')
        pass
        l_1_where = environment.getattr(l_1_row, 'evidence_meeting')
        if (not (undefined(name='where') if l_1_where is missing else l_1_where)):
            pass
            if (environment.getattr(l_1_row, 'status') == 'pending'):
                pass
                t_3.append(
                    '<p class="muted">That meeting\'s report is not in this comparison.</p>',
                )
            else:
                pass
                t_3.append(
                    '<p class="muted">No heading, annex document or paragraph of ',
                )
                if environment.getattr(l_1_row, 'target_meeting'):
                    pass
                    t_3.append(
                        escape(context.call(environment.getattr(l_1_names, 'get'), environment.getattr(l_1_row, 'target_meeting'), environment.getattr(l_1_row, 'target_meeting'))),
                    )
                else:
                    pass
                    t_3.append(
                        'that meeting',
                    )
                t_3.append(
                    ' covers this subject.</p>',
                )
        else:
            pass
            if ((environment.getattr(l_1_row, 'meeting_id'), (undefined(name='where') if l_1_where is missing else l_1_where)) in l_1_pairs):
                pass
                l_1_href = markup_join((l_1_root, context.call((undefined(name='pair_path') if l_1_pair_path is missing else l_1_pair_path), environment.getattr(l_1_row, 'meeting_id'), (undefined(name='where') if l_1_where is missing else l_1_where)), ))
            else:
                pass
                l_1_href = markup_join((l_1_root, 'index.html#meeting-', context.call((undefined(name='safe_name') if l_1_safe_name is missing else l_1_safe_name), (undefined(name='where') if l_1_where is missing else l_1_where)), ))
            t_3.extend((
                '<p class="evidence-where"><a href="',
                escape((undefined(name='href') if l_1_href is missing else l_1_href)),
                '">',
                escape(context.call(environment.getattr(l_1_names, 'get'), (undefined(name='where') if l_1_where is missing else l_1_where), (undefined(name='where') if l_1_where is missing else l_1_where))),
                '</a>,\n',
            ))
            if (environment.getattr(l_1_row, 'evidence_kind') == 'annex'):
                pass
                t_3.extend((
                    'annex document <span class="ref">',
                    escape(environment.getattr(l_1_row, 'evidence_ref')),
                    '</span>',
                ))
            else:
                pass
                t_3.extend((
                    escape((environment.getattr(l_1_row, 'evidence_kind') or 'paragraph')),
                    ' <span class="ref">',
                    escape(environment.getattr(l_1_row, 'evidence_section')),
                    '</span>',
                ))
                if environment.getattr(l_1_row, 'evidence_ref'):
                    pass
                    t_3.extend((
                        ', paragraph <span class="ref">',
                        escape(environment.getattr(l_1_row, 'evidence_ref')),
                        '</span>',
                    ))
            t_3.append(
                '</p>\n',
            )
            if environment.getattr(l_1_row, 'evidence_text'):
                pass
                t_3.extend((
                    '<p class="evidence-text">',
                    escape(t_2(environment, environment.getattr(l_1_row, 'evidence_text'), 240)),
                    '</p>',
                ))
        return concat(t_3)
    context.exported_vars.add('evidence')
    context.vars['evidence'] = l_0_evidence = Macro(environment, macro, 'evidence', ('row', 'names', 'pairs', 'root'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_row, l_1_names, l_1_pairs, l_1_root, l_1_several_bodies):
        t_4 = []
        if l_1_row is missing:
            l_1_row = undefined("parameter 'row' was not provided", name='row')
        if l_1_names is missing:
            l_1_names = undefined("parameter 'names' was not provided", name='names')
        if l_1_pairs is missing:
            l_1_pairs = undefined("parameter 'pairs' was not provided", name='pairs')
        if l_1_root is missing:
            l_1_root = undefined("parameter 'root' was not provided", name='root')
        if l_1_several_bodies is missing:
            l_1_several_bodies = undefined("parameter 'several_bodies' was not provided", name='several_bodies')
        pass
        t_4.extend((
            '    <tr class="followup followup-',
            escape(environment.getattr(l_1_row, 'status')),
            '" data-status="',
            escape(environment.getattr(l_1_row, 'status')),
            '" data-theme="',
            escape(environment.getattr(l_1_row, 'theme')),
            '">\n      <th scope="row">',
            escape(context.call(environment.getattr(l_1_names, 'get'), environment.getattr(l_1_row, 'meeting_id'), environment.getattr(l_1_row, 'meeting_id'))),
            ', <span class="ref">',
            escape(environment.getattr(l_1_row, 'ref')),
            '</span>',
        ))
        if l_1_several_bodies:
            pass
            t_4.extend((
                '<br><span class="muted">',
                escape(environment.getattr(l_1_row, 'body')),
                '</span>',
            ))
        t_4.append(
            '</th>\n      <td>',
        )
        if environment.getattr(l_1_row, 'target_session'):
            pass
            t_4.extend((
                escape(t_1(environment.getattr(l_1_row, 'target_session'))),
                ' meeting',
            ))
        else:
            pass
            t_4.append(
                escape(environment.getattr(l_1_row, 'target')),
            )
        t_4.extend((
            '</td>\n      <td>',
            escape(context.call(environment.getattr(environment.getattr(l_1_row, 'kind'), 'replace'), '-', ' ')),
            '</td>\n      <td><p class="subject">',
            escape(environment.getattr(l_1_row, 'subject')),
            '</p>\n        <details><summary>The request</summary><p class="request-text">',
            escape(environment.getattr(l_1_row, 'request')),
            '</p></details></td>\n      <td><span class="status status-',
            escape(environment.getattr(l_1_row, 'status')),
            '">',
            escape(environment.getattr(l_1_row, 'status')),
            '</span></td>\n      <td>',
            escape(context.call((undefined(name='evidence') if l_0_evidence is missing else l_0_evidence), l_1_row, l_1_names, l_1_pairs, l_1_root)),
            '</td>\n    </tr>',
        ))
        return concat(t_4)
    context.exported_vars.add('followup_row')
    context.vars['followup_row'] = l_0_followup_row = Macro(environment, macro, 'followup_row', ('row', 'names', 'pairs', 'root', 'several_bodies'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=24&5=39&6=40&7=42&10=52&13=67&14=75&15=80&16=105&20=116&21=131&22=137&23=152&24=165&25=167&26=169&27=171&28=175'
