/**
 * Why a member does not count for a member share, in the clerk's words, and the row to look at. Whether a
 * member counts is decided once, by the predicates (src/engine/predicates.ts) in measures.ts; this file
 * only explains a decision already made, from the same facts and the rows they came from.
 */
import type { MemberPredicate } from "../rules/types";
import { type AssessmentInput, type Member } from "./input";
import { rowsByMember, type MemberRows } from "./member-facts";
import { scaleRank } from "./scale";
import { fold } from "./text";

/** A member (or member unit) that does not count, why, and where to look. */
export interface NotMeeting {
  /** Họ và tên as written in the roster (or the member unit's Tên). */
  name: string;
  /** Vietnamese, lower case first: “không có dòng Lao động tiên tiến năm 2025”. */
  reason: string;
  /** The sheet and 1-based row to look at: the row at fault, else the member's roster row. */
  sheet: string;
  row: number;
}

/** The roster column behind each yes/no predicate field, for messages. */
const ROSTER_FLAG_COLUMNS: Record<Extract<MemberPredicate, { kind: "rosterFlag" }>["field"], string> = {
  learningCitizen: "Công dân học tập",
};

function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLocaleLowerCase("vi") + text.slice(1) : text;
}

const NO_ROWS: MemberRows = { awards: [], certificates: [], trainings: [] };

/** Builds reasons for one evaluation, from the other sheets' rows grouped by member (member-facts.ts). */
export class ShortfallReasons {
  /** Per list of categories or groups of the rule data: the folded set and the “không có …” text, built once, not per member. */
  private readonly wanted = new Map<readonly string[], { folded: Set<string>; missing: string }>();
  private readonly yearText: string;

  constructor(
    private readonly input: AssessmentInput,
    private readonly rows: Map<string, MemberRows> = rowsByMember(input),
  ) {
    this.yearText = input.unit.year === null ? "năm đánh giá" : `năm ${input.unit.year}`;
  }

  private at(member: Member, reason: string): NotMeeting {
    return { name: member.name, reason, sheet: this.input.names.sheets.roster, row: member.row };
  }

  /** Why `member`, who the predicate did not count, does not meet it. */
  explain(member: Member, predicate: MemberPredicate): NotMeeting {
    switch (predicate.kind) {
      case "noDiscipline":
        return this.at(member, member.discipline ? `bị kỷ luật (${member.discipline})` : "bị kỷ luật");
      case "rosterFlag": {
        const column = ROSTER_FLAG_COLUMNS[predicate.field];
        const value = member[predicate.field];
        return this.at(member, value === null ? `chưa ghi cột “${column}”` : `chưa đạt ${column}`);
      }
      default:
        break;
    }
    // The remaining predicates read other sheets, joined by name or Mã: a name two members share joins nothing.
    if (this.input.ambiguousKeys.has(member.key)) {
      return this.at(member, "họ tên trùng với thành viên khác và không có Mã nên các dòng ở sheet khác không ghép được");
    }
    switch (predicate.kind) {
      case "titleAtLeast":
        return this.title(member, predicate.scale, predicate.min);
      case "hasCertificate":
        return this.certificate(member, predicate.categories);
      case "completedAllOfGroups":
        return this.training(member, predicate.groups);
      case "completedAnyOfGroup":
        return this.training(member, this.listOf(predicate.group));
    }
  }

  private wantedOf(list: readonly string[], missing: () => string): { folded: Set<string>; missing: string } {
    let wanted = this.wanted.get(list);
    if (wanted === undefined) this.wanted.set(list, (wanted = { folded: new Set(list.map(fold)), missing: missing() }));
    return wanted;
  }

  /** A one-group list, the same array each time for the same group (so wantedOf builds its entry once). */
  private readonly singleLists = new Map<string, string[]>();
  private listOf(group: string): string[] {
    let list = this.singleLists.get(group);
    if (list === undefined) this.singleLists.set(group, (list = [group]));
    return list;
  }

  private title(member: Member, scale: Extract<MemberPredicate, { kind: "titleAtLeast" }>["scale"], min: string): NotMeeting {
    const own = (this.rows.get(member.key) ?? NO_ROWS).awards;
    const year = this.input.unit.year;
    const thisYear = own.find((a) => a.year === year);
    if (thisYear) {
      const known = scaleRank(scale, thisYear.title) !== undefined;
      const reason = known
        ? `có “${thisYear.title}” ${this.yearText}, không phải danh hiệu ${min} trở lên`
        : `dòng “${thisYear.title}” ${this.yearText} không phải danh hiệu dvht nhận ra; không có dòng ${min} ${this.yearText}`;
      return { name: member.name, reason, sheet: this.input.names.sheets.awards, row: thisYear.row };
    }
    const missing = `không có dòng ${min} ${this.yearText}`;
    const other = own[0];
    if (other) {
      const written = other.year === null ? "không ghi năm" : `ghi năm ${other.year}`;
      return { name: member.name, reason: `${missing} (dòng “${other.title}” ${written})`, sheet: this.input.names.sheets.awards, row: other.row };
    }
    return this.at(member, missing);
  }

  private certificate(member: Member, categories: string[]): NotMeeting {
    const own = (this.rows.get(member.key) ?? NO_ROWS).certificates;
    const { folded: wanted, missing } = this.wantedOf(categories, () => `không có chứng chỉ ${categories.map(lowerFirst).join(" hoặc ")}`);
    const late = own.find((c) => wanted.has(fold(c.category)));
    if (late) {
      const when = late.issuedYear === null ? "" : ` cấp năm ${late.issuedYear}, sau ${this.yearText}`;
      return { name: member.name, reason: `${missing} trong ${this.yearText} (chứng chỉ “${late.name ?? late.category}”${when})`, sheet: this.input.names.sheets.certificates, row: late.row };
    }
    const other = own[0];
    if (other) return { name: member.name, reason: `${missing} (dòng ghi loại “${other.category}”)`, sheet: this.input.names.sheets.certificates, row: other.row };
    return this.at(member, missing);
  }

  private training(member: Member, groups: string[]): NotMeeting {
    const { folded: wanted, missing } = this.wantedOf(groups, () => `không có dòng bồi dưỡng nhóm ${groups.map((g) => `“${g}”`).join(" hoặc ")} ${this.yearText}`);
    const own = (this.rows.get(member.key) ?? NO_ROWS).trainings.filter((t) => wanted.has(fold(t.group)));
    const year = this.input.unit.year;
    const thisYear = own.filter((t) => t.year === year);
    const unfinished = thisYear.filter((t) => !t.completed);
    if (unfinished.length > 0) {
      const first = unfinished[0]!;
      const more = unfinished.length > 1 ? ` và ${unfinished.length - 1} chương trình khác` : "";
      return { name: member.name, reason: `chưa hoàn thành ${first.program}${more}`, sheet: this.input.names.sheets.training, row: first.row };
    }
    const other = own[0];
    if (other) {
      const written = other.year === null ? "không ghi năm" : `ghi năm ${other.year}`;
      return { name: member.name, reason: `${missing} (dòng “${other.program}” ${written})`, sheet: this.input.names.sheets.training, row: other.row };
    }
    return this.at(member, missing);
  }
}
