# _pair_content.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_pair_content.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_root = resolve('root')
    l_0_safe_name = resolve('safe_name')
    l_0_old = resolve('old')
    l_0_meeting_label = resolve('meeting_label')
    l_0_new = resolve('new')
    l_0_previous_pair = resolve('previous_pair')
    l_0_next_pair = resolve('next_pair')
    l_0_docx_name = resolve('docx_name')
    l_0_total = resolve('total')
    l_0_counts = resolve('counts')
    l_0_key_changes = resolve('key_changes')
    l_0_statuses = resolve('statuses')
    l_0_significances = resolve('significances')
    l_0_groups = resolve('groups')
    l_0_ui = l_0_change_row = l_0_key_change = l_0_old_label = l_0_new_label = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('_macros.html.j2', '_pair_content.html.j2')._get_default_module(context)
    context.exported_vars.discard('ui')
    included_template = environment.get_template('_change_row.html.j2', '_pair_content.html.j2').make_module(context.get_all(), True, {'change_row': l_0_change_row, 'key_change': l_0_key_change, 'new_label': l_0_new_label, 'old_label': l_0_old_label, 'ui': l_0_ui})
    l_0_change_row = getattr(included_template, 'change_row', missing)
    if l_0_change_row is missing:
        l_0_change_row = undefined(f"the template {included_template.__name__!r} (imported on line 4 in '_pair_content.html.j2') does not export the requested name 'change_row'", name='change_row')
    l_0_key_change = getattr(included_template, 'key_change', missing)
    if l_0_key_change is missing:
        l_0_key_change = undefined(f"the template {included_template.__name__!r} (imported on line 4 in '_pair_content.html.j2') does not export the requested name 'key_change'", name='key_change')
    context.vars.update({'change_row': l_0_change_row, 'key_change': l_0_key_change})
    context.exported_vars.difference_update(('change_row', 'key_change'))
    yield '<p class="breadcrumb"><a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'index.html">Overview</a> › <a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'index.html#body-'
    yield escape(context.call((undefined(name='safe_name') if l_0_safe_name is missing else l_0_safe_name), environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'body')))
    yield '">'
    yield escape(environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'body'))
    yield '</a> › '
    yield escape(context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), (undefined(name='old') if l_0_old is missing else l_0_old)))
    yield ' to '
    yield escape(context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), (undefined(name='new') if l_0_new is missing else l_0_new)))
    yield '</p>\n<h1>'
    yield escape(context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), (undefined(name='old') if l_0_old is missing else l_0_old)))
    yield ' to '
    yield escape(context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), (undefined(name='new') if l_0_new is missing else l_0_new)))
    yield '</h1>\n<nav class="pair-nav" aria-label="Other pairs of this body">\n'
    if (undefined(name='previous_pair') if l_0_previous_pair is missing else l_0_previous_pair):
        pass
        yield '<a rel="prev" href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield escape(environment.getattr((undefined(name='previous_pair') if l_0_previous_pair is missing else l_0_previous_pair), 'path'))
        yield '">‹ '
        yield escape(context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), environment.getattr((undefined(name='previous_pair') if l_0_previous_pair is missing else l_0_previous_pair), 'old')))
        yield ' to '
        yield escape(context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), environment.getattr((undefined(name='previous_pair') if l_0_previous_pair is missing else l_0_previous_pair), 'new')))
        yield '</a>'
    if (undefined(name='next_pair') if l_0_next_pair is missing else l_0_next_pair):
        pass
        yield '<a rel="next" href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield escape(environment.getattr((undefined(name='next_pair') if l_0_next_pair is missing else l_0_next_pair), 'path'))
        yield '">'
        yield escape(context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), environment.getattr((undefined(name='next_pair') if l_0_next_pair is missing else l_0_next_pair), 'old')))
        yield ' to '
        yield escape(context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), environment.getattr((undefined(name='next_pair') if l_0_next_pair is missing else l_0_next_pair), 'new')))
        yield ' ›</a>'
    yield '  <a href="'
    yield escape((undefined(name='docx_name') if l_0_docx_name is missing else l_0_docx_name))
    yield '">Word redline (.docx)</a>\n</nav>\n<dl class="pair-meta">\n  <dt>Old</dt><dd>'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'meeting_name'), (undefined(name='old') if l_0_old is missing else l_0_old)))
    yield ', '
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'dates'), (undefined(name='old') if l_0_old is missing else l_0_old)))
    if environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'venue'):
        pass
        yield ', '
        yield escape(environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'venue'))
    if environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'symbol'):
        pass
        yield ' ('
        yield escape(environment.getattr((undefined(name='old') if l_0_old is missing else l_0_old), 'symbol'))
        yield ')'
    yield '</dd>\n  <dt>New</dt><dd>'
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'meeting_name'), (undefined(name='new') if l_0_new is missing else l_0_new)))
    yield ', '
    yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'dates'), (undefined(name='new') if l_0_new is missing else l_0_new)))
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'venue'):
        pass
        yield ', '
        yield escape(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'venue'))
    if environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'symbol'):
        pass
        yield ' ('
        yield escape(environment.getattr((undefined(name='new') if l_0_new is missing else l_0_new), 'symbol'))
        yield ')'
    yield '</dd>\n</dl>\n<p class="pair-counts">'
    yield escape((undefined(name='total') if l_0_total is missing else l_0_total))
    yield ' unit'
    yield escape(('' if ((undefined(name='total') if l_0_total is missing else l_0_total) == 1) else 's'))
    yield ' aligned:\n'
    l_1_loop = missing
    for l_1_c, l_1_loop in LoopContext((undefined(name='counts') if l_0_counts is missing else l_0_counts), undefined):
        _loop_vars = {}
        pass
        yield escape(context.call(environment.getattr((undefined(name='ui') if l_0_ui is missing else l_0_ui), 'status_badge'), environment.getattr(l_1_c, 'status'), _loop_vars=_loop_vars))
        yield ' '
        yield escape(environment.getattr(l_1_c, 'all'))
        if environment.getattr(l_1_c, 'recommendations'):
            pass
            yield ' <span class="muted">('
            yield escape(environment.getattr(l_1_c, 'recommendations'))
            yield ' rec.)</span>'
        yield escape((', ' if (not environment.getattr(l_1_loop, 'last')) else '.'))
        yield '\n'
    l_1_loop = l_1_c = missing
    yield '</p>\n\n<section id="key-changes" class="key-changes" aria-labelledby="key-changes-title">\n<h2 id="key-changes-title">Key changes ('
    yield escape(t_1((undefined(name='key_changes') if l_0_key_changes is missing else l_0_key_changes)))
    yield ')</h2>\n'
    if (undefined(name='key_changes') if l_0_key_changes is missing else l_0_key_changes):
        pass
        yield '<p class="muted">Every major change, across all themes; each links to its detail below.</p>\n<ol class="key-list">\n'
        for l_1_row in (undefined(name='key_changes') if l_0_key_changes is missing else l_0_key_changes):
            _loop_vars = {}
            pass
            yield '  '
            yield escape(context.call((undefined(name='key_change') if l_0_key_change is missing else l_0_key_change), l_1_row, _loop_vars=_loop_vars))
            yield '\n'
        l_1_row = missing
        yield '</ol>\n'
    else:
        pass
        yield '<p>No change between these meetings was graded major.</p>\n'
    yield '</section>\n\n<form id="filters" class="filters" hidden aria-label="Filter the changes">\n  <div class="field">\n    <label for="filter-status">Status</label>\n    <select id="filter-status" name="status">\n      <option value="">All statuses</option>\n'
    for l_1_status in (undefined(name='statuses') if l_0_statuses is missing else l_0_statuses):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(l_1_status)
        yield '">'
        yield escape(l_1_status)
        yield '</option>'
    l_1_status = missing
    yield '    </select>\n  </div>\n  <div class="field">\n    <label for="filter-significance">Significance</label>\n    <select id="filter-significance" name="significance">\n      <option value="">Any significance</option>\n'
    for l_1_level in (undefined(name='significances') if l_0_significances is missing else l_0_significances):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(l_1_level)
        yield '">'
        yield escape(l_1_level)
        yield '</option>'
    l_1_level = missing
    yield '    </select>\n  </div>\n  <div class="field">\n    <label for="filter-theme">Theme</label>\n    <select id="filter-theme" name="theme">\n      <option value="">All themes</option>\n'
    for l_1_group in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(environment.getattr(environment.getattr(l_1_group, 'theme'), 'id'))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_group, 'theme'), 'label'))
        yield '</option>'
    l_1_group = missing
    yield '    </select>\n  </div>\n  <div class="field field-check">\n    <input type="checkbox" id="filter-recommendations" name="recommendations" value="true">\n    <label for="filter-recommendations">Recommendations only</label>\n  </div>\n  <fieldset class="field view-switch">\n    <legend>Diff view</legend>\n    <input type="radio" id="view-inline" name="view" value="inline" checked><label for="view-inline">Inline</label>\n    <input type="radio" id="view-side" name="view" value="side"><label for="view-side">Side by side</label>\n    <input type="radio" id="view-document" name="view" value="document"><label for="view-document">New report\'s order</label>\n  </fieldset>\n  <div class="field">\n    <button type="reset">Show all</button>\n  </div>\n  <p class="filter-count" id="filter-count" aria-live="polite"></p>\n</form>\n<div class="change-nav" id="change-nav" hidden>\n  <button type="button" id="previous-change" title="Previous change (k)">‹ Previous change</button>\n  <button type="button" id="next-change" title="Next change (j)">Next change ›</button>\n  <span class="muted">keys: j next, k previous</span>\n</div>\n\n<nav class="toc" aria-label="Themes on this page">\n  <h2>Themes</h2>\n  <ul>\n'
    for l_1_group in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        _loop_vars = {}
        pass
        yield '    <li><a href="#theme-'
        yield escape(context.call((undefined(name='safe_name') if l_0_safe_name is missing else l_0_safe_name), environment.getattr(environment.getattr(l_1_group, 'theme'), 'id'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_group, 'theme'), 'label'))
        yield '</a> <span class="muted">('
        yield escape(t_1(environment.getattr(l_1_group, 'rows')))
        yield ')</span></li>\n'
    l_1_group = missing
    yield '  </ul>\n</nav>\n\n'
    (l_0_old_label, l_0_new_label) = (context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), (undefined(name='old') if l_0_old is missing else l_0_old)), context.call((undefined(name='meeting_label') if l_0_meeting_label is missing else l_0_meeting_label), (undefined(name='new') if l_0_new is missing else l_0_new)))
    context.vars.update({'new_label': l_0_new_label, 'old_label': l_0_old_label})
    context.exported_vars.update(('new_label', 'old_label'))
    yield '<div id="changes" class="changes" data-view="inline">\n'
    l_1_loop = missing
    t_2 = 1
    for l_1_group, l_1_loop in LoopContext((undefined(name='groups') if l_0_groups is missing else l_0_groups), undefined):
        l_1_theme_path = resolve('theme_path')
        _loop_vars = {}
        pass
        yield '<section class="theme-group" id="theme-'
        yield escape(context.call((undefined(name='safe_name') if l_0_safe_name is missing else l_0_safe_name), environment.getattr(environment.getattr(l_1_group, 'theme'), 'id'), _loop_vars=_loop_vars))
        yield '" data-theme-group="'
        yield escape(environment.getattr(environment.getattr(l_1_group, 'theme'), 'id'))
        yield '" aria-labelledby="theme-title-'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '">\n  <h2 id="theme-title-'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_group, 'theme'), 'label'))
        yield ' <a class="theme-link" href="'
        yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
        yield escape(context.call((undefined(name='theme_path') if l_1_theme_path is missing else l_1_theme_path), environment.getattr(environment.getattr(l_1_group, 'theme'), 'id'), _loop_vars=_loop_vars))
        yield '">across meetings</a></h2>\n'
        for l_2_row in environment.getattr(l_1_group, 'rows'):
            _loop_vars = {}
            pass
            yield '  '
            yield escape(context.call((undefined(name='change_row') if l_0_change_row is missing else l_0_change_row), l_2_row, (undefined(name='old_label') if l_0_old_label is missing else l_0_old_label), (undefined(name='new_label') if l_0_new_label is missing else l_0_new_label), _loop_vars=_loop_vars))
            yield '\n'
        l_2_row = missing
        yield '</section>\n'
        t_2 = 0
    l_1_loop = l_1_group = l_1_theme_path = missing
    if t_2:
        pass
        yield '<p>No unit of either meeting was aligned.</p>\n'
    yield '</div>\n'

blocks = {}
debug_info = '3=32&4=34&5=44&6=56&8=60&9=70&10=81&13=83&14=96&16=109&17=114&21=129&22=131&25=134&26=138&39=146&46=156&53=166&80=176&81=180&86=188&88=194&89=199&90=205&91=212&92=216'
