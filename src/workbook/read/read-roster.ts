/**
 * The `Thành viên` sheet → members, and the index other sheets join against. A member's key is the
 * folded `Mã` when the roster has that column and the cell is filled, else the folded name. Two members
 * that cannot be told apart (same name, no Mã; or the same Mã) are both kept, reported as errors, and
 * their key goes to `ambiguousKeys`.
 */
import type { Member } from "../../engine/input";
import { fold, foldLoose } from "../../engine/text";
import { readDiscipline, DISCIPLINE_FORMS } from "../../rules/vocabulary/discipline";
import { nameKey } from "../../rules/vocabulary/normalise";
import { MEMBER_DEFINITION_CITE, supportPosition } from "../../rules/vocabulary/positions";
import { cellText } from "./cells";
import { quoteList } from "./issue-log";
import { ROSTER_SHEET } from "../schema";
import type { CellValue, SheetData } from "../workbook-data";
import { locateHeader, type LocatedColumn, type LocatedTable } from "./header";
import { IssueLog } from "./issue-log";
import { walkRows } from "./table";
import { readYesNo } from "./values";

export interface Roster {
  table: LocatedTable;
  members: Member[];
  ambiguousKeys: Set<string>;
  /** The roster has a `Mã` column. */
  hasCodeColumn: boolean;
  /** Folded code → the first member with it. */
  byCode: Map<string, Member>;
  /** Folded name → members with it, in row order. */
  byName: Map<string, Member[]>;
  /**
   * Name without diacritics → members, for "did you mean" hints: built on the first row that names
   * nobody (see looselyNamed), null until then.
   */
  byLooseName: Map<string, Member[]> | null;
  /**
   * Each name as the roster writes it → byName's list for its key, so that a joined row writing a name
   * the same way (nearly every row) finds its members in one lookup, without folding the name.
   */
  byWrittenName: Map<string, Member[]>;
  /** Each Mã as the roster writes it → byCode's member for its key, for the same reason. */
  byWrittenCode: Map<string, Member>;
}

/** The members whose name, without diacritics, is the given name's: for "did you mean" hints. */
export function looselyNamed(roster: Roster, name: string): Member[] | undefined {
  if (roster.byLooseName === null) {
    roster.byLooseName = new Map();
    for (const member of roster.members) push(roster.byLooseName, foldLoose(member.name), member);
  }
  return roster.byLooseName.get(foldLoose(name));
}

/** The join form of a code: folded; a code of digits only loses its leading zeros ("007" = 7). */
export function codeKey(code: string): string {
  const f = fold(code);
  return /^\d+$/.test(f) ? f.replace(/^0+(?=\d)/, "") : f;
}

/** Kỷ luật cells that mean "none" (src/rules/vocabulary/discipline.ts). */
export function meansNoDiscipline(text: string): boolean {
  return readDiscipline(text) === "none";
}

/**
 * A row's content for spotting a member pasted twice: every located cell but STT (in the order of the
 * fields' names), normalised. A cell with a formula error reads as blank, as TableRow.value reads it.
 */
function rowSignature(columns: LocatedColumn[], raw: readonly CellValue[] | undefined): string {
  let signature = "";
  for (let i = 0; i < columns.length; i++) {
    const t = cellText(raw?.[columns[i]!.index]);
    if (i > 0) signature += "\u0001";
    if (t !== null) signature += nameKey(t);
  }
  return signature;
}

