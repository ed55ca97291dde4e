/**
 * The law, checked (as Catala keeps the article beside the code): every wording a rule set quotes must
 * be the regulation's own words in the passage its citation names, and every number in those words must
 * be the number the rule applies beside it.
 *
 * - A wording (a level's `text`, a variant's, a points item's, a xếp loại band's, a tiêu chí's title, the
 *   deciding authority) is a verbatim passage of every passage its `cite` names, after whitespace and
 *   Unicode (NFC) normalisation only. An omission inside a quotation is written “…”; each fragment must
 *   then be verbatim, in order, in the same passage. A khoản that takes over another (“Nội dung tiêu chí
 *   theo quy định tại khoản 1 Điều 6”) says what that khoản says.
 * - Every percentage in a wording equals the requirement's `threshold`, and a percentage threshold is in
 *   its wording; an ordinal `minimum` is named in its wording; a points item's “tối đa N điểm” is its
 *   `maxPoints`, a tiêu chí's is its `maxPoints`, a band's “từ N điểm” is its `min`.
 * - Every other `cite` in the rule set names a passage that exists.
 * - Every object of the rule set that carries a `cite` is visited: a new place for a citation fails until
 *   this check knows how to read it.
 *
 * A wording that deliberately departs from the text is listed in paraphrases.ts with its reason; the
 * caller exempts those from the verbatim finding only (their numbers are still checked).
 * Not imported by the engine or the add-in: the check belongs to the tests (test/rules/law-*.test.ts).
 */
import type { CriterionRule, GradeBand, LevelRequirement, RequirementVariant, RuleSet, ThresholdText } from "../types";
import { citedPassages } from "./citations";
import { normaliseWording, type RegulationText } from "./regulation-text";

export type FindingKind =
  /** The wording is not in the passage its citation names. */
  | "notVerbatim"
  /** The citation names a passage the text does not have, or no passage at all. */
  | "missingPassage"
  /** The citation names a regulation whose text is not in src/rules/texts. */
  | "unknownText"
  /** A percentage in the wording differs from the threshold, or the threshold is not in the wording. */
  | "percentage"
  /** The ordinal minimum is not named in the wording. */
  | "minimum"
  /** Points in the wording differ from the rule's points. */
  | "points"
  /** An object with a `cite` that this check does not read. */
  | "unchecked";

export interface WordingFinding {
  ruleSet: string;
  /** Where in the rule set: "chỉ tiêu 2.5, mức độ 1". */
  where: string;
  kind: FindingKind;
  message: string;
}

/** The regulation texts by short name ("TT24/2023"). */
export type RegulationTexts = ReadonlyMap<string, RegulationText>;

const PERCENT = /(\d+(?:[.,]\d+)?)\s?%/gu;

/** A percentage or a threshold as an exact fraction (“97,5%” is 975/1000). */
function fraction(text: string): [number, number] | undefined {
  const compact = text.replace(/\s+/gu, "");
  const percent = /^(\d+)(?:[.,](\d+))?%$/u.exec(compact);
  if (percent) {
    const decimals = percent[2] ?? "";
    return [Number(percent[1]! + decimals), 100 * 10 ** decimals.length];
  }
  const ratio = /^(\d+)\/(\d+)$/u.exec(compact);
  return ratio ? [Number(ratio[1]), Number(ratio[2])] : undefined;
}

const sameFraction = (a: [number, number], b: [number, number]): boolean => a[0] * b[1] === b[0] * a[1];

const fold = (text: string): string => normaliseWording(text).toLocaleLowerCase("vi");

/** The wording as a quotation of the passage: verbatim, or verbatim fragments around “…”, in order. */
export function quotes(passage: string, wording: string): boolean {
  const fragments = normaliseWording(wording)
    .split("…")
    .map((f) => f.trim())
    .filter((f) => f !== "");
  if (fragments.length === 0) return false;
  // Each paragraph on its own: a quotation does not run across paragraphs.
  return passage.split("\n").some((paragraph) => {
    let from = 0;
    for (const fragment of fragments) {
      const at = paragraph.indexOf(fragment, from);
      if (at < 0) return false;
      from = at + fragment.length;
    }
    return true;
  });
}

