/**
 * The runtime check of rule data (zod 4, strict objects): an unknown key, a missing citation, a threshold
 * outside [0, 1], an assumption id not in assumptions.ts, a minimum not on its scale, an indicator whose
 * tiêu chí does not exist — each fails. jest runs it over every rule set (test/rules/schema.test.ts).
 * Not imported by the engine or the add-in: the check belongs to the build's tests.
 */
import { z } from "zod";
import { ASSUMPTIONS } from "./assumptions";
import { SCALES } from "./scales";
import { UNIT_TYPES, type RuleSet, type ScaleId } from "./types";

const ISO_DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải ở dạng YYYY-MM-DD");
/** “Điều 6 khoản 2 điểm a”, possibly followed by more words (“(theo Điều 12 khoản 2)”). */
const CITE = z.string().regex(/^Điều \d+( khoản \d+)?( điểm [a-zđ])?(\b.*)?$/u, "trích dẫn phải bắt đầu bằng “Điều N”");
const BASIS = z.enum(["text", "secondary", "assumption"]);
const ASSUMPTION_ID = z.string().refine((id) => id in ASSUMPTIONS, { message: "giả định không có trong assumptions.ts" });
const NON_EMPTY = z.string().trim().min(1);

/** "90%", "97,5%", "19/20" — and between 0 and 1. */
const THRESHOLD = z
  .string()
  .regex(/^(\d+([.,]\d+)?%|\d+\/\d+)$/, "ngưỡng phải viết dạng 90% hoặc 19/20")
  .refine((t) => {
    const percent = /^(\d+(?:[.,]\d+)?)%$/.exec(t);
    const value = percent ? Number(percent[1]!.replace(",", ".")) / 100 : Number(t.split("/")[0]) / Number(t.split("/")[1]);
    return Number.isFinite(value) && value >= 0 && value <= 1;
  }, "ngưỡng phải nằm trong [0, 1]");

const UNIT_TYPE = z.enum(UNIT_TYPES);
const CONDITION = z.strictObject({
  unitTypes: z.array(UNIT_TYPE).min(1).optional(),
  schoolLevels: z.array(z.enum(["mamNon", "tieuHoc", "thcs", "thpt"])).min(1).optional(),
  publicSector: z.boolean().optional(),
  disadvantagedArea: z.boolean().optional(),
  provincialUniversity: z.boolean().optional(),
  evaluatedOnOrAfter: ISO_DATE.optional(),
});
const APPLICABILITY = z.union([z.literal("all"), z.array(CONDITION).min(1)]);
const SCALE_ID = z.enum(Object.keys(SCALES) as [ScaleId, ...ScaleId[]]);

const PREDICATE = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("noDiscipline") }),
  z.strictObject({ kind: z.literal("completedAllOfGroups"), groups: z.array(NON_EMPTY).min(1) }),
  z.strictObject({ kind: z.literal("completedAnyOfGroup"), group: NON_EMPTY }),
  z.strictObject({ kind: z.literal("hasCertificate"), categories: z.array(NON_EMPTY).min(1) }),
  z.strictObject({ kind: z.literal("titleAtLeast"), scale: SCALE_ID, min: NON_EMPTY }),
  z.strictObject({ kind: z.literal("rosterFlag"), field: z.literal("learningCitizen") }),
]);
const ORDINAL = z.enum(["collectiveTitle", "digitalTransformation", "digitalTransformation4740", "pcgdPrimary", "pcgdLowerSecondary", "literacy"]);
const UNIT_ORDINAL = z.strictObject({ kind: z.literal("unitOrdinal"), attribute: ORDINAL, scale: SCALE_ID, describe: NON_EMPTY });
const MEMBER_SHARE = z.strictObject({ kind: z.literal("memberShare"), predicate: PREDICATE, describe: NON_EMPTY });
const MEASURE = z.discriminatedUnion("kind", [
  MEMBER_SHARE,
  z.strictObject({ kind: z.literal("learnerShare"), describe: NON_EMPTY }),
  UNIT_ORDINAL,
  z.strictObject({ kind: z.literal("unitFlag"), attribute: z.enum(["vetAccredited", "pcgdPreschool"]), describe: NON_EMPTY }),
  z.strictObject({ kind: z.literal("committee"), describe: NON_EMPTY }),
  z.strictObject({ kind: z.literal("communityShare"), count: z.enum(["learningCitizens", "trainedCitizens", "universityCitizens"]), describe: NON_EMPTY }),
  z.strictObject({ kind: z.literal("memberUnitsShare"), describe: NON_EMPTY }),
  z.strictObject({
    kind: z.literal("points"),
    maxPoints: z.number().positive(),
    describe: NON_EMPTY,
    evidence: z.discriminatedUnion("kind", [MEMBER_SHARE, UNIT_ORDINAL]).optional(),
  }),
]);

