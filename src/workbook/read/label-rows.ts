/**
 * The label | value layout shared by `Đơn vị` and `Cộng đồng`: one fact per row, its label in the key
 * column. This decides which fact a row holds: a label dvht does not use is skipped with a note, and a
 * label already seen is skipped with a warning (the first row wins), on both sheets alike.
 */
import { IssueLog, quoteList, type CellPlace } from "./issue-log";
import { buildMatcher, matcherFor, type Matcher } from "./match";

export interface LabelRowSpec {
  field: string;
  label: string;
  aliases: string[];
}

/** Labels and their aliases, matched loosely (case, diacritics, numbering and trailing colons aside). */
export function labelMatcher<S extends LabelRowSpec>(specs: readonly S[]): Matcher<S> {
  return matcherFor(specs, labelMatcher, () => buildMatcher(specs.map((r) => ({ value: r, names: [r.label, ...r.aliases] })), { stripDecorations: true }));
}

export interface LabelRowCodes {
  /** Issue code of a label dvht does not use (an info). */
  unknown: string;
  /** How to fix it, given the accepted labels quoted. */
  unknownFix: (labels: string) => string;
  /** Issue code of a second row with the same label (a warning). */
  duplicate: string;
}

export class LabelRows<S extends LabelRowSpec> {
  private readonly match: Matcher<S>;
  /** Field → 0-based row of its first row. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly specs: readonly S[],
    private readonly log: IssueLog,
    private readonly codes: LabelRowCodes,
  ) {
    this.match = labelMatcher(specs);
  }

  /** The spec a row's label names, or null (with an issue at `labelPlace`) when the row is to be skipped. */
  spec(label: string, labelPlace: CellPlace): S | null {
    const hit = this.match(label);
    if (!hit) {
      this.log.at("info", labelPlace, {
        code: this.codes.unknown,
        message: `dvht không dùng thông tin “${label}”; dòng này được bỏ qua.`,
        fix: this.codes.unknownFix(quoteList(this.specs.map((x) => x.label))),
      });
      return null;
    }
    const earlier = this.seen.get(hit.value.field);
    if (earlier !== undefined) {
      this.log.at("warning", labelPlace, {
        code: this.codes.duplicate,
        message: `“${label}” đã có ở dòng ${earlier + 1}; dvht dùng dòng ${earlier + 1} và bỏ qua dòng này.`,
        fix: "Xoá dòng thừa.",
      });
      return null;
    }
    this.seen.set(hit.value.field, labelPlace.rowIndex);
    return hit.value;
  }
}