export function checkRuleSetWording(ruleSet: RuleSet, texts: RegulationTexts): WordingFinding[] {
  const findings: WordingFinding[] = [];
  const visited = new Set<object>();
  const own = ruleSet.regulation.short;
  const find = (where: string, kind: FindingKind, message: string): void => {
    findings.push({ ruleSet: ruleSet.id, where, kind, message });
  };

  /** Every passage the citation names, resolved; findings for those that cannot be. */
  const passages = (where: string, cite: string): string[] => {
    const cited = citedPassages(cite, own);
    if (cited.length === 0) find(where, "missingPassage", `trích dẫn “${cite}” không nêu Điều nào`);
    const out: string[] = [];
    for (const c of cited) {
      const text = texts.get(c.regulation);
      if (!text) {
        find(where, "unknownText", `không có văn bản ${c.regulation} trong src/rules/texts để đối chiếu “${c.written}”`);
        continue;
      }
      const passage = text.passage(c.ref);
      if (passage === undefined) find(where, "missingPassage", `${c.regulation} không có ${c.written}`);
      else out.push(passage);
    }
    return out;
  };

  const citeOnly = (where: string, record: { cite: string }): void => {
    visited.add(record);
    passages(where, record.cite);
  };

  const wording = (where: string, record: object, cite: string, words: string): void => {
    visited.add(record);
    for (const passage of passages(where, cite)) {
      if (!quotes(passage, words)) {
        find(where, "notVerbatim", `“${words}” không phải lời văn của ${cite}`);
        break;
      }
    }
  };

  const numbers = (where: string, record: LevelRequirement | RequirementVariant): void => {
    const written = [...normaliseWording(record.text).matchAll(PERCENT)].map((m) => `${m[1]}%`);
    const threshold = record.threshold ? fraction(record.threshold) : undefined;
    if (!threshold) {
      if (written.length > 0) find(where, "percentage", `lời văn nêu ${written.join(", ")} mà quy định không có ngưỡng`);
    } else {
      for (const w of written) {
        if (!sameFraction(fraction(w)!, threshold)) find(where, "percentage", `lời văn nêu ${w}, ngưỡng là ${record.threshold}`);
      }
      const stated = written.length > 0 || normaliseWording(record.text).includes(record.threshold as ThresholdText);
      if (!stated) find(where, "percentage", `ngưỡng ${record.threshold} không có trong lời văn`);
    }
    if (record.minimum !== undefined && !fold(record.text).includes(fold(record.minimum))) {
      find(where, "minimum", `mức tối thiểu “${record.minimum}” không có trong lời văn`);
    }
  };

  const requirement = (where: string, record: LevelRequirement | RequirementVariant): void => {
    wording(where, record, record.cite, record.text);
    numbers(where, record);
  };

  visited.add(ruleSet.authority);
  wording("thẩm quyền", ruleSet.authority, ruleSet.authority.cite, ruleSet.authority.text);
  if (ruleSet.evidence) citeOnly("minh chứng", ruleSet.evidence);
  for (const level of ruleSet.levels) citeOnly(`điều kiện công nhận mức độ ${level.level}`, level);
  for (const criterion of ruleSet.criteria) checkCriterion(criterion);
  if (ruleSet.scoring) {
    citeOnly("xếp loại", ruleSet.scoring);
    ruleSet.scoring.bands.forEach((band, i) => checkBand(band, ruleSet.scoring!.bands[i - 1], ruleSet.scoring!.maxTotal));
  }
  for (const indicator of ruleSet.indicators) {
    for (const part of indicator.parts) {
      for (const level of [1, 2] as const) {
        const req = part.levels[level];
        if (!req) continue;
        const where = `chỉ tiêu ${part.id}, mức độ ${level}`;
        requirement(where, req);
        req.variants?.forEach((variant, i) => requirement(`${where}, biến thể ${i + 1}`, variant));
      }
      if (part.item) {
        const where = `chỉ tiêu ${part.id} (mục chấm điểm)`;
        wording(where, part.item, part.item.cite, part.item.text);
        const max = /tối đa (\d+) điểm/u.exec(normaliseWording(part.item.text));
        const rulePoints = part.measure.kind === "points" ? part.measure.maxPoints : undefined;
        if (!max || Number(max[1]) !== rulePoints) {
          find(where, "points", `lời văn nêu “${max?.[0] ?? "không có điểm tối đa"}”, quy định cho tối đa ${rulePoints ?? "?"} điểm`);
        }
      }
    }
  }

  function checkCriterion(criterion: CriterionRule): void {
    const where = `tiêu chí ${criterion.id}`;
    wording(where, criterion, criterion.cite, criterion.title);
    if (criterion.maxPoints === undefined) return;
    const heading = passages(where, criterion.cite)[0]?.split("\n")[0] ?? "";
    const max = /tối đa (\d+) điểm/u.exec(heading);
    if (!max || Number(max[1]) !== criterion.maxPoints) {
      find(where, "points", `văn bản nêu “${max?.[0] ?? "không có điểm tối đa"}”, quy định cho tối đa ${criterion.maxPoints} điểm`);
    }
  }

  function checkBand(band: GradeBand, above: GradeBand | undefined, maxTotal: number): void {
    const where = `xếp loại ${band.grade}`;
    wording(where, band, band.cite, band.text);
    const text = normaliseWording(band.text);
    const from = /từ (\d+) điểm/u.exec(text);
    if (band.min > 0 && (!from || Number(from[1]) !== band.min)) {
      find(where, "points", `lời văn nêu “${from?.[0] ?? "không có điểm sàn"}”, quy định lấy từ ${band.min} điểm`);
    }
    const below = /dưới (\d+) điểm/u.exec(text);
    if (below && Number(below[1]) !== above?.min) find(where, "points", `lời văn nêu “${below[0]}”, loại trên bắt đầu từ ${above?.min ?? "?"} điểm`);
    const upTo = /đến (\d+) điểm/u.exec(text);
    if (upTo && Number(upTo[1]) !== maxTotal) find(where, "points", `lời văn nêu “${upTo[0]}”, tổng điểm tối đa là ${maxTotal}`);
  }

  // Every object with a citation must have been read above.
  const sweep = (value: unknown, path: string): void => {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => sweep(v, `${path}[${i}]`));
      return;
    }
    if (typeof (value as { cite?: unknown }).cite === "string" && !visited.has(value)) {
      find(path, "unchecked", `trích dẫn “${(value as { cite: string }).cite}” ở ${path} không được kiểm tra`);
    }
    for (const [key, v] of Object.entries(value)) sweep(v, path === "" ? key : `${path}.${key}`);
  };
  sweep(ruleSet, "");

  return findings;
}
