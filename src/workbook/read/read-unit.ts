/**
 * The `Đơn vị` sheet: one row per fact, label in `Thông tin`, value in `Giá trị`. Labels match
 * UNIT_SHEET.rows (label and aliases); values are parsed against the vocabularies and scales. A
 * missing or unreadable required value is an error but leaves the field null: the evaluation goes on
 * and says what it could not decide.
 */
import type { UnitField, UnitInfo } from "../../engine/input";
import type { Severity } from "../../engine/issues";
import { SCALES, type Scale } from "../../rules/scales";
import { PROVINCIAL_INSTITUTION_TYPES, type SchoolLevel, type UnitType } from "../../rules/types";
import { UNIT_SHEET, type UnitRowSpec } from "../schema";
import { PUBLIC_SECTOR, SCHOOL_LEVELS, TIERS, UNIT_TYPES, YES_NO, canonical, matchTerm, type Term } from "../vocabulary";
import { columnLetter, isCellError, type CellValue, type SheetData } from "../workbook-data";
import { cellText, parseCount, parseNumber, parseTerm, parseYear, shown, type RawCell } from "./cells";
import { locateHeader, type HeaderSpec } from "./header";
import { IssueLog, quoteList, type CellPlace } from "./issue-log";
import { LabelRows, labelMatcher } from "./label-rows";
import { buildMatcher, type Matcher } from "./match";
import { parseIsoDate } from "./read-date";
import { acceptedSpellings, readYear } from "./values";
import { readUnitTypeWording } from "../../rules/vocabulary/unit-types";
import { SCHOOL_LEVEL_LABELS, UNIT_TYPE_LABELS } from "../../rules/labels";

const KEY_VALUE_HEADERS: HeaderSpec[] = [
  { field: "key", header: UNIT_SHEET.keyHeader, aliases: ["Mục", "Nội dung", "Thông tin đơn vị"], required: true },
  { field: "value", header: UNIT_SHEET.valueHeader, aliases: ["Số liệu", "Giá trị khai báo", "Khai báo"], required: true },
];

const unitLabels: Matcher<UnitRowSpec> = labelMatcher(UNIT_SHEET.rows);

interface ScaleHit {
  name: string;
  notTitle: boolean;
}
function scaleMatcher(scale: Scale): Matcher<ScaleHit> {
  return buildMatcher([
    ...scale.steps.map((s) => ({ value: { name: s.name, notTitle: false }, names: [s.name, ...s.aliases] })),
    ...(scale.notTitles ?? []).map((s) => ({ value: { name: s.name, notTitle: true }, names: [s.name, ...s.aliases] })),
  ]);
}
const collectiveTitles = scaleMatcher(SCALES.collectiveTitle);
const digitalLevels = scaleMatcher(SCALES.digitalTransformation4725);
const digitalLevels4740 = scaleMatcher(SCALES.digitalTransformation4740);

/** Unit types that are public by definition, and the one that is not. */
const PUBLIC_BY_TYPE: Partial<Record<UnitType, boolean>> = {
  coQuanHanhChinh: true,
  donViSuNghiepCongLap: true,
  mamNonCongLap: true,
  toChucKinhTe: false,
};
/** Unit types that may be public or not: dvht assumes public unless told. */
const PUBLIC_ASSUMED: UnitType[] = [
  "phoThong",
  "giaoDucNgheNghiep",
  "giaoDucThuongXuyen",
  "coSoGiaoDucDaiHoc",
  ...PROVINCIAL_INSTITUTION_TYPES,
];

/** Cơ sở giáo dục named only in TT24/2023 Điều 2 khoản 2 (cấp tỉnh), with learners in the cấp tỉnh 3.1. */
const PROVINCIAL_ONLY: readonly UnitType[] = PROVINCIAL_INSTITUTION_TYPES;

/**
 * Why the unit cannot be evaluated: a value that some chỉ tiêu's level or applicability depends on is
 * blank or not understood. The reader still reports every problem; the caller refuses to evaluate.
 */
