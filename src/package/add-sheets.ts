/**
 * dvht's sheets added to the unit's own package, never a rewrite of it. Only these parts change:
 * new worksheet parts (inline strings), styles.xml (formats appended), workbook.xml (a <sheet> each, with
 * a fresh sheetId, and print defined names with their localSheetId), its relationships and
 * [Content_Types].xml. Every other part is copied as its original compressed bytes, so charts, pivots,
 * VBA (an .xlsm stays macro-enabled: the main part's content type is untouched), external links, custom
 * properties and printer settings come out as they went in.
 *
 * dvht owns the sheets its marker sheet lists: on a re-run those parts are rewritten in place (same tab,
 * same sheetId); a user's sheet with a wanted name is kept and the model goes to "<name> (dvht)", as
 * src/xlsx/apply-models.ts does with ExcelJS.
 */
import type { SheetModel } from "../workbook/sheet-model";
import { chooseSheetName, sheetNameKey } from "../workbook/sheet-names";
import { PackageDamagedError } from "./errors";
import { limitsWith, type PackageLimits } from "./limits";
import { markerSheetModel, readOwnership, type MarkerSpec } from "./marker-sheet";
import { findWorkbookPart, readPackage, readWorkbookXml, type PackageContents, type WorkbookEntry } from "./read-package";
import { readRelationships, relsPartOf, REL_CALC_CHAIN, REL_STYLES, REL_WORKSHEET } from "./relationships";
import { withoutSheets } from "./calc-chain";
import { autoFilterRef, sheetXml } from "./sheet-xml";
import { MINIMAL_STYLES, StyleSheet } from "./style-sheet";
import {
  editDefinedNames,
  insertBeforeClose,
  quoteSheet,
  relationshipsPrefix,
  NS_RELATIONSHIPS,
  type DefinedName,
} from "./workbook-xml-edit";
import { partText } from "./xml";
import { escapeAttr } from "./xml-text";
import { partNameKey, ZipReader } from "./zip";
import { writeZip, type DeflateRaw, type OutputEntry } from "./zip-writer";

const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CONTENT_TYPES = "[Content_Types].xml";
/** The defined names dvht writes for its sheets (and removes from a sheet it rewrites). */
const DVHT_NAMES = new Set(["_xlnm.Print_Titles", "_xlnm.Print_Area", "_xlnm._FilterDatabase"]);

export type { MarkedSheet, MarkerSpec } from "./marker-sheet";

export interface AddSheetsOptions {
  marker: MarkerSpec;
  /** The package as the caller already read it (saves a second read). */
  contents?: PackageContents;
  limits?: Partial<PackageLimits>;
  /** Deflates the new and edited parts (default fflate; the CLI passes Node's zlib, several times faster). */
  deflateRaw?: DeflateRaw;
}

export interface AddSheetsResult {
  bytes: Uint8Array;
  /** The sheet names actually written, one per model, in the models' order. */
  written: string[];
  /** Sheets the marker listed that `mayReplace` refused: kept as the user's. */
  changed: string[];
}

interface SheetSlot {
  name: string;
  /** Position in <sheets>: the localSheetId of its defined names. */
  index: number;
  part: string;
  sheetId: number;
  isNew: boolean;
  state?: "veryHidden";
  relId: string;
}

