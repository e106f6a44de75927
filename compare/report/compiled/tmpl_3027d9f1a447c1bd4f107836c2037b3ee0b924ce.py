# _sample_note.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_sample_note.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_samples = resolve('samples')
    try:
        t_1 = environment.filters['groupby']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'groupby' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    if (undefined(name='samples') if l_0_samples is missing else l_0_samples):
        pass
        yield '<aside class="sample-note" role="note" aria-label="About sample meetings">\n  <p><strong>Illustrative samples.</strong> This page shows\n'
        l_1_loop = missing
        for l_1_group, l_1_loop in LoopContext(t_1(environment, (undefined(name='samples') if l_0_samples is missing else l_0_samples), 'body'), undefined):
            _loop_vars = {}
            pass
            yield escape(environment.getattr(l_1_group, 'grouper'))
            yield ': '
            l_2_loop = missing
            for l_2_m, l_2_loop in LoopContext(environment.getattr(l_1_group, 'list'), undefined):
                l_2_meeting_label = resolve('meeting_label')
                _loop_vars = {}
                pass
                yield escape(context.call((undefined(name='meeting_label') if l_2_meeting_label is missing else l_2_meeting_label), l_2_m, _loop_vars=_loop_vars))
                yield escape((', ' if (not environment.getattr(l_2_loop, 'last')) else ''))
            l_2_loop = l_2_m = l_2_meeting_label = missing
            yield escape(('; ' if (not environment.getattr(l_1_loop, 'last')) else ''))
        l_1_loop = l_1_group = missing
        yield '.\n  '
        yield escape(('That meeting is an illustrative sample' if (t_2((undefined(name='samples') if l_0_samples is missing else l_0_samples)) == 1) else 'Those meetings are illustrative samples'))
        yield ', written for demonstration, not official documents.</p>\n</aside>\n'

blocks = {}
debug_info = '1=24&4=28&5=44'