export interface UnitRefusals {
  /** The fields (of `Đơn vị` or `Cộng đồng`) that stop the evaluation. */
  fields: string[];
}

/** Where the sheet keeps labels and values. */
interface Layout {
  sheet: string;
  firstRow: number;
  keyCol: number;
  valueCol: number;
  valueHeader: string;
}

function findLayout(sheet: SheetData, log: IssueLog): Layout | null {
  const trial = new IssueLog();
  const table = locateHeader(sheet, KEY_VALUE_HEADERS, trial);
  if (table && table.columns.size === 2) {
    for (const issue of trial.finish()) log.add(issue);
    const key = table.columns.get("key")!;
    const value = table.columns.get("value")!;
    return { sheet: sheet.name, firstRow: table.headerRow + 1, keyCol: key.index, valueCol: value.index, valueHeader: value.header };
  }
  // No header row: take the first cell that holds a known label as the label column, values to its right.
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const text = typeof cells[c] === "string" ? cellText(cells[c]) : null;
      if (text !== null && unitLabels(text)) {
        log.add({
          severity: "info",
          code: "missingUnitHeader",
          sheet: sheet.name,
          message: `Sheet “${sheet.name}” không có dòng tiêu đề “${UNIT_SHEET.keyHeader}” | “${UNIT_SHEET.valueHeader}”; dvht đọc nhãn ở cột ${columnLetter(c)} và giá trị ở cột ${columnLetter(c + 1)}.`,
          fix: `Thêm dòng tiêu đề “${UNIT_SHEET.keyHeader}”, “${UNIT_SHEET.valueHeader}” phía trên các dòng thông tin (hoặc chạy \`dvht template\` để xem sổ mẫu).`,
        });
        return { sheet: sheet.name, firstRow: r, keyCol: c, valueCol: c + 1, valueHeader: UNIT_SHEET.valueHeader };
      }
    }
  }
  for (const issue of trial.finish()) log.add(issue);
  if (!trial.hasErrors()) {
    log.add({
      severity: "error",
      code: "missingColumn",
      sheet: sheet.name,
      column: UNIT_SHEET.keyHeader,
      message: `Sheet “${sheet.name}” không có dòng thông tin nào dvht nhận ra.`,
      fix: `Ghi mỗi thông tin một dòng dưới tiêu đề “${UNIT_SHEET.keyHeader}” | “${UNIT_SHEET.valueHeader}”, ví dụ “Tên đơn vị”, “Loại đơn vị”, “Cấp công nhận”, “Năm đánh giá”.`,
    });
  }
  return null;
}

function emptyUnit(): UnitInfo {
  return {
    name: null,
    type: null,
    tier: null,
    year: null,
    regulation: null,
    publicSector: null,
    schoolLevel: null,
    collectiveTitle: null,
    digitalTransformation: null,
    vetAccredited: null,
    learners: null,
    learnerCitizens: null,
    rows: {},
  };
}