export function readRoster(sheet: SheetData, log: IssueLog): Roster | null {
  const table = locateHeader(sheet, ROSTER_SHEET.columns, log);
  if (!table) return null;
  const roster: Roster = {
    table,
    members: [],
    ambiguousKeys: new Set(),
    hasCodeColumn: table.columns.has("code"),
    byCode: new Map(),
    byName: new Map(),
    byLooseName: null,
    byWrittenName: new Map(),
    byWrittenCode: new Map(),
  };
  /** First member of each key, to report duplicates. */
  const byKey = new Map<string, Member>();
  /** The located fields but STT, sorted: the cells of a row's signature. */
  const signatureColumns = [...table.columns.values()].filter((c) => c.field !== "index").sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  /**
   * The signatures of the members read so far, computed only when needed: a row can be another's twin
   * only if their names fold to the same key, so a row with a new name (nearly every row) needs none.
   */
  const signatures = new Map<Member, string>();
  const signatureOf = (member: Member): string => {
    let signature = signatures.get(member);
    if (signature === undefined) signatures.set(member, (signature = rowSignature(signatureColumns, sheet.rows[member.row - 1])));
    return signature;
  };

  walkRows(
    sheet,
    table,
    log,
    (row) => {
      const name = row.text("name");
      if (name === null) {
        log.at("warning", row.place("name"), {
          code: "missingName",
          message: "Dòng có dữ liệu nhưng chưa ghi họ tên; dvht bỏ qua dòng này (không tính là thành viên).",
          fix: `Ghi họ tên vào cột “${row.column("name")!.header}”, hoặc xoá dòng nếu không phải một thành viên.`,
        });
        return;
      }
      const code = row.text("code");
      // Names join after invisible characters, lookalikes and tone placement are folded (“Hoà” = “Hòa”).
      const nameFolded = nameKey(name);
      const sameName = roster.byName.get(nameFolded);
      // The same row pasted twice (spaces, case, Unicode form aside): one member, with a warning. Its twin
      // is the first member read whose row has the same content; such a member has the same name key.
      const signature = sameName === undefined ? "" : rowSignature(signatureColumns, sheet.rows[row.rowIndex]);
      const twin = sameName?.find((m) => signatureOf(m) === signature);
      if (twin) {
        log.at("warning", row.place("name"), {
          code: "duplicateRowMerged",
          message: `Dòng ${row.excelRow} giống hệt dòng ${twin.row} (“${twin.name}”); dvht tính là một người (dòng ${twin.row}) và bỏ qua dòng ${row.excelRow}.`,
          fix: `Xoá dòng ${row.excelRow} nếu một người bị ghi hai lần; nếu là hai người trùng tên, ghi Mã khác nhau cho hai dòng.`,
        });
        return;
      }
      const key = code !== null ? codeKey(code) : nameFolded;

      // Tính vào đánh giá: blank or yes → counted.
      let counted = true;
      if (row.has("counted")) {
        const c = readYesNo(log, row.place("counted"), row.value("counted"), "dvht vẫn tính thành viên này vào đánh giá.");
        if (c === false) counted = false;
      }

      const disciplineText = row.text("discipline");
      const disciplineReading = disciplineText === null ? "none" : readDiscipline(disciplineText);
      const discipline = disciplineReading === "none" ? null : disciplineText;
      if (disciplineReading === "mark" || disciplineReading === "unknown") {
        log.at("warning", row.place("discipline"), {
          code: disciplineReading === "mark" ? "disciplineMark" : "unknownDiscipline",
          message:
            disciplineReading === "mark"
              ? `Cột “${row.column("discipline")!.header}” ghi “${disciplineText}”: dvht hiểu là thành viên này có bị kỷ luật (chỉ tiêu 2.1 tính là chưa đạt) nhưng không rõ hình thức.`
              : `Không hiểu “${disciplineText}” ở cột “${row.column("discipline")!.header}”; dvht tính là có bị kỷ luật (chỉ tiêu 2.1 chưa đạt) để không nâng tỷ lệ. Cách ghi được hiểu: để trống, “Không”, “Không bị”, “N/A” (không bị kỷ luật) hoặc hình thức kỷ luật (${quoteList(DISCIPLINE_FORMS)}).`,
          fix: "Để trống hoặc ghi “Không” nếu không bị kỷ luật; nếu có, ghi hình thức kỷ luật.",
        });
      }

      let learningCitizen: boolean | null = null;
      const lc = readYesNo(
        log,
        row.place("learningCitizen"),
        row.value("learningCitizen"),
        "dvht coi như chưa ghi: thành viên này được tính là chưa đạt “Công dân học tập”.",
      );
      if (lc === "blank") {
        if (counted && !row.place("learningCitizen").hadError) {
          log.at("warning", row.place("learningCitizen"), {
            code: "missingYesNo",
            message: `Chưa ghi thành viên này có đạt “Công dân học tập” hay không; dvht tính là chưa đạt.`,
            fix: `Ghi “Có” hoặc “Không” vào cột “${row.column("learningCitizen")!.header}”.`,
          });
        }
      } else if (lc !== "unknown") {
        learningCitizen = lc;
      }

      const position = row.text("position");
      const support = position === null ? undefined : supportPosition(position);
      if (support !== undefined && counted && row.text("counted") === null) {
        log.at("info", row.place("position"), {
          code: "supportPosition",
          message: `“${name}” có chức vụ “${position}”. Theo ${MEMBER_DEFINITION_CITE}, Thành viên trong đơn vị là cán bộ, công chức, viên chức và người lao động có trình độ chuyên môn kỹ thuật; đơn vị quyết định người này có thuộc diện đánh giá không. dvht đang tính người này vào đánh giá.`,
          fix: `Ghi “Không” ở cột “${row.column("counted")?.header ?? "Tính vào đánh giá"}” nếu người này không thuộc diện đánh giá, hoặc “Có” để giữ và bỏ thông báo này.`,
        });
      }

      const member: Member = {
        key,
        row: row.excelRow,
        name,
        position,
        counted,
        discipline,
        learningCitizen,
      };

      // Duplicates: the same code, or the same name where at least one of the two has no code.
      const sameKey = byKey.get(key);
      if (sameKey) {
        roster.ambiguousKeys.add(key);
        if (code !== null) {
          log.at("error", row.place("code"), {
            code: "duplicateMemberCode",
            message: `Mã “${code}” trùng với dòng ${sameKey.row} (“${sameKey.name}”); dvht không biết khen thưởng, chứng chỉ, bồi dưỡng ghi Mã này là của ai nên không tính cho ai.`,
            fix: "Sửa Mã cho đúng (mỗi người một Mã riêng), hoặc xoá dòng trùng nếu một người bị ghi hai lần.",
          });
        } else {
          log.at("error", row.place("name"), {
            code: "duplicateMember",
            message: `Họ tên “${name}” trùng với dòng ${sameKey.row}; không có Mã nên dvht không phân biệt được hai người này: khen thưởng, chứng chỉ, bồi dưỡng ghi tên này không được tính cho ai. Cả hai dòng vẫn được tính là thành viên.`,
            fix: roster.hasCodeColumn
              ? `Ghi Mã cho cả dòng ${sameKey.row} và dòng ${row.excelRow} để phân biệt, hoặc xoá dòng trùng nếu một người bị ghi hai lần.`
              : "Thêm cột “Mã” để phân biệt (ghi Mã ở cả sheet này và các sheet Khen thưởng, Chứng chỉ, Bồi dưỡng), hoặc xoá dòng trùng nếu một người bị ghi hai lần.",
          });
        }
      } else {
        byKey.set(key, member);
        // A coded and an uncoded member with the same name: rows joined by that name are ambiguous.
        if (sameName && (code === null || sameName.some((m) => m.key === nameKey(m.name))) && !roster.ambiguousKeys.has(nameFolded)) {
          const other = sameName[0]!;
          roster.ambiguousKeys.add(nameFolded);
          log.at("error", row.place("name"), {
            code: "duplicateMember",
            message: `Họ tên “${name}” trùng với dòng ${other.row} và một trong hai dòng chưa có Mã; dvht không biết khen thưởng, chứng chỉ, bồi dưỡng ghi tên này mà không ghi Mã là của ai.`,
            fix: `Ghi Mã cho cả dòng ${other.row} và dòng ${row.excelRow}, hoặc xoá dòng trùng nếu một người bị ghi hai lần.`,
          });
        }
      }
      if (sameName !== undefined) signatures.set(member, signature);
      if (code !== null) {
        let first = roster.byCode.get(key);
        if (first === undefined) roster.byCode.set(key, (first = member));
        roster.byWrittenCode.set(code, first);
      }
      // The list of this name key: the one looked up above when there was one (no second lookup).
      let named = sameName;
      if (named === undefined) roster.byName.set(nameFolded, (named = [member]));
      else named.push(member);
      roster.byWrittenName.set(name, named);
      roster.members.push(member);
    },
    { ignoreForBlank: ["index"] },
  );

  return roster;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
