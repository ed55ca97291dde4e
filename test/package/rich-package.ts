/**
 * A unit's workbook holding every kind of part a rewrite through ExcelJS loses: a chart on a drawing,
 * a pivot table with its cache, a VBA project (.xlsm), an external link, x14 sparklines in an extension,
 * threaded comments, workbook protection, custom document properties, constant defined names, printer
 * settings, a calculation chain. Written by hand (ExcelJS can make none of these), small but well-formed,
 * so Excel, LibreOffice and ExcelJS open it.
 */
import { NS, RNS, REL_NS, zipParts, type Parts } from "./parts";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

/** Bytes that stand for a binary part (VBA project, printer settings): every value 0–255, twice. */
export function binaryPart(seed: number): Uint8Array {
  const out = new Uint8Array(512);
  for (let i = 0; i < out.length; i++) out[i] = (i * 37 + seed) & 0xff;
  return out;
}

export function richPackage(options: { macros?: boolean } = {}): Parts {
  const macros = options.macros ?? false;
  const rows = [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>8</v></c></row>',
    '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="s"><v>4</v></c><c r="C3"><v>9</v></c></row>',
    '<row r="4"><c r="C4"><f>SUM(C2:C3)</f><v>17</v></c><c r="D4"><f>[1]Sheet1!$A$1</f><v>5</v></c></row>',
  ].join("");
  const parts: Parts = {
    "[Content_Types].xml":
      HEAD +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>' +
      (macros
        ? '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>' +
          '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        : `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`) +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/calcChain.xml" ContentType="${CT}.spreadsheetml.calcChain+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/>` +
      `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${CT}.spreadsheetml.pivotTable+xml"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${CT}.spreadsheetml.pivotCacheDefinition+xml"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${CT}.spreadsheetml.pivotCacheRecords+xml"/>` +
      `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="${CT}.spreadsheetml.externalLink+xml"/>` +
      '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
      '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>' +
      `<Override PartName="/docProps/custom.xml" ContentType="${CT}.custom-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
      "</Types>",
    "_rels/.rels":
      HEAD +
      `<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/custom-properties" Target="docProps/custom.xml"/>` +
      `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/>` +
      "</Relationships>",
    "docProps/app.xml":
      HEAD +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
    "docProps/custom.xml":
      HEAD +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_Sensitivity"><vt:lpwstr>Nội bộ</vt:lpwstr></property>' +
      "</Properties>",
    "xl/workbook.xml":
      HEAD +
      `<workbook ${NS} ${RNS}>` +
      '<workbookPr defaultThemeVersion="166925"/>' +
      '<workbookProtection lockStructure="1" workbookAlgorithmName="SHA-512" workbookHashValue="aGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000"/>' +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>' +
      '<sheets><sheet name="Thành viên" sheetId="3" r:id="rId1"/></sheets>' +
      '<externalReferences><externalReference r:id="rId5"/></externalReferences>' +
      "<definedNames>" +
      '<definedName name="TyLeToiThieu">0.9</definedName>' +
      "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Thành viên'!$A$1:$C$4</definedName>" +
      "</definedNames>" +
      '<calcPr calcId="191029"/>' +
      '<pivotCaches><pivotCache cacheId="7" r:id="rId6"/></pivotCaches>' +
      "</workbook>",
    "xl/_rels/workbook.xml.rels":
      HEAD +
      `<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId4" Type="${REL_NS}/calcChain" Target="calcChain.xml"/>` +
      `<Relationship Id="rId5" Type="${REL_NS}/externalLink" Target="externalLinks/externalLink1.xml"/>` +
      `<Relationship Id="rId6" Type="${REL_NS}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
      '<Relationship Id="rId7" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>' +
      (macros ? '<Relationship Id="rId8" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' : "") +
      "</Relationships>",
    "xl/sharedStrings.xml":
      HEAD + `<sst ${NS} count="5" uniqueCount="5"><si><t>STT</t></si><si><t>Họ và tên</t></si><si><t>Số giờ</t></si><si><t>Nguyễn Văn An</t></si><si><t>Trần Thị Bình</t></si></sst>`,
    "xl/styles.xml":
      HEAD +
      `<styleSheet ${NS}>` +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>",
    "xl/calcChain.xml": HEAD + `<calcChain ${NS}><c r="C4" i="3"/><c r="D4"/></calcChain>`,
    "xl/worksheets/sheet1.xml":
      HEAD +
      `<worksheet ${NS} ${RNS} xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac">` +
      '<sheetPr codeName="Sheet1"/><dimension ref="A1:D4"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>' +
      `<sheetData>${rows}</sheetData>` +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<pageSetup paperSize="9" orientation="portrait" r:id="rId2"/>' +
      '<drawing r:id="rId1"/>' +
      '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap">' +
      '<x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>\'Thành viên\'!C2:C3</xm:f><xm:sqref>E2</xm:sqref></x14:sparkline></x14:sparklines>' +
      "</x14:sparklineGroup></x14:sparklineGroups></ext></extLst>" +
      "</worksheet>",
    "xl/worksheets/_rels/sheet1.xml.rels":
      HEAD +
      `<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/drawing" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>` +
      `<Relationship Id="rId3" Type="${REL_NS}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>` +
      '<Relationship Id="rId4" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>' +
      "</Relationships>",
    "xl/printerSettings/printerSettings1.bin": binaryPart(1),
    "xl/drawings/drawing1.xml":
      HEAD +
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
      '<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
      '<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL_NS}" r:id="rId1"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>",
    "xl/drawings/_rels/drawing1.xml.rels":
      HEAD + `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    "xl/charts/chart1.xml":
      HEAD +
      `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}">` +
      "<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>" +
      "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:val><c:numRef><c:f>'Thành viên'!$C$2:$C$3</c:f></c:numRef></c:val></c:ser>" +
      '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
      '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
      '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
      "</c:plotArea></c:chart></c:chartSpace>",
    "xl/pivotCache/pivotCacheDefinition1.xml":
      HEAD +
      `<pivotCacheDefinition ${NS} ${RNS} r:id="rId1" refreshOnLoad="1" recordCount="2">` +
      "<cacheSource type=\"worksheet\"><worksheetSource ref=\"A1:C3\" sheet=\"Thành viên\"/></cacheSource>" +
      '<cacheFields count="3"><cacheField name="STT" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="2"/></cacheField>' +
      '<cacheField name="Họ và tên" numFmtId="0"><sharedItems/></cacheField>' +
      '<cacheField name="Số giờ" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="8" maxValue="9"/></cacheField></cacheFields>' +
      "</pivotCacheDefinition>",
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels":
      HEAD + `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
    "xl/pivotCache/pivotCacheRecords1.xml":
      HEAD + `<pivotCacheRecords ${NS} count="2"><r><n v="1"/><s v="Nguyễn Văn An"/><n v="8"/></r><r><n v="2"/><s v="Trần Thị Bình"/><n v="9"/></r></pivotCacheRecords>`,
    "xl/pivotTables/pivotTable1.xml":
      HEAD +
      `<pivotTableDefinition ${NS} name="PivotTable1" cacheId="7" dataCaption="Giá trị" createdVersion="6" updatedVersion="6" minRefreshableVersion="3">` +
      '<location ref="H2:H3" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/>' +
      '<pivotFields count="3"><pivotField showAll="0"/><pivotField showAll="0"/><pivotField dataField="1" showAll="0"/></pivotFields>' +
      '<rowItems count="1"><i/></rowItems><colItems count="1"><i/></colItems>' +
      '<dataFields count="1"><dataField name="Tổng Số giờ" fld="2" baseField="0" baseItem="0"/></dataFields>' +
      "</pivotTableDefinition>",
    "xl/pivotTables/_rels/pivotTable1.xml.rels":
      HEAD + `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
    "xl/externalLinks/externalLink1.xml":
      HEAD +
      `<externalLink ${NS} ${RNS}><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>` +
      '<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',
    "xl/externalLinks/_rels/externalLink1.xml.rels":
      HEAD +
      `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/externalLinkPath" Target="file:///C:/PhongGD/tong-hop.xlsx" TargetMode="External"/></Relationships>`,
    "xl/threadedComments/threadedComment1.xml":
      HEAD +
      '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<threadedComment ref="B2" dT="2025-05-01T08:00:00.00" personId="{A1B2C3D4-0000-0000-0000-000000000001}" id="{A1B2C3D4-0000-0000-0000-000000000002}"><text>Kiểm tra lại họ tên</text></threadedComment>' +
      "</ThreadedComments>",
    "xl/persons/person.xml":
      HEAD +
      '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<person displayName="Tổ trưởng" id="{A1B2C3D4-0000-0000-0000-000000000001}" userId="to-truong" providerId="None"/></personList>',
  };
  if (macros) parts["xl/vbaProject.bin"] = binaryPart(2);
  return parts;
}

export function richPackageBytes(options: { macros?: boolean } = {}): Uint8Array {
  return zipParts(richPackage(options));
}