/** Null when the sheet has no recognisable layout (reported as an error). */
export function readUnit(sheet: SheetData, log: IssueLog, refusals: UnitRefusals = { fields: [] }): UnitInfo | null {
  const layout = findLayout(sheet, log);
  if (!layout) return null;
  const unit = emptyUnit();
  const values = new Map<UnitField, { value: RawCell; place: CellPlace; spec: UnitRowSpec }>();
  const valueColumn = { header: layout.valueHeader, index: layout.valueCol };
  const labels = new LabelRows(UNIT_SHEET.rows, log, {
    unknown: "unknownUnitLabel",
    unknownFix: (known) => `Nếu đây là một thông tin dvht cần, ghi đúng nhãn: ${known}.`,
    duplicate: "duplicateUnitRow",
  });

  for (let r = layout.firstRow; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells || cells.length === 0) continue;
    const labelCell = cells[layout.keyCol];
    const label = labelCell === undefined || isCellError(labelCell as CellValue) ? null : cellText(labelCell);
    if (label === null) continue;
    const place: CellPlace = { sheet: layout.sheet, rowIndex: r, column: valueColumn };
    const spec = labels.spec(label, { sheet: layout.sheet, rowIndex: r, column: { header: UNIT_SHEET.keyHeader, index: layout.keyCol } });
    if (!spec) continue;
    let value: RawCell = cells[layout.valueCol] ?? null;
    if (isCellError(value as CellValue)) {
      log.at("warning", place, {
        code: "formulaError",
        message: `Ô có lỗi công thức “${(value as { error: string }).error}”; dvht coi ô này là ô trống.`,
        fix: `Sửa công thức của ô ${columnLetter(layout.valueCol)}${r + 1}, hoặc thay công thức bằng giá trị.`,
      });
      value = null;
    }
    values.set(spec.field, { value, place, spec });
    unit.rows[spec.field] = r + 1;
  }

  // Required rows absent from the sheet.
  for (const spec of UNIT_SHEET.rows) {
    if (!spec.required || values.has(spec.field)) continue;
    log.add({
      severity: "error",
      code: "missingUnitRow",
      sheet: layout.sheet,
      column: UNIT_SHEET.keyHeader,
      columnLetter: columnLetter(layout.keyCol),
      message: `Sheet “${layout.sheet}” thiếu dòng “${spec.label}”.`,
      fix: `Thêm một dòng: cột “${UNIT_SHEET.keyHeader}” ghi “${spec.label}”, cột “${UNIT_SHEET.valueHeader}” ghi ${spec.hint}.`,
    });
    if (spec.field === "type" || spec.field === "year") refusals.fields.push(spec.field);
  }

  const get = (field: UnitField) => values.get(field);
  const blankRequired = (field: UnitField): boolean => {
    const v = get(field);
    if (!v || cellText(v.value) !== null) return false;
    log.at("error", v.place, {
      code: "missingUnitValue",
      message: `Chưa ghi “${v.spec.label}”; dvht không xác định được các chỉ tiêu phụ thuộc vào thông tin này.`,
      fix: `Ghi ${v.spec.hint}.`,
    });
    if (field === "type" || field === "year") refusals.fields.push(field);
    return true;
  };
  const unknown = (field: UnitField, severity: Severity, accepted: string, extra = ""): void => {
    const v = get(field)!;
    log.at(severity, v.place, {
      code: "unknownUnitValue",
      message: `Không hiểu “${shown(v.value)}” ở dòng “${v.spec.label}”.${extra} Giá trị được chấp nhận: ${accepted}.`,
      fix: `Ghi ${v.spec.hint}.`,
    });
  };
  /** A value a level depends on: not understood → an error, and the unit is not evaluated. */
  const readTerm = <T>(field: UnitField, terms: Term<T>[], severity: Severity): T | null => {
    const v = get(field);
    if (!v) return null;
    const parsed = parseTerm(terms, v.value);
    if (parsed.kind === "ok") return parsed.value;
    if (parsed.kind === "invalid") {
      unknown(field, severity, terms === YES_NO || terms === PUBLIC_SECTOR ? acceptedSpellings(terms) : quoteList(terms.map((t) => t.spellings[0]!)), severity === "error" ? REFUSED : "");
      if (severity === "error") refusals.fields.push(field);
    }
    return null;
  };

  // Tên đơn vị
  if (!blankRequired("name")) unit.name = cellText(get("name")?.value);

  let implied: { schoolLevel?: SchoolLevel; publicSector?: boolean } = {};
  if (!blankRequired("type")) {
    const typed = readUnitType(log, get("type")!, refusals);
    if (typed) {
      unit.type = typed.type;
      implied = typed;
    }
  }
  if (!blankRequired("tier")) unit.tier = readTerm("tier", TIERS, "error");
  if (unit.type !== null && PROVINCIAL_ONLY.includes(unit.type) && unit.tier !== null && unit.tier !== "tinh") {
    // Their Người học count only in the cấp tỉnh rules; read at a lower tier, the learner part would vanish.
    log.at("error", get("tier")!.place, {
      code: "tierOfProvincialInstitution",
      message: `“${canonical(UNIT_TYPES, unit.type)}” là cơ sở giáo dục đánh giá, công nhận ở cấp tỉnh (TT24/2023 Điều 2 khoản 2) nhưng dòng “Cấp công nhận” ghi “${shown(get("tier")!.value)}”.${REFUSED}`,
      fix: `Ghi “tỉnh” ở dòng “Cấp công nhận”, hoặc sửa dòng “Loại đơn vị” nếu đơn vị không phải ${UNIT_TYPE_LABELS[unit.type]}.`,
    });
    refusals.fields.push("tier");
  }

  const year = get("year");
  if (year && !blankRequired("year")) {
    const parsed = parseYear(year.value);
    if (parsed.kind === "invalid") {
      log.at("error", year.place, {
        code: "invalidYear",
        message: `Không đọc được năm đánh giá từ “${shown(year.value)}”.`,
        fix: "Ghi năm dương lịch được đánh giá gồm 4 chữ số, ví dụ 2025.",
      });
    } else {
      unit.year = readYear(log, year.place, year.value, null);
    }
  }

  unit.regulation = cellText(get("regulation")?.value);
  unit.schoolLevel = readTerm("schoolLevel", SCHOOL_LEVELS, "error");
  if (implied.schoolLevel) {
    const written = unit.schoolLevel;
    if (written !== null && written !== implied.schoolLevel) {
      log.at("error", get("schoolLevel")!.place, {
        code: "schoolLevelConflict",
        message: `Dòng “Loại đơn vị” ghi “${shown(get("type")!.value)}” (cấp học cao nhất ${SCHOOL_LEVEL_LABELS[implied.schoolLevel]}) nhưng dòng “Cấp học cao nhất” ghi “${shown(get("schoolLevel")!.value)}”.${REFUSED}`,
        fix: "Sửa một trong hai dòng cho khớp: cấp học cao nhất quyết định Người học có được tính ở chỉ tiêu 3.1 và chỉ tiêu 3.4 có áp dụng hay không.",
      });
      refusals.fields.push("schoolLevel");
    } else unit.schoolLevel = implied.schoolLevel;
  }
  if (unit.type === "phoThong" && unit.schoolLevel === null && cellText(get("schoolLevel")?.value) === null) {
    const v = get("schoolLevel");
    const text = {
      code: "missingUnitValue",
      message: `Chưa ghi “Cấp học cao nhất” của trường phổ thông; dvht không xác định được Người học có được tính ở chỉ tiêu 3.1 hay không.${REFUSED}`,
      fix: `Ghi cấp học cao nhất của trường (${quoteList(SCHOOL_LEVELS.map((l) => l.spellings[0]!))}) ở dòng “Cấp học cao nhất” của sheet “${layout.sheet}”.`,
    };
    if (v) log.at("error", v.place, text);
    else log.add({ severity: "error", sheet: layout.sheet, ...text });
    refusals.fields.push("schoolLevel");
  }
  unit.vetAccredited = readTerm("vetAccredited", YES_NO, "error");
  unit.collectiveTitle = readScale(log, get("collectiveTitle"), collectiveTitles, SCALES.collectiveTitle, refusals);
  unit.digitalTransformation = readScale(log, get("digitalTransformation"), digitalLevels, SCALES.digitalTransformation4725, refusals);
  // Rows added for TT24 cấp tỉnh and TT25: the fields exist only when the sheet has the row.
  if (get("digitalTransformation4740")) unit.digitalTransformation4740 = readScale(log, get("digitalTransformation4740"), digitalLevels4740, SCALES.digitalTransformation4740, refusals);
  if (get("recognitionTitle")) unit.recognitionTitle = cellText(get("recognitionTitle")?.value);
  if (get("digitalTeachingScore")) unit.digitalTeachingScore = readScore(log, get("digitalTeachingScore"), refusals);
  if (get("digitalManagementScore")) unit.digitalManagementScore = readScore(log, get("digitalManagementScore"), refusals);
  unit.learners = readCount(log, get("learners"), refusals);
  unit.learnerCitizens = readCount(log, get("learnerCitizens"), refusals);
  if (unit.learners !== null && unit.learnerCitizens !== null && unit.learnerCitizens > unit.learners) {
    log.at("warning", get("learnerCitizens")!.place, {
      code: "learnerCitizensExceedLearners",
      message: `Số người học đạt Công dân học tập (${unit.learnerCitizens}) lớn hơn số người học (${unit.learners}).`,
      fix: `Kiểm tra lại hai dòng “${get("learners")!.spec.label}” và “${get("learnerCitizens")!.spec.label}”.`,
    });
  }

  // Rows for the procedure (TT24 Điều 5/11 khoản 3) and TT25 cấp tỉnh 3.1: present only when written.
  if (get("provincialUniversity")) unit.provincialUniversity = readTerm("provincialUniversity", YES_NO, "error");
  if (get("level1Decision")) unit.level1Decision = cellText(get("level1Decision")?.value);
  if (get("level1RecognisedOn")) unit.level1RecognisedOn = readRecognitionDate(log, get("level1RecognisedOn")!);

  unit.publicSector = readPublicSector(log, layout, unit.type, get("publicSector"), readTerm("publicSector", PUBLIC_SECTOR, "error"), implied.publicSector);
  if (unit.type !== null && unit.publicSector === null && !refusals.fields.includes("publicSector")) {
    const text = {
      code: "missingUnitValue",
      message: `Chưa ghi “Công lập”; với loại đơn vị “${canonical(UNIT_TYPES, unit.type)}” dvht không suy ra được đơn vị có là cơ quan, đơn vị sự nghiệp công lập hay không (quyết định chỉ tiêu 1.3 và 3.3 có áp dụng hay không).${REFUSED}`,
      fix: `Ghi “Có” (cơ quan, đơn vị công lập) hoặc “Không” ở dòng “Công lập” của sheet “${layout.sheet}”.`,
    };
    const v = get("publicSector");
    if (v) log.at("error", v.place, text);
    else log.add({ severity: "error", sheet: layout.sheet, ...text });
    refusals.fields.push("publicSector");
  }
  return unit;
}

