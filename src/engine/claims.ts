/**
 * What a Tổ đánh giá writes as its judgement of a committee-rated indicator. The regulation knows two
 * outcomes, đạt or không đạt (TT24 Điều 9 khoản 2); "Đạt mức độ 1/2" is read as đạt.
 */
import { fold, foldLoose } from "./text";

export type Claim = "met" | "notMet" | "notApplicable";

const MET = ["đạt", "đạt mức độ 1", "đạt mức độ 2", "đạt mức 1", "đạt mức 2", "có", "x"];
const NOT_MET = ["không đạt", "chưa đạt", "không"];
const NOT_APPLICABLE = ["không áp dụng", "không đánh giá", "ko áp dụng"];

function inList(list: string[], text: string): boolean {
  const f = fold(text);
  const l = foldLoose(text);
  return list.some((w) => fold(w) === f || foldLoose(w) === l);
}

/** The claim a cell states, or undefined when the text is not one dvht understands. */
export function readClaim(text: string | null): Claim | undefined {
  if (text === null || text.trim() === "") return undefined;
  if (inList(NOT_APPLICABLE, text)) return "notApplicable";
  if (inList(NOT_MET, text)) return "notMet";
  if (inList(MET, text)) return "met";
  return undefined;
}


/**
 * A level's words in a comparable form: no diacritics or punctuation, “Đạt” dropped in front, “mức độ” as
 * “mức” — so “Đạt mức độ 2”, “Mức độ 2.” and “dat muc 2” are the same claim.
 */
function canonical(text: string): string {
  return foldLoose(text)
    .replace(/[.:;,!]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^dat\s+/, "")
    .replace(/muc do/g, "muc");
}

/**
 * The outcome a claim names, matched against the rule set's own labels ("Đạt mức độ 2" → 2,
 * "Không đạt" → 0, "Không áp dụng" → null); "met" for a bare "Đạt" that names no level; undefined when
 * the text is blank or not understood.
 */
export function claimedOutcome(text: string | null, levels: { level: number; label: string }[]): number | null | "met" | undefined {
  if (text === null || text.trim() === "") return undefined;
  const c = canonical(text);
  const named = levels.find((l) => canonical(l.label) === c);
  if (named) return named.level;
  const claim = readClaim(text);
  if (claim === "notMet") return 0;
  if (claim === "notApplicable") return null;
  return claim;
}