const VARIANT = z.strictObject({
  when: CONDITION,
  text: NON_EMPTY,
  threshold: THRESHOLD.optional(),
  minimum: NON_EMPTY.optional(),
  cite: CITE,
  basis: BASIS,
  assumptions: z.array(ASSUMPTION_ID).optional(),
});
const REQUIREMENT = z.strictObject({
  text: NON_EMPTY,
  threshold: THRESHOLD.optional(),
  minimum: NON_EMPTY.optional(),
  cite: CITE,
  basis: BASIS,
  assumptions: z.array(ASSUMPTION_ID).optional(),
  appliesTo: APPLICABILITY.optional(),
  variants: z.array(VARIANT).min(1).optional(),
});
const PART = z.strictObject({
  id: NON_EMPTY,
  label: NON_EMPTY,
  measure: MEASURE,
  appliesTo: APPLICABILITY,
  levels: z.strictObject({ 1: REQUIREMENT.optional(), 2: REQUIREMENT.optional() }),
  item: z.strictObject({ text: NON_EMPTY, cite: CITE, basis: BASIS, assumptions: z.array(ASSUMPTION_ID).optional() }).optional(),
});
const INDICATOR = z.strictObject({
  id: z.string().regex(/^\d+(\.\d+|[a-z])$/, "mã chỉ tiêu dạng 2.5 hoặc 2a"),
  criterion: z.string().regex(/^\d+$/),
  title: NON_EMPTY,
  parts: z.array(PART).min(1),
});
const REGULATION = z.strictObject({
  name: NON_EMPTY,
  short: NON_EMPTY,
  signed: ISO_DATE,
  effective: ISO_DATE,
  repealed: ISO_DATE.optional(),
});