/** Appended to an error that stops the evaluation. */
const REFUSED = " dvht không đánh giá khi chưa hiểu thông tin này, để không đưa ra một mức đạt sai.";

type UnitValue = { value: RawCell; place: CellPlace; spec: UnitRowSpec };

/** Every wording accepted, for a message: the canonical names and a few of the unit names dvht reads. */
function acceptedTypes(): string {
  return (
    quoteList(UNIT_TYPES.map((t) => t.spellings[0]!)) +
    "; hoặc tên/loại đơn vị như “Trường Tiểu học Kim Đồng”, “Trường THCS”, “Trường THPT”, “Trường mầm non”, “Trung tâm GDTX”, “Trường trung cấp”, “Trường cao đẳng”, “UBND xã”, “Phòng Giáo dục và Đào tạo”, “Sở Y tế”, “Cơ quan hành chính nhà nước”, “Đơn vị sự nghiệp công lập”, “Công ty TNHH …”, “Hợp tác xã”, “Hội Liên hiệp Phụ nữ” (xem README, mục “Tệp nhập liệu”)"
  );
}

/**
 * `Loại đơn vị`: a canonical type name, or a unit's wording (TT24 Điều 2 khoản 1–4) read by
 * src/rules/vocabulary/unit-types.ts, with an info issue saying how it was read. Anything else, or a
 * wording that fits two types, stops the evaluation.
 */
