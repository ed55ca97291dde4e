/**
 * Workbooks shaped the way school and commune clerks keep them, built by code from a short spec: a title
 * block above the headers, blank rows inside the data, rows after the data (totals, signature block,
 * notes), the spellings clerks use. The data rows follow the spec's members in order, so a test can say
 * by hand which Excel row holds whom.
 */
import type { CellValue, SheetData, WorkbookData } from "../../src/workbook/workbook-data";
import { memberName } from "../helpers/workbook-builder";

export interface ClerkAward {
  /** The name as written on this sheet (default: the roster's). */
  name?: string;
  title: CellValue;
  year: CellValue;
}
export interface ClerkCertificate {
  name?: string;
  kind: CellValue;
  certificate: CellValue;
}
export interface ClerkTraining {
  name?: string;
  group: CellValue;
  result: CellValue;
  year: CellValue;
  program?: string;
}

export interface ClerkMember {
  name: string;
  position?: CellValue;
  counted?: CellValue;
  discipline?: CellValue;
  learningCitizen?: CellValue;
  awards?: ClerkAward[];
  certificates?: ClerkCertificate[];
  trainings?: ClerkTraining[];
}

export type TableSheet = "Thành viên" | "Khen thưởng" | "Chứng chỉ" | "Bồi dưỡng";

export interface ClerkSpec {
  members: ClerkMember[];
  /** `Đơn vị` rows replacing the defaults by label; a value of undefined removes the row. */
  unit?: Record<string, CellValue | undefined>;
  /** Rows above the header in every member sheet (a merged title: text in the first cell only). */
  titleBlock?: string[];
  /** A blank row after every n data rows of every member sheet. */
  blankEvery?: number;
  /** Rows written after the data of a sheet (totals, signatures, notes), as full rows. */
  after?: Partial<Record<TableSheet, CellValue[][]>>;
}

export const YEAR = 2025;

export const DEFAULT_UNIT: [string, CellValue][] = [
  ["Tên đơn vị", "Trường Tiểu học Kim Đồng"],
  ["Loại đơn vị", "Phổ thông"],
  ["Cấp công nhận", "huyện"],
  ["Năm đánh giá", YEAR],
  ["Quy định", "TT24/2023"],
  ["Công lập", "Có"],
  ["Cấp học cao nhất", "Tiểu học"],
  ["Danh hiệu tập thể", "Tập thể lao động tiên tiến"],
  ["Mức chuyển đổi số (QĐ 4725)", "Mức đáp ứng tốt"],
  ["Số người học", 600],
  ["Số người học đạt Công dân học tập", 600],
  // Held mức độ 1 for more than 12 months (TT24 Điều 5 khoản 3), so mức độ 2 may be asked for.
  ["Ngày công nhận mức độ 1", "15/01/2023"],
];

/** A member who meets every share chỉ tiêu (LĐTT, a foreign-language certificate, both trainings). */
export function fullMember(name: string, extra: Partial<ClerkMember> = {}): ClerkMember {
  return {
    name,
    position: "Giáo viên",
    learningCitizen: "Có",
    awards: [{ title: "Lao động tiên tiến", year: YEAR }],
    certificates: [{ kind: "Ngoại ngữ", certificate: "Tiếng Anh B1" }],
    trainings: [
      { group: "Bắt buộc", result: "Hoàn thành", year: YEAR, program: "Bồi dưỡng thường xuyên" },
      { group: "Chuyển đổi số", result: "Hoàn thành", year: YEAR, program: "Kỹ năng số" },
    ],
    ...extra,
  };
}

/** n full members with distinct names. */
export function fullMembers(n: number): ClerkMember[] {
  return Array.from({ length: n }, (_, i) => fullMember(memberName(i)));
}

function tableSheet(name: TableSheet, header: CellValue[], rows: CellValue[][], spec: ClerkSpec): SheetData {
  const out: CellValue[][] = (spec.titleBlock ?? []).map((t) => [t]);
  out.push(header);
  rows.forEach((row, i) => {
    out.push(row);
    if (spec.blankEvery && (i + 1) % spec.blankEvery === 0 && i + 1 < rows.length) out.push([]);
  });
  for (const row of spec.after?.[name] ?? []) out.push(row);
  return { name, rows: out };
}

export function clerkWorkbook(spec: ClerkSpec): WorkbookData {
  const unitRows: CellValue[][] = [["Thông tin", "Giá trị"]];
  for (const [label, value] of DEFAULT_UNIT) {
    const override = spec.unit && label in spec.unit ? spec.unit[label] : value;
    if (override !== undefined) unitRows.push([label, override]);
  }
  for (const [label, value] of Object.entries(spec.unit ?? {})) {
    if (!DEFAULT_UNIT.some(([l]) => l === label) && value !== undefined) unitRows.push([label, value]);
  }

  const roster: CellValue[][] = [];
  const awards: CellValue[][] = [];
  const certificates: CellValue[][] = [];
  const trainings: CellValue[][] = [];
  spec.members.forEach((m, i) => {
    roster.push([i + 1, m.name, m.position ?? null, m.counted ?? null, m.discipline ?? null, m.learningCitizen ?? null]);
    for (const a of m.awards ?? []) awards.push([a.name ?? m.name, a.title, a.year, null]);
    for (const c of m.certificates ?? []) certificates.push([c.name ?? m.name, c.kind, c.certificate, null]);
    for (const t of m.trainings ?? []) trainings.push([t.name ?? m.name, t.program ?? "Chương trình", t.group, t.result, t.year]);
  });

  const selfAssessment: SheetData = {
    name: "Tự đánh giá",
    rows: [["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng"], ...["1.1", "1.2", "1.3", "1.4", "1.5", "3.2"].map((id) => [id, "Đạt", `MC-${id}`])],
  };

  return {
    sheets: [
      { name: "Đơn vị", rows: unitRows },
      tableSheet("Thành viên", ["STT", "Họ và tên", "Chức vụ", "Tính vào đánh giá", "Kỷ luật", "Công dân học tập"], roster, spec),
      tableSheet("Khen thưởng", ["Họ và tên", "Danh hiệu", "Năm", "Số quyết định"], awards, spec),
      tableSheet("Chứng chỉ", ["Họ và tên", "Loại", "Tên chứng chỉ", "Ngày cấp"], certificates, spec),
      tableSheet("Bồi dưỡng", ["Họ và tên", "Chương trình", "Nhóm", "Kết quả", "Năm"], trainings, spec),
      selfAssessment,
    ],
  };
}
