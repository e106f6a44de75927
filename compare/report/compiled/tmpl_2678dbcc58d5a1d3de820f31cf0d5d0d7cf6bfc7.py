# _reading_notes.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_reading_notes.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_reading_notes = resolve('reading_notes')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    if (undefined(name='reading_notes') if l_0_reading_notes is missing else l_0_reading_notes):
        pass
        yield '<section id="reading-notes" aria-labelledby="reading-notes-title">\n<h2 id="reading-notes-title">Reading notes</h2>\n<p>What looked odd while the reports were read: gaps, repeats or reversals in the paragraph numbers, text before paragraph 1 that reads like a paragraph, metadata that could not be read. Each note names the file and the place; the comparison above is only as good as the reading, so check the report there.</p>\n'
        for l_1_entry in (undefined(name='reading_notes') if l_0_reading_notes is missing else l_0_reading_notes):
            l_1_safe_name = resolve('safe_name')
            l_1_meeting_label = resolve('meeting_label')
            _loop_vars = {}
            pass
            yield '<h3><a href="#meeting-'
            yield escape(context.call((undefined(name='safe_name') if l_1_safe_name is missing else l_1_safe_name), environment.getattr(environment.getattr(l_1_entry, 'meeting'), 'meeting_id'), _loop_vars=_loop_vars))
            yield '">'
            yield escape((environment.getattr(environment.getattr(l_1_entry, 'meeting'), 'body') or environment.getattr(environment.getattr(l_1_entry, 'meeting'), 'source')))
            yield ': '
            yield escape(context.call((undefined(name='meeting_label') if l_1_meeting_label is missing else l_1_meeting_label), environment.getattr(l_1_entry, 'meeting'), _loop_vars=_loop_vars))
            yield '</a> ('
            yield escape(t_1(environment.getattr(l_1_entry, 'notes')))
            yield ' note'
            yield escape(('' if (t_1(environment.getattr(l_1_entry, 'notes')) == 1) else 's'))
            yield ')</h3>\n<ul class="reading-notes">\n'
            for l_2_note in environment.getattr(l_1_entry, 'notes'):
                _loop_vars = {}
                pass
                yield '  <li>'
                yield escape(l_2_note)
                yield '</li>\n'
            l_2_note = missing
            yield '</ul>\n'
        l_1_entry = l_1_safe_name = l_1_meeting_label = missing
        yield '</section>\n'

blocks = {}
debug_info = '1=18&5=21&6=27&8=37&9=41'
