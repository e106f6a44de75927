# followups.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'followups.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_followup_rows = resolve('followup_rows')
    l_0_all_rows = resolve('all_rows')
    l_0_meeting_names = resolve('meeting_names')
    l_0_meetings = resolve('meetings')
    l_0_pairs_with_page = resolve('pairs_with_page')
    l_0_pairs = resolve('pairs')
    l_0_root = resolve('root')
    l_0_theme = resolve('theme')
    l_0_rows_with = resolve('rows_with')
    l_0_old = resolve('old')
    l_0_followup_row = l_0_followups_section = missing
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
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_5 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    try:
        t_6 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    included_template = environment.get_template('_followup_row.html.j2', 'followups.html.j2')._get_default_module(context)
    l_0_followup_row = getattr(included_template, 'followup_row', missing)
    if l_0_followup_row is missing:
        l_0_followup_row = undefined(f"the template {included_template.__name__!r} (imported on line 11 in 'followups.html.j2') does not export the requested name 'followup_row'", name='followup_row')
    context.vars['followup_row'] = l_0_followup_row
    context.exported_vars.discard('followup_row')
    yield '\n\n\n\n'
    def macro(l_1_rows, l_1_names, l_1_pairs, l_1_root, l_1_heading, l_1_section_id, l_1_empty):
        t_7 = []
        l_1_several_bodies = resolve('several_bodies')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_names is missing:
            l_1_names = {}
        if l_1_pairs is missing:
            l_1_pairs = ()
        if l_1_root is missing:
            l_1_root = ''
        if l_1_heading is missing:
            l_1_heading = 'Follow-through: what each meeting asked of a later one'
        if l_1_section_id is missing:
            l_1_section_id = 'followups'
        if l_1_empty is missing:
            l_1_empty = 'No report in this comparison asks anything of a later meeting.'
        pass
        t_7.extend((
            '<section id="',
            escape(l_1_section_id),
            '" class="followups" aria-labelledby="',
            escape(l_1_section_id),
            '-title">\n<h2 id="',
            escape(l_1_section_id),
            '-title">',
            escape(l_1_heading),
            '</h2>\n',
        ))
        if l_1_rows:
            pass
            l_1_several_bodies = (t_1(t_2(context.eval_ctx, t_5(environment, t_3(context, l_1_rows, attribute='body', default='')))) > 1)
            t_7.extend((
                '<p class="followup-counts">',
                escape(t_1(l_1_rows)),
                ' request',
                escape(('' if (t_1(l_1_rows) == 1) else 's')),
                ':\n',
            ))
            l_2_loop = missing
            for l_2_status, l_2_loop in LoopContext(('taken-up', 'not-taken-up', 'pending'), undefined):
                l_2_n = missing
                _loop_vars = {}
                pass
                l_2_n = t_1(t_2(context.eval_ctx, t_4(context, l_1_rows, 'status', 'equalto', l_2_status)))
                _loop_vars['n'] = l_2_n
                t_7.extend((
                    '<span class="status status-',
                    escape(l_2_status),
                    '">',
                    escape(l_2_status),
                    '</span> ',
                    escape((undefined(name='n') if l_2_n is missing else l_2_n)),
                    escape((', ' if (not environment.getattr(l_2_loop, 'last')) else '.')),
                    '\n',
                ))
            l_2_loop = l_2_status = l_2_n = missing
            t_7.extend((
                '</p>\n<div class="scroll" role="region" aria-labelledby="',
                escape(l_1_section_id),
                '-title" tabindex="0">\n<table class="followups">\n  <thead>\n    <tr><th scope="col">Asked at</th><th scope="col">For</th><th scope="col">What</th><th scope="col">Subject</th><th scope="col">Status</th><th scope="col">Evidence</th></tr>\n  </thead>\n  <tbody>\n',
            ))
            for l_2_row in l_1_rows:
                _loop_vars = {}
                pass
                t_7.extend((
                    escape(context.call((undefined(name='followup_row') if l_0_followup_row is missing else l_0_followup_row), l_2_row, l_1_names, l_1_pairs, l_1_root, (undefined(name='several_bodies') if l_1_several_bodies is missing else l_1_several_bodies), _loop_vars=_loop_vars)),
                    '\n',
                ))
            l_2_row = missing
            t_7.append(
                '  </tbody>\n</table>\n</div>\n',
            )
        else:
            pass
            t_7.extend((
                '<p>',
                escape(l_1_empty),
                '</p>\n',
            ))
        t_7.append(
            '</section>\n',
        )
        return concat(t_7)
    context.exported_vars.add('followups_section')
    context.vars['followups_section'] = l_0_followups_section = Macro(environment, macro, 'followups_section', ('rows', 'names', 'pairs', 'root', 'heading', 'section_id', 'empty'), False, False, False, context.eval_ctx.autoescape)
    if (t_6((undefined(name='page') if l_0_page is missing else l_0_page)) and t_6((undefined(name='followup_rows') if l_0_followup_rows is missing else l_0_followup_rows))):
        pass
        l_0_all_rows = (undefined(name='followup_rows') if l_0_followup_rows is missing else l_0_followup_rows)
        context.vars['all_rows'] = l_0_all_rows
        context.exported_vars.add('all_rows')
        l_0_meetings = (undefined(name='meeting_names') if l_0_meeting_names is missing else l_0_meeting_names)
        context.vars['meetings'] = l_0_meetings
        context.exported_vars.add('meetings')
        l_0_pairs = (undefined(name='pairs_with_page') if l_0_pairs_with_page is missing else l_0_pairs_with_page)
        context.vars['pairs'] = l_0_pairs
        context.exported_vars.add('pairs')
        if ((undefined(name='page') if l_0_page is missing else l_0_page) == 'index'):
            pass
            yield escape(context.call((undefined(name='followups_section') if l_0_followups_section is missing else l_0_followups_section), (undefined(name='all_rows') if l_0_all_rows is missing else l_0_all_rows), (undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), (undefined(name='pairs') if l_0_pairs is missing else l_0_pairs), (undefined(name='root') if l_0_root is missing else l_0_root)))
        elif (((undefined(name='page') if l_0_page is missing else l_0_page) == 'theme') and t_6((undefined(name='theme') if l_0_theme is missing else l_0_theme))):
            pass
            yield escape(context.call((undefined(name='followups_section') if l_0_followups_section is missing else l_0_followups_section), context.call((undefined(name='rows_with') if l_0_rows_with is missing else l_0_rows_with), (undefined(name='all_rows') if l_0_all_rows is missing else l_0_all_rows), 'theme', environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'id')), (undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), (undefined(name='pairs') if l_0_pairs is missing else l_0_pairs), (undefined(name='root') if l_0_root is missing else l_0_root), heading='Follow-through on this theme', empty='No report asked a later meeting for anything under this theme.'))
        elif (((undefined(name='page') if l_0_page is missing else l_0_page) == 'pair') and t_6((undefined(name='old') if l_0_old is missing else l_0_old))):
            pass
            yield escape(context.call((undefined(name='followups_section') if l_0_followups_section is missing else l_0_followups_section), context.call((undefined(name='rows_with') if l_0_rows_with is missing else l_0_rows_with), (undefined(name='all_rows') if l_0_all_rows is missing else l_0_all_rows), 'meeting_id', environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'meeting_id')), (undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), (undefined(name='pairs') if l_0_pairs is missing else l_0_pairs), (undefined(name='root') if l_0_root is missing else l_0_root), heading='What the earlier meeting asked of later ones', empty='The earlier meeting asked nothing of a later meeting.'))

blocks = {}
debug_info = '11=59&13=66&14=86&15=90&16=95&17=97&18=100&19=106&21=125&27=128&28=132&34=143&39=152&40=154&41=157&42=160&43=163&44=165&45=166&46=168&48=169&49=171'