function readUnitType(
  log: IssueLog,
  v: UnitValue,
  refusals: UnitRefusals,
): { type: UnitType; schoolLevel?: SchoolLevel; publicSector?: boolean } | null {
  const parsed = parseTerm(UNIT_TYPES, v.value);
  if (parsed.kind === "ok") return { type: parsed.value };
  const text = shown(v.value);
  const reading = readUnitTypeWording(text);
  if (reading?.kind === "ok") {
    const extra = [
      reading.schoolLevel ? `cấp học cao nhất ${SCHOOL_LEVEL_LABELS[reading.schoolLevel]}` : "",
      reading.publicSector === false ? "ngoài công lập" : reading.publicSector === true ? "công lập" : "",
    ].filter((x) => x !== "");
    log.at("info", v.place, {
      code: "unitTypeRead",
      message: `dvht hiểu “${text}” là loại đơn vị “${canonical(UNIT_TYPES, reading.type)}” (${UNIT_TYPE_LABELS[reading.type]}${extra.length ? ", " + extra.join(", ") : ""}; ${reading.cite}).`,
      fix: `Nếu không đúng, ghi một trong: ${quoteList(UNIT_TYPES.map((t) => t.spellings[0]!))}.`,
    });
    return reading;
  }
  refusals.fields.push("type");
  if (reading?.kind === "ambiguous") {
    log.at("error", v.place, {
      code: "ambiguousUnitType",
      message: `“${text}” có thể là ${reading.types.map((t) => `“${canonical(UNIT_TYPES, t)}”`).join(" hoặc ")} (${reading.cite}); các chỉ tiêu áp dụng khác nhau với từng loại.${REFUSED}`,
      fix: `Ghi một trong ${reading.types.map((t) => `“${canonical(UNIT_TYPES, t)}”`).join(", ")} theo chức năng chính của đơn vị được đánh giá.`,
    });
    return null;
  }
  log.at("error", v.place, {
    code: "unknownUnitValue",
    message: `Không hiểu “${text}” ở dòng “${v.spec.label}”.${REFUSED} Giá trị được chấp nhận: ${acceptedTypes()}.`,
    fix: `Ghi ${v.spec.hint}.`,
  });
  return null;
}

