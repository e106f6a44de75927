# decisions.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'decisions.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_decisions = resolve('decisions')
    l_0_stale_decisions = resolve('stale_decisions')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    if (((undefined(name='page') if l_0_page is missing else l_0_page) == 'index') and ((undefined(name='decisions') if l_0_decisions is missing else l_0_decisions) or (undefined(name='stale_decisions') if l_0_stale_decisions is missing else l_0_stale_decisions))):
        pass
        yield '<section id="decisions" aria-labelledby="decisions-title">\n  <h2 id="decisions-title">Reviewer decisions</h2>\n'
        if (undefined(name='decisions') if l_0_decisions is missing else l_0_decisions):
            pass
            yield '  <p>'
            yield escape(t_1((undefined(name='decisions') if l_0_decisions is missing else l_0_decisions)))
            yield ' decision'
            yield escape(('s' if (t_1((undefined(name='decisions') if l_0_decisions is missing else l_0_decisions)) != 1) else cond_expr_undefined("the inline if-expression on line 7 in 'decisions.html.j2' evaluated to false and no else section was defined.")))
            yield ' applied on every run; the rows they changed say so in the “decision” column of changes.csv and beside the diff.</p>\n  <ul class="decision-list">\n'
            for l_1_line in (undefined(name='decisions') if l_0_decisions is missing else l_0_decisions):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(l_1_line)
                yield '</li>'
            l_1_line = missing
            yield '  </ul>\n'
        if (undefined(name='stale_decisions') if l_0_stale_decisions is missing else l_0_stale_decisions):
            pass
            yield '  <h3>Stale decisions</h3>\n  <p>These decisions no longer match any unit (a report was normalised again, or a reference changed). They were not applied; review or remove them with <code>wgcompare decide</code>.</p>\n  <ul class="decision-list stale">\n'
            for l_1_line in (undefined(name='stale_decisions') if l_0_stale_decisions is missing else l_0_stale_decisions):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(l_1_line)
                yield '</li>'
            l_1_line = missing
            yield '  </ul>\n'
        yield '</section>\n'

blocks = {}
debug_info = '3=20&6=23&7=26&9=30&12=38&16=41'
