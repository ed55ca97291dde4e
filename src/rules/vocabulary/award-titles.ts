/**
 * Individual award titles (danh hiệu thi đua cá nhân) as clerks write them in `Khen thưởng`: with or
 * without diacritics, “sĩ” or “sỹ”, abbreviated (LĐTT, LDTT, CSTĐ, CSTĐCS), with a “Danh hiệu” prefix and
 * a year or school year inside (“Lao động tiên tiến năm học 2024-2025”). The steps and their aliases are
 * the scale's (src/rules/scales.ts); this file adds the ways of writing them and reads the year out.
 * Giấy khen and Bằng khen are forms of commendation, recognised as not titles.
 */
import { rememberedPerText } from "./remember";
import { SCALES } from "../scales";
import { looseWords } from "./normalise";

/** Abbreviations and variants, in loose words, expanded before matching. Longest first. */
const EXPANSIONS: [RegExp, string][] = [
  [/\bcstdcs\b/g, "chien si thi dua co so"],
  [/\bcstd\b/g, "chien si thi dua"],
  [/\bldtt\b/g, "lao dong tien tien"],
  [/\bsy\b/g, "si"],
  [/\bcap co so\b/g, "co so"],
  [/\bchien si thi dua cs\b/g, "chien si thi dua co so"],
  [/\btq\b/g, "toan quoc"],
];

/** Words around the title that carry no meaning for the scale. */
const PREFIX = /^(danh hieu( thi dua)?|dat danh hieu|dat)\s+/;

/** A year or a school year inside the title: “năm 2025”, “năm học 2024-2025”, “2024 - 2025”, “(2025)”. */
const YEAR_IN_TITLE = /\s*\b(?:nam hoc|nam)?\s*(\d{4})(?:\s+(\d{4}|\d{2}))?\s*$/;

export type TitleReading =
  | { kind: "title"; name: string; year?: number; schoolYear?: boolean }
  | { kind: "notTitle"; name: string }
  | { kind: "unknown" };

function canonicalWords(text: string): string {
  let t = looseWords(text);
  for (const [re, to] of EXPANSIONS) t = t.replace(re, to);
  return t.replace(PREFIX, "").trim();
}

const STEPS = new Map<string, string>();
for (const step of SCALES.individualTitle.steps) {
  for (const name of [step.name, ...step.aliases]) STEPS.set(canonicalWords(name), step.name);
}
// Ways of writing the higher steps that the scale's aliases do not list.
STEPS.set(canonicalWords("Chiến sĩ thi đua cấp bộ ngành tỉnh"), "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh");
STEPS.set(canonicalWords("Chiến sĩ thi đua cấp ngành"), "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh");
STEPS.set(canonicalWords("Chiến sĩ thi đua cấp toàn quốc"), "Chiến sĩ thi đua toàn quốc");
// A bare “CSTĐ” / “Chiến sĩ thi đua” names no level: read as the lowest CSTĐ (cơ sở). Every indicator
// asks “Lao động tiên tiến trở lên”, which any CSTĐ meets, so this never raises a figure above the file.
STEPS.set(canonicalWords("Chiến sĩ thi đua"), "Chiến sĩ thi đua cơ sở");
const NOT_TITLES = (SCALES.individualTitle.notTitles ?? []).map((s) => ({ name: s.name, words: canonicalWords(s.name) }));

/**
 * What a `Danh hiệu` cell says: a step of the scale (with the year written inside, if any), a non-title,
 * or nothing known. Remembered per text (a sheet repeats a few titles): callers must not change the reading.
 */
export const readAwardTitle = rememberedPerText(readAwardTitleOnce);

function readAwardTitleOnce(text: string): TitleReading {
  const words = canonicalWords(text);
  const notTitle = NOT_TITLES.find((n) => words === n.words || words.startsWith(n.words + " "));
  if (notTitle) return { kind: "notTitle", name: notTitle.name };
  const direct = STEPS.get(words);
  if (direct) return { kind: "title", name: direct };
  const m = YEAR_IN_TITLE.exec(words);
  if (!m) return { kind: "unknown" };
  const rest = words.slice(0, m.index).trim();
  const name = STEPS.get(rest);
  if (!name) return { kind: "unknown" };
  const first = Number(m[1]);
  if (m[2] === undefined) return { kind: "title", name, year: first };
  let second = Number(m[2]);
  if (m[2].length === 2) second += first - (first % 100);
  if (second !== first + 1) return { kind: "unknown" };
  return { kind: "title", name, year: second, schoolYear: true };
}

/** The names dvht accepts, for messages. */
export const ACCEPTED_TITLES = [
  ...SCALES.individualTitle.steps.map((s) => s.name),
  "LĐTT",
  "CSTĐ cơ sở",
  "CSTĐCS",
];