function readScale(
  log: IssueLog,
  v: { value: RawCell; place: CellPlace; spec: UnitRowSpec } | undefined,
  match: Matcher<ScaleHit>,
  scale: Scale,
  refusals: UnitRefusals,
): string | null {
  if (!v) return null;
  const text = cellText(v.value);
  if (text === null) return null;
  // “Tập thể lao động tiên tiến năm học 2024-2025”: the year the clerk adds is not part of the title.
  const hit = match(text) ?? match(text.replace(/\s*[(,–-]?\s*(năm học|năm)?\s*\d{4}(\s*[-–/]\s*\d{2,4})?\s*\)?\s*$/iu, ""));
  if (hit && !hit.value.notTitle) return hit.value.name;
  if (hit) {
    log.at("warning", v.place, {
      code: "notATitle",
      message: `“${text}” là một hình thức khen thưởng, không phải danh hiệu thi đua; dvht coi như đơn vị chưa có danh hiệu tập thể.`,
      fix: `Ghi danh hiệu thi đua của đơn vị trong năm đánh giá (${quoteList(scale.steps.map((s) => s.name))}); để trống nếu đơn vị không có danh hiệu.`,
    });
    return null;
  }
  if (matchTerm(YES_NO, text) === false) return null; // "Không", "Chưa đạt": none.
  log.at("error", v.place, {
    code: "unknownUnitValue",
    message: `Không hiểu “${text}” ở dòng “${v.spec.label}”.${REFUSED} Giá trị được chấp nhận (${scale.label}): ${quoteList(scale.steps.map((s) => s.name))}; “Không” nếu chưa có.`,
    fix: `Ghi ${v.spec.hint}.`,
  });
  refusals.fields.push(v.spec.field);
  return null;
}

/** Ngày công nhận mức độ 1: a date, or null with a warning when unreadable. */
function readRecognitionDate(log: IssueLog, v: { value: RawCell; place: CellPlace; spec: UnitRowSpec }): string | null {
  const parsed = parseIsoDate(v.value);
  if (parsed.kind === "ok") return parsed.value;
  if (parsed.kind === "invalid") {
    log.at("warning", v.place, {
      code: "invalidDate",
      message: `Không đọc được ngày từ “${shown(v.value)}” ở dòng “${v.spec.label}”; dvht coi như chưa ghi.`,
      fix: `Ghi ${v.spec.hint}.`,
    });
  }
  return null;
}