export const RULE_SET_SCHEMA = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+(\/[a-z]+)?$/),
    title: NON_EMPTY,
    kind: z.enum(["donViHocTap", "congDongHocTap"]),
    input: z.enum(["members", "community"]).optional(),
    regulation: REGULATION,
    amendedBy: z.array(z.strictObject({ name: NON_EMPTY, effective: ISO_DATE, note: NON_EMPTY, basis: BASIS })).optional(),
    authority: z.strictObject({ text: NON_EMPTY, cite: z.string().regex(/^Điều \d+/u), basis: BASIS }),
    evidence: z.strictObject({ cite: CITE, basis: BASIS, assumptions: z.array(ASSUMPTION_ID).optional(), effect: z.enum(["notMet", "warning"]).optional() }).optional(),
    tier: z.enum(["xa", "huyen", "tinh"]),
    tiers: z.array(z.enum(["xa", "huyen", "tinh"])).min(1).optional(),
    validFrom: ISO_DATE,
    validUntil: ISO_DATE.optional(),
    successor: NON_EMPTY.optional(),
    inherits: NON_EMPTY.optional(),
    levels: z.array(z.strictObject({ level: z.union([z.literal(1), z.literal(2)]), label: NON_EMPTY, name: NON_EMPTY, cite: CITE })),
    criteria: z.array(z.strictObject({ id: z.string().regex(/^\d+$/), title: NON_EMPTY, cite: CITE, maxPoints: z.number().positive().optional() })).min(1),
    indicators: z.array(INDICATOR).min(1),
    procedure: z
      .strictObject({
        upgrade: z.strictObject({ months: z.number().int().positive(), text: NON_EMPTY, cite: CITE, basis: BASIS, assumptions: z.array(ASSUMPTION_ID).optional() }).optional(),
        validity: z.strictObject({ months: z.number().int().positive(), text: NON_EMPTY, cite: CITE, basis: BASIS, assumptions: z.array(ASSUMPTION_ID).optional() }),
        filing: z.strictObject({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12), text: NON_EMPTY, cite: CITE, basis: BASIS }).optional(),
      })
      .optional(),
    scoring: z
      .strictObject({
        maxTotal: z.number().positive(),
        cite: CITE,
        pointsBy: z.strictObject({ text: NON_EMPTY, cite: CITE, basis: BASIS }).optional(),
        bands: z.array(z.strictObject({ grade: NON_EMPTY, min: z.number().min(0), text: NON_EMPTY, cite: CITE, basis: BASIS })).min(1),
      })
      .optional(),
  })
  .superRefine((rs, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: "custom", message, path });
    const criteria = new Set(rs.criteria.map((c) => c.id));
    const ids = new Set<string>();
    rs.indicators.forEach((ind, i) => {
      if (!criteria.has(ind.criterion)) issue(`chỉ tiêu ${ind.id} thuộc tiêu chí ${ind.criterion} không có trong criteria`, ["indicators", i, "criterion"]);
      if (ids.has(ind.id)) issue(`chỉ tiêu ${ind.id} trùng mã`, ["indicators", i, "id"]);
      ids.add(ind.id);
      ind.parts.forEach((part, p) => {
        const at = ["indicators", i, "parts", p];
        const points = part.measure.kind === "points";
        if (points !== (rs.scoring !== undefined)) issue("chỉ tiêu tính điểm chỉ có trong bộ tiêu chí tính điểm (và ngược lại)", [...at, "measure"]);
        if (points && !part.item) issue("mục tính điểm cần nội dung và trích dẫn (item)", at);
        for (const level of rs.levels) {
          const requirement = part.levels[level.level];
          if (!requirement) {
            if (!points) issue(`thiếu yêu cầu ở mức độ ${level.level}`, [...at, "levels"]);
            continue;
          }
          const share = ["memberShare", "learnerShare", "communityShare", "memberUnitsShare"].includes(part.measure.kind);
          if (share && requirement.threshold === undefined) issue("chỉ tiêu tính tỷ lệ cần ngưỡng (threshold)", [...at, "levels", level.level]);
          const scale = part.measure.kind === "unitOrdinal" ? part.measure.scale : part.measure.kind === "memberUnitsShare" ? "recognitionLevel" : undefined;
          for (const min of [requirement.minimum, ...(requirement.variants ?? []).map((v) => v.minimum)]) {
            if (min === undefined) continue;
            if (!scale) issue("chỉ tiêu này không so với thang nên không có minimum", [...at, "levels", level.level, "minimum"]);
            else if (!SCALES[scale as ScaleId].steps.some((s) => s.name === min)) issue(`“${min}” không có trong thang ${scale}`, [...at, "levels", level.level, "minimum"]);
          }
          if (requirement.basis === "assumption" && !requirement.assumptions?.length) issue("cơ sở “assumption” cần mã giả định", [...at, "levels", level.level]);
        }
      });
    });
    if (rs.scoring) {
      const totals = rs.criteria.reduce((sum, c) => sum + (c.maxPoints ?? 0), 0);
      if (totals !== rs.scoring.maxTotal) issue(`tổng điểm các tiêu chí (${totals}) khác điểm tối đa (${rs.scoring.maxTotal})`, ["scoring", "maxTotal"]);
      if (rs.levels.length > 0) issue("bộ tiêu chí tính điểm không có mức độ", ["levels"]);
    }
  });

export type RuleSetCheck = { ok: true } | { ok: false; problems: string[] };

/** Check one rule set; problems are “đường dẫn: thông báo” lines. */
export function checkRuleSet(ruleSet: RuleSet | unknown): RuleSetCheck {
  const result = RULE_SET_SCHEMA.safeParse(ruleSet);
  if (result.success) return { ok: true };
  return { ok: false, problems: result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}
