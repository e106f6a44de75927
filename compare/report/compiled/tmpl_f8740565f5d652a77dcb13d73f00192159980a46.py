# docx_parts.xml.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'docx_parts.xml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_W = l_0_REL = l_0_content_types = l_0_root_rels = l_0_document_rels = l_0_core = l_0_app = l_0_settings = l_0_heading_font = l_0_styles = l_0_numbering = l_0_text = l_0_document = missing
    pass
    l_0_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    context.vars['W'] = l_0_W
    context.exported_vars.add('W')
    l_0_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    context.vars['REL'] = l_0_REL
    context.exported_vars.add('REL')
    def macro():
        t_1 = []
        pass
        t_1.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
        )
        return concat(t_1)
    context.exported_vars.add('content_types')
    context.vars['content_types'] = l_0_content_types = Macro(environment, macro, 'content_types', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_2 = []
        pass
        t_2.extend((
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="',
            escape((undefined(name='REL') if l_0_REL is missing else l_0_REL)),
            '/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="',
            escape((undefined(name='REL') if l_0_REL is missing else l_0_REL)),
            '/extended-properties" Target="docProps/app.xml"/></Relationships>',
        ))
        return concat(t_2)
    context.exported_vars.add('root_rels')
    context.vars['root_rels'] = l_0_root_rels = Macro(environment, macro, 'root_rels', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_3 = []
        pass
        t_3.extend((
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="',
            escape((undefined(name='REL') if l_0_REL is missing else l_0_REL)),
            '/styles" Target="styles.xml"/><Relationship Id="rId2" Type="',
            escape((undefined(name='REL') if l_0_REL is missing else l_0_REL)),
            '/settings" Target="settings.xml"/><Relationship Id="rId3" Type="',
            escape((undefined(name='REL') if l_0_REL is missing else l_0_REL)),
            '/numbering" Target="numbering.xml"/></Relationships>',
        ))
        return concat(t_3)
    context.exported_vars.add('document_rels')
    context.vars['document_rels'] = l_0_document_rels = Macro(environment, macro, 'document_rels', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_title, l_1_author, l_1_time):
        t_4 = []
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        if l_1_author is missing:
            l_1_author = undefined("parameter 'author' was not provided", name='author')
        if l_1_time is missing:
            l_1_time = undefined("parameter 'time' was not provided", name='time')
        pass
        t_4.extend((
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>',
            escape(l_1_title),
            '</dc:title><dc:creator>',
            escape(l_1_author),
            '</dc:creator><cp:lastModifiedBy>',
            escape(l_1_author),
            '</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">',
            escape(l_1_time),
            '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">',
            escape(l_1_time),
            '</dcterms:modified><cp:lastPrinted>',
            escape(l_1_time),
            '</cp:lastPrinted></cp:coreProperties>',
        ))
        return concat(t_4)
    context.exported_vars.add('core')
    context.vars['core'] = l_0_core = Macro(environment, macro, 'core', ('title', 'author', 'time'), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_5 = []
        pass
        t_5.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>wgcompare</Application></Properties>',
        )
        return concat(t_5)
    context.exported_vars.add('app')
    context.vars['app'] = l_0_app = Macro(environment, macro, 'app', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_6 = []
        pass
        t_6.extend((
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="',
            escape((undefined(name='W') if l_0_W is missing else l_0_W)),
            '"><w:trackRevisions/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/></w:compat></w:settings>',
        ))
        return concat(t_6)
    context.exported_vars.add('settings')
    context.vars['settings'] = l_0_settings = Macro(environment, macro, 'settings', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_7 = []
        pass
        t_7.append(
            '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>',
        )
        return concat(t_7)
    context.exported_vars.add('heading_font')
    context.vars['heading_font'] = l_0_heading_font = Macro(environment, macro, 'heading_font', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_8 = []
        pass
        t_8.extend((
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="',
            escape((undefined(name='W') if l_0_W is missing else l_0_W)),
            '"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Cambria" w:eastAsia="Cambria" w:hAnsi="Cambria" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="200" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\n<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\n<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\n<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="480" w:after="0"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>',
            escape(context.call((undefined(name='heading_font') if l_0_heading_font is missing else l_0_heading_font))),
            '<w:b/><w:bCs/><w:color w:val="365F91"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\n<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>',
            escape(context.call((undefined(name='heading_font') if l_0_heading_font is missing else l_0_heading_font))),
            '<w:b/><w:bCs/><w:color w:val="4F81BD"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>\n<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:contextualSpacing/></w:pPr></w:style>\n</w:styles>',
        ))
        return concat(t_8)
    context.exported_vars.add('styles')
    context.vars['styles'] = l_0_styles = Macro(environment, macro, 'styles', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_9 = []
        pass
        t_9.extend((
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="',
            escape((undefined(name='W') if l_0_W is missing else l_0_W)),
            '"><w:abstractNum w:abstractNumId="0"><w:nsid w:val="FFFFFF89"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="29761A62"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/><w:lvlText w:val="&#xF0B7;"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="360"/></w:tabs><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
        ))
        return concat(t_9)
    context.exported_vars.add('numbering')
    context.vars['numbering'] = l_0_numbering = Macro(environment, macro, 'numbering', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_tag, l_1_value):
        t_10 = []
        if l_1_tag is missing:
            l_1_tag = undefined("parameter 'tag' was not provided", name='tag')
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        pass
        t_10.extend((
            '<w:r><w:',
            escape(l_1_tag),
            ' xml:space="preserve">',
            escape(l_1_value),
            '</w:',
            escape(l_1_tag),
            '></w:r>',
        ))
        return concat(t_10)
    context.exported_vars.add('text')
    context.vars['text'] = l_0_text = Macro(environment, macro, 'text', ('tag', 'value'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_heading, l_1_key_lines, l_1_no_key_line, l_1_paragraphs, l_1_author):
        t_11 = []
        if l_1_heading is missing:
            l_1_heading = undefined("parameter 'heading' was not provided", name='heading')
        if l_1_key_lines is missing:
            l_1_key_lines = undefined("parameter 'key_lines' was not provided", name='key_lines')
        if l_1_no_key_line is missing:
            l_1_no_key_line = undefined("parameter 'no_key_line' was not provided", name='no_key_line')
        if l_1_paragraphs is missing:
            l_1_paragraphs = undefined("parameter 'paragraphs' was not provided", name='paragraphs')
        if l_1_author is missing:
            l_1_author = undefined("parameter 'author' was not provided", name='author')
        pass
        t_11.extend((
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="',
            escape((undefined(name='W') if l_0_W is missing else l_0_W)),
            '"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>',
            escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), 't', l_1_heading)),
            '</w:p><w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>',
            escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), 't', 'Key changes')),
            '</w:p>',
        ))
        t_12 = 1
        for l_2_line in l_1_key_lines:
            _loop_vars = {}
            pass
            t_11.extend((
                '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>',
                escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), 't', l_2_line, _loop_vars=_loop_vars)),
                '</w:p>',
            ))
            t_12 = 0
        l_2_line = missing
        if t_12:
            pass
            t_11.extend((
                '<w:p>',
                escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), 't', l_1_no_key_line)),
                '</w:p>',
            ))
        t_11.extend((
            '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>',
            escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), 't', 'The new report, with the changes tracked')),
            '</w:p>',
        ))
        for (l_2_ref, l_2_runs) in l_1_paragraphs:
            _loop_vars = {}
            pass
            t_11.extend((
                '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">¶ ',
                escape(l_2_ref),
                '  </w:t></w:r>',
            ))
            for (l_3_op, l_3_value, l_3_number) in l_2_runs:
                _loop_vars = {}
                pass
                if (l_3_op == 0):
                    pass
                    t_11.append(
                        escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), 't', l_3_value, _loop_vars=_loop_vars)),
                    )
                elif (l_3_op > 0):
                    pass
                    t_11.extend((
                        '<w:ins w:id="',
                        escape(l_3_number),
                        '" w:author="',
                        escape(l_1_author),
                        '">',
                        escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), 't', l_3_value, _loop_vars=_loop_vars)),
                        '</w:ins>',
                    ))
                else:
                    pass
                    t_11.extend((
                        '<w:del w:id="',
                        escape(l_3_number),
                        '" w:author="',
                        escape(l_1_author),
                        '">',
                        escape(context.call((undefined(name='text') if l_0_text is missing else l_0_text), 'delText', l_3_value, _loop_vars=_loop_vars)),
                        '</w:del>',
                    ))
            l_3_op = l_3_value = l_3_number = missing
            t_11.append(
                '</w:p>',
            )
        l_2_ref = l_2_runs = missing
        t_11.append(
            '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="720" w:footer="720" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>',
        )
        return concat(t_11)
    context.exported_vars.add('document')
    context.vars['document'] = l_0_document = Macro(environment, macro, 'document', ('heading', 'key_lines', 'no_key_line', 'paragraphs', 'author'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=12&6=15&7=18&11=27&13=32&15=40&17=45&19=55&21=66&23=82&27=91&29=96&31=102&32=111&34=116&39=118&40=120&44=126&46=131&48=137&50=156&52=171&53=179&54=198&55=201&56=209&57=212&58=217&59=232'