/** A QĐ 4725 group score, 0–100 (decimals allowed). */
function readScore(log: IssueLog, v: UnitValue | undefined, refusals: UnitRefusals): number | null {
  if (!v) return null;
  const parsed = parseNumber(v.value);
  if (parsed.kind === "ok" && parsed.value >= 0 && parsed.value <= 100) return parsed.value;
  if (parsed.kind !== "blank") {
    log.at("error", v.place, {
      code: "invalidScore",
      message: `“${shown(v.value)}” không phải điểm từ 0 đến 100 ở dòng “${v.spec.label}”.${REFUSED}`,
      fix: `Ghi ${v.spec.hint}.`,
    });
    refusals.fields.push(v.spec.field);
  }
  return null;
}

function readCount(log: IssueLog, v: UnitValue | undefined, refusals: UnitRefusals): number | null {
  if (!v) return null;
  const parsed = parseCount(v.value);
  if (parsed.kind === "ok") return parsed.value;
  if (parsed.kind === "invalid") {
    log.at("error", v.place, {
      code: "invalidNumber",
      message: `“${shown(v.value)}” không phải một số nguyên không âm ở dòng “${v.spec.label}”.${REFUSED}`,
      fix: `Ghi ${v.spec.hint} bằng một số, ví dụ 1250.`,
    });
    refusals.fields.push(v.spec.field);
  }
  return null;
}

function readPublicSector(
  log: IssueLog,
  layout: Layout,
  type: UnitType | null,
  v: { value: RawCell; place: CellPlace; spec: UnitRowSpec } | undefined,
  written: boolean | null,
  /** What the `Loại đơn vị` wording says (“tư thục”, “công lập”), when it says it. */
  impliedByWording: boolean | undefined,
): boolean | null {
  const typeName = type ? canonical(UNIT_TYPES, type) : "";
  const label = v?.spec.label ?? "Công lập";
  if (written !== null) {
    const expected = impliedByWording ?? (type ? PUBLIC_BY_TYPE[type] : undefined);
    if (expected !== undefined && expected !== written) {
      log.at("warning", v!.place, {
        code: "publicSectorConflict",
        message: `Loại đơn vị “${typeName}” ${expected ? "là" : "không phải"} đơn vị công lập nhưng dòng “${label}” ghi “${shown(v!.value)}”; dvht dùng giá trị đã ghi.`,
        fix: `Kiểm tra lại dòng “${label}” và dòng “Loại đơn vị”.`,
      });
    }
    return written;
  }
  if (type === null) return null;
  const place: CellPlace | null = v ? v.place : null;
  const at = (text: { message: string; fix: string }) => {
    const t = { code: "publicSectorDefault", ...text };
    if (place) log.at("info", place, t);
    else log.add({ severity: "info", sheet: layout.sheet, ...t });
  };
  const known = impliedByWording ?? PUBLIC_BY_TYPE[type];
  if (known !== undefined) {
    at({
      message: `Chưa ghi “${label}”; với loại đơn vị “${typeName}” dvht tính là ${known ? "công lập (Có)" : "không công lập (Không)"}.`,
      fix: `Nếu không đúng, ghi “${known ? "Không" : "Có"}” ở dòng “${label}” của sheet “${layout.sheet}”.`,
    });
    return known;
  }
  if (PUBLIC_ASSUMED.includes(type)) {
    at({
      message: `Chưa ghi “${label}”; dvht giả định “${typeName}” là cơ sở công lập (Có). Điều này quyết định chỉ tiêu 1.3 và 3.3 có áp dụng hay không.`,
      fix: `Nếu là cơ sở ngoài công lập (dân lập, tư thục), ghi “Không” ở dòng “${label}” của sheet “${layout.sheet}”; nếu công lập, ghi “Có” để bỏ thông báo này.`,
    });
    return true;
  }
  return null;
}