export function addSheetsToPackage(original: Uint8Array, models: SheetModel[], options: AddSheetsOptions): AddSheetsResult {
  const limits = limitsWith(options.limits);
  const zip = new ZipReader(original, limits);
  const contents = options.contents ?? readPackage(original, limits);
  const workbookPart = findWorkbookPart(zip);
  const workbookRelsPart = relsPartOf(workbookPart);
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  if (!zip.has(CONTENT_TYPES)) throw new PackageDamagedError(`thiếu phần “${CONTENT_TYPES}”`);

  const { entries, date1904 } = readWorkbookXml(zip, workbookPart);
  const rels = readRelationships(zip, workbookPart);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const partOf = (e: WorkbookEntry) => {
    const rel = relById.get(e.relId);
    return rel && rel.type === REL_WORKSHEET && !rel.external ? rel.target : undefined;
  };

  // Every sheet's name is taken (chart sheets too); only worksheets can be dvht's.
  const byKey = new Map<string, { entry: WorkbookEntry; index: number; part?: string }>();
  entries.forEach((entry, index) => byKey.set(sheetNameKey(entry.name), { entry, index, part: partOf(entry) }));
  const spec = options.marker;
  const { markerSheet, owned, changed } = readOwnership(contents, spec, (name) => byKey.get(sheetNameKey(name)));

  // Fresh identifiers: never reuse a sheetId, a relationship id or a part name.
  let nextSheetId = Math.max(0, ...entries.map((e) => e.sheetId)) + 1;
  const relIds = new Set(rels.map((r) => r.id));
  const newRelId = () => {
    let n = relIds.size + 1;
    while (relIds.has(`rId${n}`)) n++;
    relIds.add(`rId${n}`);
    return `rId${n}`;
  };
  // Compared as OPC compares part names: “Sheet4.xml” takes “sheet4.xml” too.
  const partsTaken = new Set([...zip.entries.keys()].map(partNameKey));
  const newSheetPart = () => {
    let n = 1;
    while (partsTaken.has(partNameKey(`${folder}worksheets/sheet${n}.xml`))) n++;
    partsTaken.add(partNameKey(`${folder}worksheets/sheet${n}.xml`));
    return `${folder}worksheets/sheet${n}.xml`;
  };
  let nextIndex = entries.length;
  const slotFor = (name: string, replace: { entry: WorkbookEntry; index: number; part?: string } | undefined, state?: "veryHidden"): SheetSlot =>
    replace
      ? { name: replace.entry.name, index: replace.index, part: replace.part!, sheetId: replace.entry.sheetId, isNew: false, relId: replace.entry.relId }
      : { name, index: nextIndex++, part: newSheetPart(), sheetId: nextSheetId++, isNew: true, state, relId: newRelId() };

  // Styles: appended to the package's own stylesheet (or a new one).
  const stylesPart = rels.find((r) => r.type === REL_STYLES && !r.external)?.target;
  const styles = new StyleSheet(stylesPart && zip.has(stylesPart) ? partText(zip, stylesPart) : MINIMAL_STYLES);

  const slots: { slot: SheetSlot; model: SheetModel }[] = [];
  const written: string[] = [];
  const writtenKeys = new Set<string>();
  for (const model of models) {
    // A user's sheet (or the marker) under the name is kept: the model goes under the next free name.
    const { name, key } = chooseSheetName(model.name, writtenKeys, (k) => byKey.has(k) && !owned.has(k));
    const existing = byKey.get(key);
    const slot = slotFor(name, existing);
    if (slot.isNew) byKey.set(key, { entry: { name, sheetId: slot.sheetId, state: "visible", relId: slot.relId }, index: slot.index, part: slot.part });
    slots.push({ slot, model });
    owned.set(key, { name: slot.name, model, previous: owned.get(key)?.previous });
    written.push(slot.name);
    writtenKeys.add(key);
  }

  // The marker lists every sheet dvht owns; it is created (very hidden, last) when the package has none.
  const markerModel = markerSheetModel(spec, [...owned.values()]);
  const markerExisting = markerSheet ? byKey.get(sheetNameKey(markerSheet.name)) : undefined;
  let markerName = spec.sheetName;
  for (let n = 2; !markerExisting && byKey.has(sheetNameKey(markerName)); n++) markerName = `${spec.sheetName}_${n}`;
  slots.push({ slot: slotFor(markerName, markerExisting, "veryHidden"), model: markerModel });

  // The new and rewritten parts.
  const replaced = new Map<string, Uint8Array>();
  const added: { name: string; data: Uint8Array }[] = [];
  const encoder = new TextEncoder();
  for (const { slot, model } of slots) {
    const data = sheetXml(model, { date1904, styles });
    if (slot.isNew) added.push({ name: slot.part, data });
    else replaced.set(slot.part, data);
  }
  // A rewritten sheet's own relationships (drawings, printer settings of the old one) no longer apply,
  // nor do its entries in the calculation chain.
  const rewritten = slots.filter((s) => !s.slot.isNew).map((s) => s.slot);
  const dropped = new Set(rewritten.map((s) => relsPartOf(s.part)).filter((p) => zip.has(p)));
  const calcChainPart = rels.find((r) => r.type === REL_CALC_CHAIN && !r.external)?.target;
  let dropCalcChainRel: string | undefined;
  if (rewritten.length && calcChainPart && zip.has(calcChainPart)) {
    const chain = withoutSheets(partText(zip, calcChainPart), new Set(rewritten.map((s) => s.sheetId)));
    if (chain === null) {
      dropped.add(calcChainPart);
      dropCalcChainRel = calcChainPart;
    } else replaced.set(calcChainPart, encoder.encode(chain));
  }

  const newSlots = slots.filter((s) => s.slot.isNew).map((s) => s.slot);
  const rewrittenIndexes = new Set(slots.filter((s) => !s.slot.isNew).map((s) => s.slot.index));

  // workbook.xml: the new <sheet>s and the print names.
  let workbookXml = partText(zip, workbookPart);
  if (newSlots.length) {
    const rPrefix = relationshipsPrefix(workbookXml);
    const idAttr = rPrefix ? `${rPrefix}:id` : `xmlns:dvhtr="${NS_RELATIONSHIPS}" dvhtr:id`;
    const sheetsP = /<((?:[\w.-]+:)?)sheets[\s>]/.exec(workbookXml)?.[1] ?? "";
    const sheetElements = newSlots
      .map((s) => `<${sheetsP}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${s.state ? ` state="${s.state}"` : ""} ${idAttr}="${s.relId}"/>`)
      .join("");
    workbookXml = insertBeforeClose(workbookXml, "sheets", sheetElements, workbookPart);
  }
  const names: DefinedName[] = [];
  for (const { slot, model } of slots) {
    const sheet = quoteSheet(slot.name);
    if (model.print?.repeatRows) {
      const { first, last } = model.print.repeatRows;
      names.push({ name: "_xlnm.Print_Titles", localSheetId: slot.index, formula: `${sheet}!$${first + 1}:$${last + 1}` });
    }
    if (model.autoFilter) {
      const ref = autoFilterRef(model.autoFilter).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      names.push({ name: "_xlnm._FilterDatabase", localSheetId: slot.index, hidden: true, formula: `${sheet}!${ref}` });
    }
  }
  workbookXml = editDefinedNames(workbookXml, (name, local) => local !== undefined && rewrittenIndexes.has(local) && DVHT_NAMES.has(name), names);
  replaced.set(workbookPart, encoder.encode(workbookXml));

  // Relationships and content types of the new parts.
  let relsXml = zip.has(workbookRelsPart)
    ? partText(zip, workbookRelsPart)
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let typesXml = partText(zip, CONTENT_TYPES);
  if (dropCalcChainRel) {
    relsXml = relsXml.replace(/<Relationship\b[^>]*calcChain[^>]*\/>/, "");
    typesXml = typesXml.replace(new RegExp(`<Override\\b[^>]*PartName="/${dropCalcChainRel.replace(/[.]/g, "\\.")}"[^>]*/>`), "");
  }
  const relTarget = (part: string) => (part.startsWith(folder) ? part.slice(folder.length) : `/${part}`);
  for (const s of newSlots) {
    relsXml = insertBeforeClose(relsXml, "Relationships", `<Relationship Id="${s.relId}" Type="${REL_WORKSHEET}" Target="${relTarget(s.part)}"/>`, workbookRelsPart);
    typesXml = insertBeforeClose(typesXml, "Types", `<Override PartName="/${s.part}" ContentType="${CT_WORKSHEET}"/>`, CONTENT_TYPES);
  }
  let newStylesPart: string | undefined;
  if (stylesPart && zip.has(stylesPart)) {
    if (styles.changed) replaced.set(stylesPart, encoder.encode(styles.toXml()));
  } else {
    newStylesPart = stylesPart ?? `${folder}styles.xml`;
    if (!stylesPart) relsXml = insertBeforeClose(relsXml, "Relationships", `<Relationship Id="${newRelId()}" Type="${REL_STYLES}" Target="${relTarget(newStylesPart)}"/>`, workbookRelsPart);
    typesXml = insertBeforeClose(typesXml, "Types", `<Override PartName="/${newStylesPart}" ContentType="${CT_STYLES}"/>`, CONTENT_TYPES);
    added.push({ name: newStylesPart, data: encoder.encode(styles.toXml()) });
  }
  if (zip.has(workbookRelsPart)) replaced.set(workbookRelsPart, encoder.encode(relsXml));
  else added.push({ name: workbookRelsPart, data: encoder.encode(relsXml) });
  replaced.set(CONTENT_TYPES, encoder.encode(typesXml));

  const output: OutputEntry[] = [];
  for (const entry of zip.order) {
    if (dropped.has(entry.name)) continue;
    const data = replaced.get(entry.name);
    output.push(data ? { name: entry.name, data } : { copy: entry });
  }
  output.push(...added);
  return { bytes: writeZip(zip, output, options.deflateRaw), written, changed };
}
