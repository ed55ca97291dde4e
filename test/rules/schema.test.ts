/**
 * Every rule set passes the runtime schema (src/rules/schema.ts, zod 4, strict), and a deliberately broken
 * rule file fails it: an unknown key, a missing citation, a threshold outside [0, 1], an assumption id that
 * assumptions.ts does not list.
 */
import { RULE_SETS, findRuleSet } from "../../src/rules";
import { checkRuleSet } from "../../src/rules/schema";
import type { RuleSet } from "../../src/rules/types";

test.each(RULE_SETS.map((r) => [r.id, r] as const))("%s passes the schema", (_id, ruleSet) => {
  expect(checkRuleSet(ruleSet)).toEqual({ ok: true });
});

test("every rule set the seeds use is there", () => {
  expect(RULE_SETS.map((r) => r.id).sort()).toEqual(
    ["tt22-2020", "tt24-2023/huyen", "tt24-2023/tinh", "tt24-2023/xa", "tt25-2023/huyen", "tt25-2023/tinh", "tt25-2023/xa"].sort(),
  );
});

/** A deep copy of tt24-2023/huyen to break. */
function copy(): RuleSet {
  return JSON.parse(JSON.stringify(findRuleSet("tt24-2023/huyen")));
}
const part = (rs: RuleSet, id: string) => rs.indicators.find((i) => i.id === id)!.parts[0]!;

const BROKEN: [string, (rs: RuleSet) => void, RegExp][] = [
  ["an unknown key on a requirement", (rs) => Object.assign(part(rs, "2.5").levels[1]!, { nguong: "90%" }), /nguong|Unrecognized/i],
  ["an unknown key on the rule set", (rs) => Object.assign(rs, { ghiChu: "x" }), /ghiChu|Unrecognized/i],
  ["a missing citation", (rs) => delete (part(rs, "2.1").levels[2] as Partial<{ cite: string }>).cite, /indicators\.5\.parts\.0\.levels\.2\.cite/],
  ["a citation that is not an article", (rs) => (part(rs, "2.1").levels[1]!.cite = "xem văn bản"), /Điều N/],
  ["a threshold above 100%", (rs) => (part(rs, "2.5").levels[2]!.threshold = "120%"), /\[0, 1\]/],
  ["a fraction above 1", (rs) => (part(rs, "2.5").levels[1]!.threshold = "21/20"), /\[0, 1\]/],
  ["an unknown assumption", (rs) => (part(rs, "2.4").levels[2]!.assumptions = ["khongCo"]), /assumptions\.ts/],
  ["a minimum not on its scale", (rs) => (part(rs, "3.4").levels[1]!.minimum = "Mức xuất sắc"), /không có trong thang/],
  ["a chỉ tiêu of a tiêu chí that does not exist", (rs) => (rs.indicators[0]!.criterion = "9"), /tiêu chí 9/],
  ["a share without a threshold", (rs) => delete part(rs, "2.2").levels[1]!.threshold, /threshold/],
];

test.each(BROKEN)("a rule file with %s fails the schema", (_what, breakIt, message) => {
  const rs = copy();
  breakIt(rs);
  const check = checkRuleSet(rs);
  expect(check.ok).toBe(false);
  if (!check.ok) expect(check.problems.join("\n")).toMatch(message);
});
