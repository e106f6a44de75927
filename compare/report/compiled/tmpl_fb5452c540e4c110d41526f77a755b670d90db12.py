# base.html.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_assets = resolve('assets')
    l_0_page = resolve('page')
    l_0_root = resolve('root')
    l_0_menus = resolve('menus')
    l_0_ui = missing
    pass
    l_0_ui = context.vars['ui'] = environment.get_template('_macros.html.j2', 'base.html.j2')._get_default_module(context)
    context.exported_vars.discard('ui')
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; script-src \''
    yield escape(environment.getattr((undefined(name='assets') if l_0_assets is missing else l_0_assets), 'script_hash'))
    yield '\'; base-uri \'none\'; form-action \'none\'">\n<meta name="generator" content="wgcompare">\n<title>'
    yield from context.blocks['title'][0](context)
    yield ' · wgcompare</title>\n<link rel="icon" href="data:,">\n<style>'
    yield escape(environment.getattr((undefined(name='assets') if l_0_assets is missing else l_0_assets), 'css'))
    yield '</style>\n</head>\n<body class="page-'
    yield escape((undefined(name='page') if l_0_page is missing else l_0_page))
    yield '">\n<a class="skip-link" href="#main">Skip to content</a>\n<header class="site-header">\n  <nav aria-label="Report">\n    <ul>\n      <li><a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'index.html"'
    if ((undefined(name='page') if l_0_page is missing else l_0_page) == 'index'):
        pass
        yield ' aria-current="page"'
    yield '>Overview</a></li>\n      <li><a href="'
    yield escape((undefined(name='root') if l_0_root is missing else l_0_root))
    yield 'recommendations.html"'
    if ((undefined(name='page') if l_0_page is missing else l_0_page) == 'recommendations'):
        pass
        yield ' aria-current="page"'
    yield '>Recommendations</a></li>\n'
    yield escape((undefined(name='menus') if l_0_menus is missing else l_0_menus))
    yield '\n    </ul>\n  </nav>\n</header>\n<main id="main" tabindex="-1">\n'
    template = environment.get_template('_sample_note.html.j2', 'base.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'ui': l_0_ui}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield from context.blocks['content'][0](context)
    yield from context.blocks['followups'][0](context)
    yield from context.blocks['participation'][0](context)
    yield from context.blocks['decisions'][0](context)
    yield '</main>\n<footer class="site-footer">\n  <p>Written by wgcompare from the meeting reports given to it. Inserted words are <ins>underlined</ins>, deleted words <del>struck through</del>.</p>\n</footer>\n<script>'
    yield escape(environment.getattr((undefined(name='assets') if l_0_assets is missing else l_0_assets), 'js'))
    yield '</script>\n</body>\n</html>\n'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_followups(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    try:
        template = environment.get_template('followups.html.j2', 'base.html.j2')
    except TemplateNotFound:
        pass
    else:
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()

def block_participation(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    try:
        template = environment.get_template('participation.html.j2', 'base.html.j2')
    except TemplateNotFound:
        pass
    else:
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()

def block_decisions(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    try:
        template = environment.get_template('decisions.html.j2', 'base.html.j2')
    except TemplateNotFound:
        pass
    else:
        gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
        try:
            for event in gen:
                yield event
        finally: gen.close()

blocks = {'title': block_title, 'content': block_content, 'followups': block_followups, 'participation': block_participation, 'decisions': block_decisions}
debug_info = '1=16&7=19&9=21&11=23&13=25&18=27&19=33&20=39&25=41&26=47&28=48&29=49&30=50&35=52&9=55&26=64&28=73&29=92&30=111'
