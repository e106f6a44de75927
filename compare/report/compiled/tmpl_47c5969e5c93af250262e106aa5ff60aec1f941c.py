# _macros.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_sample_badge = l_0_meeting_name = l_0_dates = l_0_status_badge = l_0_recommendation_badge = l_0_diff = l_0_outcome = missing
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    def macro(l_1_meeting):
        t_2 = []
        if l_1_meeting is missing:
            l_1_meeting = undefined("parameter 'meeting' was not provided", name='meeting')
        pass
        if environment.getattr(l_1_meeting, 'sample'):
            pass
            t_2.append(
                '<span class="badge badge-sample">Illustrative sample</span>',
            )
        return concat(t_2)
    context.exported_vars.add('sample_badge')
    context.vars['sample_badge'] = l_0_sample_badge = Macro(environment, macro, 'sample_badge', ('meeting',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_meeting):
        t_3 = []
        l_1_meeting_label = resolve('meeting_label')
        if l_1_meeting is missing:
            l_1_meeting = undefined("parameter 'meeting' was not provided", name='meeting')
        pass
        t_3.extend((
            '<span class="meeting-name">',
            escape(context.call((undefined(name='meeting_label') if l_1_meeting_label is missing else l_1_meeting_label), l_1_meeting)),
            '</span>',
            escape(context.call((undefined(name='sample_badge') if l_0_sample_badge is missing else l_0_sample_badge), l_1_meeting)),
        ))
        return concat(t_3)
    context.exported_vars.add('meeting_name')
    context.vars['meeting_name'] = l_0_meeting_name = Macro(environment, macro, 'meeting_name', ('meeting',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_meeting):
        t_4 = []
        if l_1_meeting is missing:
            l_1_meeting = undefined("parameter 'meeting' was not provided", name='meeting')
        pass
        t_4.append(
            '<span class="dates">',
        )
        if ((environment.getattr(l_1_meeting, 'start_date') and environment.getattr(l_1_meeting, 'end_date')) and (environment.getattr(l_1_meeting, 'start_date') != environment.getattr(l_1_meeting, 'end_date'))):
            pass
            t_4.extend((
                '<span class="date">',
                escape(environment.getattr(l_1_meeting, 'start_date')),
                '</span> to <span class="date">',
                escape(environment.getattr(l_1_meeting, 'end_date')),
                '</span>',
            ))
        else:
            pass
            t_4.extend((
                '<span class="date">',
                escape(((environment.getattr(l_1_meeting, 'start_date') or environment.getattr(l_1_meeting, 'end_date')) or 'date not stated')),
                '</span>',
            ))
        t_4.append(
            '</span>',
        )
        return concat(t_4)
    context.exported_vars.add('dates')
    context.vars['dates'] = l_0_dates = Macro(environment, macro, 'dates', ('meeting',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_status):
        t_5 = []
        if l_1_status is missing:
            l_1_status = undefined("parameter 'status' was not provided", name='status')
        pass
        t_5.extend((
            '<span class="status status-',
            escape(l_1_status),
            '">',
            escape(l_1_status),
            '</span>',
        ))
        return concat(t_5)
    context.exported_vars.add('status_badge')
    context.vars['status_badge'] = l_0_status_badge = Macro(environment, macro, 'status_badge', ('status',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_6 = []
        pass
        t_6.append(
            '<span class="badge badge-recommendation" title="Recommendation">Rec.</span>',
        )
        return concat(t_6)
    context.exported_vars.add('recommendation_badge')
    context.vars['recommendation_badge'] = l_0_recommendation_badge = Macro(environment, macro, 'recommendation_badge', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_ops, l_1_side):
        t_7 = []
        if l_1_ops is missing:
            l_1_ops = undefined("parameter 'ops' was not provided", name='ops')
        if l_1_side is missing:
            l_1_side = undefined("parameter 'side' was not provided", name='side')
        pass
        t_7.extend((
            '<div class="diff diff-',
            escape(l_1_side),
            '">',
        ))
        for (l_2_op, l_2_text) in l_1_ops:
            _loop_vars = {}
            pass
            if (l_2_op < 0):
                pass
                if (l_1_side != 'new'):
                    pass
                    t_7.extend((
                        '<del>',
                        escape(l_2_text),
                        '</del>',
                    ))
            elif (l_2_op > 0):
                pass
                if (l_1_side != 'old'):
                    pass
                    t_7.extend((
                        '<ins>',
                        escape(l_2_text),
                        '</ins>',
                    ))
            else:
                pass
                t_7.append(
                    escape(l_2_text),
                )
        l_2_op = l_2_text = missing
        t_7.append(
            '</div>',
        )
        return concat(t_7)
    context.exported_vars.add('diff')
    context.vars['diff'] = l_0_diff = Macro(environment, macro, 'diff', ('ops', 'side'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_note, l_1_root):
        t_8 = []
        if l_1_note is missing:
            l_1_note = undefined("parameter 'note' was not provided", name='note')
        if l_1_root is missing:
            l_1_root = undefined("parameter 'root' was not provided", name='root')
        pass
        if l_1_note:
            pass
            t_8.extend((
                '<span class="outcome outcome-',
                escape(environment.getattr(l_1_note, 'outcome')),
                '">',
                escape(t_1(context.eval_ctx, environment.getattr(l_1_note, 'outcome'), '-', ' ')),
            ))
            if environment.getattr(l_1_note, 'text'):
                pass
                t_8.append(
                    ': ',
                )
                if environment.getattr(l_1_note, 'href'):
                    pass
                    t_8.extend((
                        '<a href="',
                        escape(l_1_root),
                        escape(environment.getattr(l_1_note, 'href')),
                        '">',
                        escape(environment.getattr(l_1_note, 'text')),
                        '</a>',
                    ))
                else:
                    pass
                    t_8.append(
                        escape(environment.getattr(l_1_note, 'text')),
                    )
            t_8.append(
                '</span>',
            )
        return concat(t_8)
    context.exported_vars.add('outcome')
    context.vars['outcome'] = l_0_outcome = Macro(environment, macro, 'outcome', ('note', 'root'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=18&3=23&6=32&7=40&10=48&11=56&14=79&15=86&18=95&23=105&24=114&28=151&29=158'
