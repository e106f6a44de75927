# index.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_ui = missing
    pass
    parent_template = environment.get_template('base.html.j2', 'index.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_ui = context.vars['ui'] = environment.get_template('_macros.html.j2', 'index.html.j2')._get_default_module(context)
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
    yield 'Overview'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_meetings = resolve('meetings')
    l_0_matrix = resolve('matrix')
    l_0_themes = resolve('themes')
    l_0_followup_rows = resolve('followup_rows')
    l_0_participation_rows = resolve('participation_rows')
    l_0_reference_rows = resolve('reference_rows')
    l_0_reading_notes = resolve('reading_notes')
    l_0_latest = resolve('latest')
    l_0_single = resolve('single')
    l_0_status_bars = resolve('status_bars')
    l_0_theme_shares = resolve('theme_shares')
    l_0_range = resolve('range')
    l_0_pairs_by_body = resolve('pairs_by_body')
    l_0_has_symbols = missing
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
        t_3 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_4 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    yield '<h1>Meeting reports compared</h1>\n<p class="lead">'
    yield escape(t_1((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings)))
    yield ' meeting'
    yield escape(('' if (t_1((undefined(name='meetings') if l_0_meetings is missing else l_0_meetings)) == 1) else 's'))
    yield ' of '
    yield escape(t_1(environment.getattr((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix), 'groups')))
    yield ' bod'
    yield escape(('y' if (t_1(environment.getattr((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix), 'groups')) == 1) else 'ies'))
    yield ', '
    yield escape(t_1((undefined(name='themes') if l_0_themes is missing else l_0_themes)))
    yield ' theme'
    yield escape(('' if (t_1((undefined(name='themes') if l_0_themes is missing else l_0_themes)) == 1) else 's'))
    yield '.\nJump to: <a href="#latest">latest changes</a>, <a href="#charts">changes per pair</a>, <a href="#shares">theme shares</a>, <a href="#meetings">meetings</a>, <a href="#matrix">themes across meetings</a>,\n'
    def t_5(fiter):
        for (l_1_key, l_1_label, l_1_table) in fiter:
            if l_1_table:
                yield (l_1_key, l_1_label, l_1_table)
    for (l_1_key, l_1_label, l_1_table) in t_5((('followups', 'follow-through', (undefined(name='followup_rows') if l_0_followup_rows is missing else l_0_followup_rows)), ('participation', 'who made statements', (undefined(name='participation_rows') if l_0_participation_rows is missing else l_0_participation_rows)), ('references', 'articles and resolutions cited', (undefined(name='reference_rows') if l_0_reference_rows is missing else l_0_reference_rows)))):
        _loop_vars = {}
        pass
        yield '<a href="#'
        yield escape(l_1_key)
        yield '">'
        yield escape(l_1_label)
        yield '</a>, '
    l_1_key = l_1_label = l_1_table = missing
    if (undefined(name='reading_notes') if l_0_reading_notes is missing else l_0_reading_notes):
        pass
        yield '<a href="#reading-notes">reading notes</a>, '
    yield '<a href="#pages">all pages</a>.</p>\n\n<section id="latest" aria-labelledby="latest-title">\n<h2 id="latest-title">What changed at the latest meeting</h2>\n'
    l_1_loop = missing
    for l_1_summary, l_1_loop in LoopContext((undefined(name='latest') if l_0_latest is missing else l_0_latest), undefined):
        l_1_safe_name = resolve('safe_name')
        l_1_meeting_label = resolve('meeting_label')
        _loop_vars = {}
        pass
        yield '<article class="latest" id="body-'
        yield escape(context.call((undefined(name='safe_name') if l_1_safe_name is missing else l_1_safe_name), environment.getattr(environment.getattr(l_1_summary, 'old'), 'body'), _loop_vars=_loop_vars))
        yield '">\n  <h3>'
        yield escape(environment.getattr(environment.getattr(l_1_summary, 'old'), 'body'))
        yield ': <a href="'
        yield escape(environment.getattr(l_1_summary, 'path'))
        yield '">'
        yield escape(context.call((undefined(name='meeting_label') if l_1_meeting_label is missing else l_1_meeting_label), environment.getattr(l_1_summary, 'old'), _loop_vars=_loop_vars))
        yield ' to '
        yield escape(context.call((undefined(name='meeting_label') if l_1_meeting_label is missing else l_1_meeting_label), environment.getattr(l_1_summary, 'new'), _loop_vars=_loop_vars))
        yield '</a></h3>\n  <p><a href="'
        yield escape(environment.getattr(l_1_summary, 'path'))
        yield '#key-changes">'
        yield escape(t_1(environment.getattr(l_1_summary, 'key_changes')))
        yield ' key change'
        yield escape(('' if (t_1(environment.getattr(l_1_summary, 'key_changes')) == 1) else 's'))
        yield '</a> (graded major)'
        if environment.getattr(l_1_summary, 'key_changes'):
            pass
            yield ': '
            l_2_loop = missing
            for l_2_r, l_2_loop in LoopContext(environment.getattr(l_1_summary, 'key_changes')[:5], undefined):
                _loop_vars = {}
                pass
                yield '<a href="'
                yield escape(environment.getattr(l_1_summary, 'path'))
                yield '#'
                yield escape(environment.getattr(l_2_r, 'id'))
                yield '">'
                yield escape(environment.getattr(l_2_r, 'status'))
                yield ' ¶ '
                yield escape((environment.getattr(environment.getattr(l_2_r, 'change'), 'to_ref') or environment.getattr(environment.getattr(l_2_r, 'change'), 'from_ref')))
                yield '</a>'
                yield escape((', ' if (not environment.getattr(l_2_loop, 'last')) else ''))
            l_2_loop = l_2_r = missing
            yield escape((' …' if (t_1(environment.getattr(l_1_summary, 'key_changes')) > 5) else '.'))
        else:
            pass
            yield '.'
        yield '</p>\n  <div class="scroll" role="region" aria-label="Counts" tabindex="0">\n  <table class="counts">\n    <thead><tr><th scope="col">Status</th><th scope="col" class="num">Paragraphs</th><th scope="col" class="num">of which recommendations</th></tr></thead>\n    <tbody>\n'
        for l_2_c in environment.getattr(l_1_summary, 'counts'):
            l_2_ui = resolve('ui')
            _loop_vars = {}
            pass
            yield '      <tr><th scope="row">'
            yield escape(context.call(environment.getattr((undefined(name='ui') if l_2_ui is missing else l_2_ui), 'status_badge'), environment.getattr(l_2_c, 'status'), _loop_vars=_loop_vars))
            yield '</th><td class="num">'
            yield escape(environment.getattr(l_2_c, 'all'))
            yield '</td><td class="num">'
            yield escape(environment.getattr(l_2_c, 'recommendations'))
            yield '</td></tr>\n'
        l_2_c = l_2_ui = missing
        yield '    </tbody>\n  </table>\n  </div>\n  <h4>New recommendations ('
        yield escape(t_1(environment.getattr(l_1_summary, 'new_recommendations')))
        yield ')</h4>\n'
        if environment.getattr(l_1_summary, 'new_recommendations'):
            pass
            yield '  <ul class="rec-list rec-new">\n'
            for l_2_r in environment.getattr(l_1_summary, 'new_recommendations'):
                l_2_ui = resolve('ui')
                _loop_vars = {}
                pass
                yield '    <li><a href="'
                yield escape(environment.getattr(l_1_summary, 'path'))
                yield '#'
                yield escape(environment.getattr(l_2_r, 'id'))
                yield '" class="ref">'
                yield escape(environment.getattr(environment.getattr(l_2_r, 'new'), 'ref'))
                yield '</a>'
                if (environment.getattr(l_2_r, 'outcome') and environment.getattr(environment.getattr(l_2_r, 'outcome'), 'text')):
                    pass
                    yield ' '
                    yield escape(context.call(environment.getattr((undefined(name='ui') if l_2_ui is missing else l_2_ui), 'outcome'), environment.getattr(l_2_r, 'outcome'), '', _loop_vars=_loop_vars))
                yield ' '
                yield escape(environment.getattr(environment.getattr(l_2_r, 'new'), 'text'))
                yield '</li>\n'
            l_2_r = l_2_ui = missing
            yield '  </ul>\n'
        else:
            pass
            yield '<p>None.</p>'
        yield '  <h4>Dropped recommendations ('
        yield escape(t_1(environment.getattr(l_1_summary, 'dropped_recommendations')))
        yield ')</h4>\n'
        if environment.getattr(l_1_summary, 'dropped_recommendations'):
            pass
            yield '  <ul class="rec-list rec-dropped">\n'
            for l_2_r in environment.getattr(l_1_summary, 'dropped_recommendations'):
                l_2_ui = resolve('ui')
                _loop_vars = {}
                pass
                yield '    <li><a href="'
                yield escape(environment.getattr(l_1_summary, 'path'))
                yield '#'
                yield escape(environment.getattr(l_2_r, 'id'))
                yield '" class="ref">'
                yield escape(environment.getattr(environment.getattr(l_2_r, 'old'), 'ref'))
                yield '</a>'
                if environment.getattr(l_2_r, 'outcome'):
                    pass
                    yield ' '
                    yield escape(context.call(environment.getattr((undefined(name='ui') if l_2_ui is missing else l_2_ui), 'outcome'), environment.getattr(l_2_r, 'outcome'), '', _loop_vars=_loop_vars))
                yield ' '
                yield escape(environment.getattr(environment.getattr(l_2_r, 'old'), 'text'))
                yield '</li>\n'
            l_2_r = l_2_ui = missing
            yield '  </ul>\n'
        else:
            pass
            yield '<p>None.</p>'
        yield '</article>\n'
    l_1_loop = l_1_summary = l_1_safe_name = l_1_meeting_label = missing
    for l_1_m in (undefined(name='single') if l_0_single is missing else l_0_single):
        l_1_safe_name = resolve('safe_name')
        l_1_meeting_label = resolve('meeting_label')
        _loop_vars = {}
        pass
        yield '<p class="single" id="body-'
        yield escape(context.call((undefined(name='safe_name') if l_1_safe_name is missing else l_1_safe_name), environment.getattr(l_1_m, 'body'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_m, 'body'))
        yield ': only the '
        yield escape(context.call((undefined(name='meeting_label') if l_1_meeting_label is missing else l_1_meeting_label), l_1_m, _loop_vars=_loop_vars))
        yield ' is in this comparison, so there is nothing to compare it with.</p>\n'
    l_1_m = l_1_safe_name = l_1_meeting_label = missing
    yield '</section>\n\n<section id="charts" class="status-bars" aria-labelledby="charts-title">\n<h2 id="charts-title">What changed, pair by pair</h2>\n<p>Each bar is one pair of consecutive meetings: its aligned units by status, left to right unchanged (U), modified (M), new (N), dropped (D).</p>\n'
    l_1_loop = missing
    for l_1_body, l_1_loop in LoopContext((undefined(name='status_bars') if l_0_status_bars is missing else l_0_status_bars), undefined):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.getattr(l_1_body, 'body'))
        yield '</h3>\n'
        l_2_loop = missing
        for l_2_bar, l_2_loop in LoopContext(environment.getattr(l_1_body, 'pairs'), undefined):
            l_2_bar_width = resolve('bar_width')
            l_2_safe_name = resolve('safe_name')
            l_2_meeting_label = resolve('meeting_label')
            _loop_vars = {}
            pass
            yield '<figure>\n  <svg viewBox="0 0 '
            yield escape((undefined(name='bar_width') if l_2_bar_width is missing else l_2_bar_width))
            yield ' 28" width="'
            yield escape((undefined(name='bar_width') if l_2_bar_width is missing else l_2_bar_width))
            yield '" height="28" role="img" aria-labelledby="bar-'
            yield escape(environment.getattr(l_2_loop, 'index'))
            yield '-'
            yield escape(context.call((undefined(name='safe_name') if l_2_safe_name is missing else l_2_safe_name), environment.getattr(l_1_body, 'body'), _loop_vars=_loop_vars))
            yield '">\n'
            for l_3_s in environment.getattr(l_2_bar, 'segments'):
                _loop_vars = {}
                pass
                yield '<rect class="bar-'
                yield escape(environment.getattr(l_3_s, 'status'))
                yield '" x="'
                yield escape(environment.getattr(l_3_s, 'x'))
                yield '" y="1" width="'
                yield escape(environment.getattr(l_3_s, 'width'))
                yield '" height="26"><title>'
                yield escape(environment.getattr(l_3_s, 'status'))
                yield ': '
                yield escape(environment.getattr(l_3_s, 'count'))
                yield '</title></rect>'
                if (environment.getattr(l_3_s, 'width') >= 34):
                    pass
                    yield '<text x="'
                    yield escape((environment.getattr(l_3_s, 'x') + 4))
                    yield '" y="19">'
                    yield escape(t_4(environment.getitem(environment.getattr(l_3_s, 'status'), 0)))
                    yield ' '
                    yield escape(environment.getattr(l_3_s, 'count'))
                    yield '</text>'
            l_3_s = missing
            yield '\n  </svg>\n  <figcaption id="bar-'
            yield escape(environment.getattr(l_2_loop, 'index'))
            yield '-'
            yield escape(context.call((undefined(name='safe_name') if l_2_safe_name is missing else l_2_safe_name), environment.getattr(l_1_body, 'body'), _loop_vars=_loop_vars))
            yield '"><a href="'
            yield escape(environment.getattr(l_2_bar, 'path'))
            yield '">'
            yield escape(context.call((undefined(name='meeting_label') if l_2_meeting_label is missing else l_2_meeting_label), environment.getattr(l_2_bar, 'old'), _loop_vars=_loop_vars))
            yield ' to '
            yield escape(context.call((undefined(name='meeting_label') if l_2_meeting_label is missing else l_2_meeting_label), environment.getattr(l_2_bar, 'new'), _loop_vars=_loop_vars))
            yield '</a>: '
            l_3_loop = missing
            for l_3_c, l_3_loop in LoopContext(environment.getattr(l_2_bar, 'counts'), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.getattr(l_3_c, 'status'))
                yield ' '
                yield escape(environment.getattr(l_3_c, 'all'))
                yield escape((', ' if (not environment.getattr(l_3_loop, 'last')) else ''))
            l_3_loop = l_3_c = missing
            yield '.</figcaption>\n</figure>\n'
        l_2_loop = l_2_bar = l_2_bar_width = l_2_safe_name = l_2_meeting_label = missing
    l_1_loop = l_1_body = missing
    yield '</section>\n\n'
    if (undefined(name='theme_shares') if l_0_theme_shares is missing else l_0_theme_shares):
        pass
        yield '<section id="shares" class="theme-shares" aria-labelledby="shares-title">\n<h2 id="shares-title">Each theme\'s share of a meeting\'s paragraphs</h2>\n<p>One small chart per theme: a bar per meeting, its height the theme\'s share of that meeting\'s paragraphs, the percentage and year written under it.</p>\n'
        l_1_loop = missing
        for l_1_chart, l_1_loop in LoopContext((undefined(name='theme_shares') if l_0_theme_shares is missing else l_0_theme_shares), undefined):
            _loop_vars = {}
            pass
            yield '<h3>'
            yield escape(environment.getattr(l_1_chart, 'body'))
            yield '</h3>\n<div class="share-charts">\n'
            l_2_loop = missing
            for l_2_t, l_2_loop in LoopContext(environment.getattr(l_1_chart, 'themes'), undefined):
                l_2_share_height = resolve('share_height')
                l_2_safe_name = resolve('safe_name')
                _loop_vars = {}
                pass
                yield '<figure>\n  <svg viewBox="0 0 '
                yield escape(environment.getattr(l_1_chart, 'width'))
                yield ' '
                yield escape(((undefined(name='share_height') if l_2_share_height is missing else l_2_share_height) + 34))
                yield '" width="'
                yield escape(environment.getattr(l_1_chart, 'width'))
                yield '" height="'
                yield escape(((undefined(name='share_height') if l_2_share_height is missing else l_2_share_height) + 34))
                yield '" role="img" aria-labelledby="share-'
                yield escape(environment.getattr(l_2_loop, 'index'))
                yield '-'
                yield escape(context.call((undefined(name='safe_name') if l_2_safe_name is missing else l_2_safe_name), environment.getattr(l_1_chart, 'body'), _loop_vars=_loop_vars))
                yield '">\n    <line x1="0" y1="'
                yield escape((undefined(name='share_height') if l_2_share_height is missing else l_2_share_height))
                yield '" x2="'
                yield escape(environment.getattr(l_1_chart, 'width'))
                yield '" y2="'
                yield escape((undefined(name='share_height') if l_2_share_height is missing else l_2_share_height))
                yield '" class="axis"></line>\n'
                for l_3_b in environment.getattr(l_2_t, 'bars'):
                    l_3_meeting_label = resolve('meeting_label')
                    _loop_vars = {}
                    pass
                    yield '<rect x="'
                    yield escape(environment.getattr(l_3_b, 'x'))
                    yield '" y="'
                    yield escape(environment.getattr(l_3_b, 'y'))
                    yield '" width="40" height="'
                    yield escape(environment.getattr(l_3_b, 'height'))
                    yield '"><title>'
                    yield escape(context.call((undefined(name='meeting_label') if l_3_meeting_label is missing else l_3_meeting_label), environment.getattr(l_3_b, 'meeting'), _loop_vars=_loop_vars))
                    yield ': '
                    yield escape(environment.getattr(l_3_b, 'percent'))
                    yield ' %</title></rect><text x="'
                    yield escape((environment.getattr(l_3_b, 'x') + 20))
                    yield '" y="'
                    yield escape(((undefined(name='share_height') if l_2_share_height is missing else l_2_share_height) + 14))
                    yield '" text-anchor="middle">'
                    yield escape(environment.getattr(l_3_b, 'percent'))
                    yield ' %</text><text x="'
                    yield escape((environment.getattr(l_3_b, 'x') + 20))
                    yield '" y="'
                    yield escape(((undefined(name='share_height') if l_2_share_height is missing else l_2_share_height) + 28))
                    yield '" text-anchor="middle">'
                    yield escape((environment.getattr(environment.getattr(l_3_b, 'meeting'), 'year') or environment.getattr(environment.getattr(l_3_b, 'meeting'), 'session')))
                    yield '</text>'
                l_3_b = l_3_meeting_label = missing
                yield '\n  </svg>\n  <figcaption id="share-'
                yield escape(environment.getattr(l_2_loop, 'index'))
                yield '-'
                yield escape(context.call((undefined(name='safe_name') if l_2_safe_name is missing else l_2_safe_name), environment.getattr(l_1_chart, 'body'), _loop_vars=_loop_vars))
                yield '">'
                yield escape(environment.getattr(environment.getattr(l_2_t, 'theme'), 'label'))
                yield ': '
                l_3_loop = missing
                for l_3_b, l_3_loop in LoopContext(environment.getattr(l_2_t, 'bars'), undefined):
                    l_3_meeting_label = resolve('meeting_label')
                    _loop_vars = {}
                    pass
                    yield escape(context.call((undefined(name='meeting_label') if l_3_meeting_label is missing else l_3_meeting_label), environment.getattr(l_3_b, 'meeting'), _loop_vars=_loop_vars))
                    yield ' '
                    yield escape(environment.getattr(l_3_b, 'percent'))
                    yield ' %'
                    yield escape((', ' if (not environment.getattr(l_3_loop, 'last')) else '.'))
                l_3_loop = l_3_b = l_3_meeting_label = missing
                yield '</figcaption>\n</figure>\n'
            l_2_loop = l_2_t = l_2_share_height = l_2_safe_name = missing
            yield '</div>\n'
        l_1_loop = l_1_chart = missing
        yield '</section>\n'
    yield '\n<section id="meetings" aria-labelledby="meetings-title">\n'
    l_0_has_symbols = (t_1(t_2(context.eval_ctx, t_3(context, (undefined(name='meetings') if l_0_meetings is missing else l_0_meetings), 'symbol'))) > 0)
    _block_vars['has_symbols'] = l_0_has_symbols
    yield '<h2 id="meetings-title">Meetings</h2>\n<div class="scroll" role="region" aria-labelledby="meetings-title" tabindex="0">\n<table class="meetings">\n  <thead>\n    <tr><th scope="col">Body</th><th scope="col">Meeting</th><th scope="col">Dates</th><th scope="col">Venue</th>'
    if (undefined(name='has_symbols') if l_0_has_symbols is missing else l_0_has_symbols):
        pass
        yield '<th scope="col">Symbol</th>'
    yield '<th scope="col" class="num">Paragraphs</th><th scope="col" class="num">Recommendations</th><th scope="col">Source</th></tr>\n  </thead>\n  <tbody>\n'
    for l_1_m in (undefined(name='meetings') if l_0_meetings is missing else l_0_meetings):
        l_1_safe_name = resolve('safe_name')
        l_1_ui = resolve('ui')
        _loop_vars = {}
        pass
        yield '    <tr id="meeting-'
        yield escape(context.call((undefined(name='safe_name') if l_1_safe_name is missing else l_1_safe_name), environment.getattr(l_1_m, 'meeting_id'), _loop_vars=_loop_vars))
        yield '"'
        if environment.getattr(l_1_m, 'sample'):
            pass
            yield ' class="is-sample"'
        yield '>\n      <td>'
        yield escape(environment.getattr(l_1_m, 'body'))
        yield '</td>\n      <th scope="row">'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_1_ui is missing else l_1_ui), 'meeting_name'), l_1_m, _loop_vars=_loop_vars))
        yield '</th>\n      <td>'
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_1_ui is missing else l_1_ui), 'dates'), l_1_m, _loop_vars=_loop_vars))
        yield '</td>\n      <td>'
        yield escape(environment.getattr(l_1_m, 'venue'))
        yield '</td>\n'
        if (undefined(name='has_symbols') if l_0_has_symbols is missing else l_0_has_symbols):
            pass
            yield '<td>'
            yield escape(environment.getattr(l_1_m, 'symbol'))
            yield '</td>'
        yield '      <td class="num">'
        yield escape(t_1(environment.getattr(l_1_m, 'units')))
        yield '</td>\n      <td class="num">'
        yield escape(t_1(environment.getattr(l_1_m, 'recommendations')))
        yield '</td>\n      <td class="source">'
        yield escape(environment.getattr(l_1_m, 'source'))
        yield '</td>\n    </tr>\n'
    l_1_m = l_1_safe_name = l_1_ui = missing
    yield '  </tbody>\n</table>\n</div>\n</section>\n\n'
    template = environment.get_template('_reading_notes.html.j2', 'index.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'has_symbols': l_0_has_symbols}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n<section id="matrix" aria-labelledby="matrix-title">\n<h2 id="matrix-title">Themes across meetings</h2>\n<p>Each cell is the number of paragraphs a meeting gave to a theme; the darker the cell, the more it said. Each number links to the theme\'s page.</p>\n<div class="scroll" role="region" aria-labelledby="matrix-title" tabindex="0">\n<table class="matrix theme-matrix">\n  <thead>\n    <tr>\n      <td rowspan="2"></td>\n'
    for l_1_group in environment.getattr((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix), 'groups'):
        _loop_vars = {}
        pass
        yield '<th scope="colgroup" colspan="'
        yield escape(t_1(environment.getattr(l_1_group, 'meetings')))
        yield '" class="body-head">'
        yield escape(environment.getattr(l_1_group, 'body'))
        yield '</th>'
    l_1_group = missing
    yield '    </tr>\n    <tr>\n'
    for l_1_group in environment.getattr((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix), 'groups'):
        _loop_vars = {}
        pass
        for l_2_m in environment.getattr(l_1_group, 'meetings'):
            l_2_ui = resolve('ui')
            _loop_vars = {}
            pass
            yield '<th scope="col" class="meeting-head">'
            yield escape(context.call(environment.getattr((undefined(name='ui') if l_2_ui is missing else l_2_ui), 'meeting_name'), l_2_m, _loop_vars=_loop_vars))
            yield '</th>'
        l_2_m = l_2_ui = missing
    l_1_group = missing
    yield '    </tr>\n  </thead>\n  <tbody>\n'
    def t_6(fiter):
        for l_1_row in fiter:
            if environment.getattr(l_1_row, 'total'):
                yield l_1_row
    for l_1_row in t_6(environment.getattr((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix), 'rows')):
        l_1_theme_path = resolve('theme_path')
        _loop_vars = {}
        pass
        yield '    <tr data-theme="'
        yield escape(environment.getattr(environment.getattr(l_1_row, 'theme'), 'id'))
        yield '">\n      <th scope="row"><a href="'
        yield escape(context.call((undefined(name='theme_path') if l_1_theme_path is missing else l_1_theme_path), environment.getattr(environment.getattr(l_1_row, 'theme'), 'id'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_row, 'theme'), 'label'))
        yield '</a></th>\n'
        for l_2_cell in environment.getattr(l_1_row, 'cells'):
            l_2_meeting_label = resolve('meeting_label')
            _loop_vars = {}
            pass
            yield '      <td class="heat heat-'
            yield escape(environment.getattr(l_2_cell, 'level'))
            yield '"><a href="'
            yield escape(context.call((undefined(name='theme_path') if l_1_theme_path is missing else l_1_theme_path), environment.getattr(environment.getattr(l_1_row, 'theme'), 'id'), _loop_vars=_loop_vars))
            yield '" title="'
            yield escape(environment.getattr(environment.getattr(l_1_row, 'theme'), 'label'))
            yield ', '
            yield escape(context.call((undefined(name='meeting_label') if l_2_meeting_label is missing else l_2_meeting_label), environment.getattr(l_2_cell, 'meeting'), _loop_vars=_loop_vars))
            yield ': '
            yield escape(environment.getattr(l_2_cell, 'count'))
            yield ' paragraphs, '
            yield escape(environment.getattr(l_2_cell, 'recommendations'))
            yield ' recommendations" aria-label="'
            yield escape(environment.getattr(l_2_cell, 'count'))
            yield ' paragraphs on '
            yield escape(environment.getattr(environment.getattr(l_1_row, 'theme'), 'label'))
            yield ' at the '
            yield escape(context.call((undefined(name='meeting_label') if l_2_meeting_label is missing else l_2_meeting_label), environment.getattr(l_2_cell, 'meeting'), _loop_vars=_loop_vars))
            yield ' of the '
            yield escape(environment.getattr(environment.getattr(l_2_cell, 'meeting'), 'body'))
            yield '">'
            yield escape(environment.getattr(l_2_cell, 'count'))
            yield '</a></td>\n'
        l_2_cell = l_2_meeting_label = missing
        yield '    </tr>\n'
    l_1_row = l_1_theme_path = missing
    yield '  </tbody>\n</table>\n</div>\n<p class="legend" aria-hidden="true">Shading, from nothing said to the most any meeting said: '
    for l_1_level in context.call((undefined(name='range') if l_0_range is missing else l_0_range), 5, _block_vars=_block_vars):
        _loop_vars = {}
        pass
        yield '<span class="heat heat-'
        yield escape(l_1_level)
        yield ' swatch">'
        yield escape(('0' if (l_1_level == 0) else ('most' if (l_1_level == 4) else '\xa0')))
        yield '</span>'
    l_1_level = missing
    yield '</p>\n</section>\n\n\n<section id="pages" aria-labelledby="pages-title">\n<h2 id="pages-title">All pages</h2>\n<div class="columns">\n<div>\n<h3>Themes</h3>\n<ul class="page-list themes">\n'
    def t_7(fiter):
        for l_1_row in fiter:
            if environment.getattr(l_1_row, 'total'):
                yield l_1_row
    for l_1_row in t_7(environment.getattr((undefined(name='matrix') if l_0_matrix is missing else l_0_matrix), 'rows')):
        l_1_theme_path = resolve('theme_path')
        _loop_vars = {}
        pass
        yield '  <li><a href="'
        yield escape(context.call((undefined(name='theme_path') if l_1_theme_path is missing else l_1_theme_path), environment.getattr(environment.getattr(l_1_row, 'theme'), 'id'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_row, 'theme'), 'label'))
        yield '</a> <span class="muted">('
        yield escape(environment.getattr(l_1_row, 'total'))
        yield ' paragraph'
        yield escape(('' if (environment.getattr(l_1_row, 'total') == 1) else 's'))
        yield ')</span></li>\n'
    l_1_row = l_1_theme_path = missing
    yield '</ul>\n</div>\n<div>\n<h3>Meetings compared</h3>\n'
    t_8 = 1
    for l_1_body in (undefined(name='pairs_by_body') if l_0_pairs_by_body is missing else l_0_pairs_by_body):
        _loop_vars = {}
        pass
        yield '<h4>'
        yield escape(environment.getattr(l_1_body, 'body'))
        yield '</h4>\n<ul class="page-list pairs">\n'
        for (l_2_old, l_2_new) in environment.getattr(l_1_body, 'pairs'):
            l_2_pair_path = resolve('pair_path')
            l_2_meeting_label = resolve('meeting_label')
            _loop_vars = {}
            pass
            yield '  <li><a href="'
            yield escape(context.call((undefined(name='pair_path') if l_2_pair_path is missing else l_2_pair_path), environment.getattr(l_2_old, 'meeting_id'), environment.getattr(l_2_new, 'meeting_id'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(context.call((undefined(name='meeting_label') if l_2_meeting_label is missing else l_2_meeting_label), l_2_old, _loop_vars=_loop_vars))
            yield ' to '
            yield escape(context.call((undefined(name='meeting_label') if l_2_meeting_label is missing else l_2_meeting_label), l_2_new, _loop_vars=_loop_vars))
            yield '</a></li>\n'
        l_2_old = l_2_new = l_2_pair_path = l_2_meeting_label = missing
        yield '</ul>\n'
        t_8 = 0
    l_1_body = missing
    if t_8:
        pass
        yield '<p>No body has two meetings in this comparison.</p>\n'
    yield '<h3>Recommendations</h3>\n<ul class="page-list"><li><a href="recommendations.html">Every recommendation across meetings</a></li></ul>\n</div>\n</div>\n</section>\n'

blocks = {'title': block_title, 'content': block_content}
debug_info = '1=13&2=16&3=20&4=30&6=77&8=89&9=102&13=107&14=113&15=115&16=123&21=152&22=157&27=165&28=167&30=170&31=175&35=194&36=196&38=199&39=204&45=224&46=230&53=239&54=243&55=246&57=253&58=261&61=286&67=309&71=313&72=317&74=320&76=326&77=338&78=344&81=373&90=396&95=399&98=403&99=409&100=415&101=417&102=419&103=421&104=423&105=429&106=431&107=433&115=437&125=444&128=454&132=467&133=476&134=478&135=482&136=487&143=513&153=523&154=532&160=543&161=547&163=549&164=555'
