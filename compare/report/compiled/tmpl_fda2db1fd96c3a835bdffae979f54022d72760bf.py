# xlsx_parts.xml.j2 compiled by jinja2 3.1.6 (`make templates`): do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'xlsx_parts.xml.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_content_types = l_0_root_rels = l_0_core = l_0_app = l_0_workbook = l_0_workbook_rels = l_0_styles = l_0_sheet = missing
    try:
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    def macro(l_1_count):
        t_2 = []
        l_1_range = resolve('range')
        if l_1_count is missing:
            l_1_count = undefined("parameter 'count' was not provided", name='count')
        pass
        t_2.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
        )
        for l_2_number in context.call((undefined(name='range') if l_1_range is missing else l_1_range), 1, (l_1_count + 1)):
            _loop_vars = {}
            pass
            t_2.extend((
                '<Override PartName="/xl/worksheets/sheet',
                escape(l_2_number),
                '.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
            ))
        l_2_number = missing
        t_2.append(
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
        )
        return concat(t_2)
    context.exported_vars.add('content_types')
    context.vars['content_types'] = l_0_content_types = Macro(environment, macro, 'content_types', ('count',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_3 = []
        pass
        t_3.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
        )
        return concat(t_3)
    context.exported_vars.add('root_rels')
    context.vars['root_rels'] = l_0_root_rels = Macro(environment, macro, 'root_rels', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_creator, l_1_created):
        t_4 = []
        if l_1_creator is missing:
            l_1_creator = undefined("parameter 'creator' was not provided", name='creator')
        if l_1_created is missing:
            l_1_created = undefined("parameter 'created' was not provided", name='created')
        pass
        t_4.extend((
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>',
            escape(l_1_creator),
            '</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">',
            escape(l_1_created),
            '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">',
            escape(l_1_created),
            '</dcterms:modified></cp:coreProperties>',
        ))
        return concat(t_4)
    context.exported_vars.add('core')
    context.vars['core'] = l_0_core = Macro(environment, macro, 'core', ('creator', 'created'), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_5 = []
        pass
        t_5.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>wgcompare</Application></Properties>',
        )
        return concat(t_5)
    context.exported_vars.add('app')
    context.vars['app'] = l_0_app = Macro(environment, macro, 'app', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_sheets):
        t_6 = []
        if l_1_sheets is missing:
            l_1_sheets = undefined("parameter 'sheets' was not provided", name='sheets')
        pass
        t_6.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>',
        )
        l_2_loop = missing
        for l_2_sheet, l_2_loop in LoopContext(l_1_sheets, undefined):
            _loop_vars = {}
            pass
            t_6.extend((
                '<sheet name="',
                escape(environment.getattr(l_2_sheet, 'title')),
                '" sheetId="',
                escape(environment.getattr(l_2_loop, 'index')),
                '" r:id="rId',
                escape(environment.getattr(l_2_loop, 'index')),
                '"/>',
            ))
        l_2_loop = l_2_sheet = missing
        t_6.append(
            '</sheets><definedNames>',
        )
        l_2_loop = missing
        for l_2_sheet, l_2_loop in LoopContext(l_1_sheets, undefined):
            _loop_vars = {}
            pass
            t_6.extend((
                '<definedName name="_xlnm._FilterDatabase" localSheetId="',
                escape(environment.getattr(l_2_loop, 'index0')),
                '" hidden="1">\'',
                escape(t_1(context.eval_ctx, environment.getattr(l_2_sheet, 'title'), "'", "''")),
                "'!",
                escape(environment.getattr(l_2_sheet, 'absolute')),
                '</definedName>',
            ))
        l_2_loop = l_2_sheet = missing
        t_6.append(
            '</definedNames></workbook>',
        )
        return concat(t_6)
    context.exported_vars.add('workbook')
    context.vars['workbook'] = l_0_workbook = Macro(environment, macro, 'workbook', ('sheets',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_count):
        t_7 = []
        l_1_range = resolve('range')
        if l_1_count is missing:
            l_1_count = undefined("parameter 'count' was not provided", name='count')
        pass
        t_7.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
        )
        for l_2_number in context.call((undefined(name='range') if l_1_range is missing else l_1_range), 1, (l_1_count + 1)):
            _loop_vars = {}
            pass
            t_7.extend((
                '<Relationship Id="rId',
                escape(l_2_number),
                '" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet',
                escape(l_2_number),
                '.xml"/>',
            ))
        l_2_number = missing
        t_7.extend((
            '<Relationship Id="rId',
            escape((l_1_count + 1)),
            '" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
        ))
        return concat(t_7)
    context.exported_vars.add('workbook_rels')
    context.vars['workbook_rels'] = l_0_workbook_rels = Macro(environment, macro, 'workbook_rels', ('count',), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_8 = []
        pass
        t_8.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
        )
        return concat(t_8)
    context.exported_vars.add('styles')
    context.vars['styles'] = l_0_styles = Macro(environment, macro, 'styles', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_dimension, l_1_widths, l_1_rows):
        t_9 = []
        if l_1_dimension is missing:
            l_1_dimension = undefined("parameter 'dimension' was not provided", name='dimension')
        if l_1_widths is missing:
            l_1_widths = undefined("parameter 'widths' was not provided", name='widths')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_9.extend((
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="',
            escape(l_1_dimension),
            '"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>',
        ))
        l_2_loop = missing
        for l_2_width, l_2_loop in LoopContext(l_1_widths, undefined):
            _loop_vars = {}
            pass
            t_9.extend((
                '<col min="',
                escape(environment.getattr(l_2_loop, 'index')),
                '" max="',
                escape(environment.getattr(l_2_loop, 'index')),
                '" width="',
                escape(l_2_width),
                '" customWidth="1"/>',
            ))
        l_2_loop = l_2_width = missing
        t_9.extend((
            '</cols><sheetData>',
            escape(l_1_rows),
            '</sheetData><autoFilter ref="',
            escape(l_1_dimension),
            '"/></worksheet>',
        ))
        return concat(t_9)
    context.exported_vars.add('sheet')
    context.vars['sheet'] = l_0_sheet = Macro(environment, macro, 'sheet', ('dimension', 'widths', 'rows'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=18&6=27&9=42&13=51&15=60&17=70&21=79&24=88&26=105&29=124&32=133&33=146&36=152&40=161&42=172&43=176&44=191'
