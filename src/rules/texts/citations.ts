/**
 * The passages a rule's `cite` names. A citation may name several: “Điều 6 khoản 2 điểm a (theo Điều 12
 * khoản 2)” names the article that holds the words and the one that takes them over; each must hold the
 * wording. A passage of another regulation is named after it (“Điều 9 khoản 3 Thông tư 24/2023/TT-BGDĐT”);
 * documents named without an article (“theo Thông tư 11/2025/TT-BGDĐT”) are context and name no passage.
 */
import type { PassageRef } from "./regulation-text";

export interface CitedPassage {
  /** The regulation's short name, as in `Regulation.short`: "TT24/2023". */
  regulation: string;
  ref: PassageRef;
  /** The words of the citation that named it, for messages. */
  written: string;
}

const PASSAGE = /Điều (\d+)(?: khoản (\d+))?(?: điểm ([a-zđ]))?(?:\s+(Thông tư|Nghị định)(?: số)? (\d+)\/(\d{4})\/[A-ZĐ-]+)?/gu;

const SHORT_PREFIX: Record<string, string> = { "Thông tư": "TT", "Nghị định": "NĐ" };

/** Every passage the citation names; `regulation` is the rule set's own (“TT24/2023”). */
export function citedPassages(cite: string, regulation: string): CitedPassage[] {
  const out: CitedPassage[] = [];
  for (const m of cite.normalize("NFC").matchAll(PASSAGE)) {
    const ref: PassageRef = { article: Number(m[1]) };
    if (m[2] !== undefined) ref.clause = Number(m[2]);
    if (m[3] !== undefined) ref.point = m[3];
    const other = m[4] !== undefined ? `${SHORT_PREFIX[m[4]]}${m[5]}/${m[6]}` : undefined;
    out.push({ regulation: other ?? regulation, ref, written: m[0] });
  }
  return out;
}
