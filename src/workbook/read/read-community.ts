/**
 * The `Cộng đồng` sheet (label | value rows, like `Đơn vị`) and the `Đơn vị thành viên` table, read into
 * the unit's community fields and the member units. Problems are issues on the cell; values stay null.
 */
import type { MemberUnit, UnitInfo } from "../../engine/input";
import { SCALES } from "../../rules/scales";
import { COMMUNITY_SHEET, MEMBER_UNITS_SHEET, type CommunityRowSpec } from "../community-schema";
import { YES_NO } from "../vocabulary";
import type { SheetData } from "../workbook-data";
import { cellText, parseCount, parseTerm, shown } from "./cells";
import { locateHeader } from "./header";
import type { UnitRefusals } from "./read-unit";
import { IssueLog, type CellPlace } from "./issue-log";
import { LabelRows } from "./label-rows";
import { buildMatcher } from "./match";
import { walkRows } from "./table";

const scaleMatchers = new Map(
  (["pcgdLevel", "literacyLevel", "recognitionLevel"] as const).map((id) => [
    id,
    buildMatcher([
      ...SCALES[id].steps.map((s) => ({ value: s.name as string | null, names: [s.name, ...s.aliases] })),
      ...(SCALES[id].notTitles ?? []).map((s) => ({ value: null as string | null, names: [s.name, ...s.aliases] })),
    ]),
  ]),
);

/** Reads the `Cộng đồng` sheet into `unit` (community fields and their rows). */
export function readCommunity(sheet: SheetData, unit: UnitInfo, log: IssueLog, refusals: UnitRefusals = { fields: [] }): void {
  const table = locateHeader(
    sheet,
    [
      { field: "key", header: COMMUNITY_SHEET.keyHeader, aliases: ["Mục", "Nội dung"], required: true },
      { field: "value", header: COMMUNITY_SHEET.valueHeader, aliases: ["Số liệu", "Kết quả"], required: true },
    ],
    log,
  );
  if (!table) return;
  unit.communityRows = {};
  const labels = new LabelRows(COMMUNITY_SHEET.rows, log, {
    unknown: "unknownCommunityLabel",
    unknownFix: (known) => `Ghi đúng nhãn: ${known}.`,
    duplicate: "duplicateCommunityRow",
  });
  walkRows(sheet, table, log, (row) => {
    const label = row.text("key");
    if (label === null) return;
    const spec: CommunityRowSpec | null = labels.spec(label, row.place("key"));
    if (!spec) return;
    unit.communityRows![spec.field] = row.excelRow;
    const value = row.value("value");
    const place = row.place("value");
    if (cellText(value) === null) return;
    // A figure a level depends on that dvht did not understand stops the evaluation (as on `Đơn vị`).
    const invalid = (accepted: string) => {
      log.at("error", place, {
        code: "unknownCommunityValue",
        message: `Không hiểu “${shown(value)}” ở dòng “${spec.label}”. dvht không đánh giá khi chưa hiểu thông tin này, để không đưa ra một mức đạt sai.`,
        fix: `Ghi ${spec.hint}${accepted ? ` (${accepted})` : ""}.`,
      });
      refusals.fields.push(spec.field);
    };
    switch (spec.value.kind) {
      case "count": {
        const parsed = parseCount(value);
        if (parsed.kind === "ok") (unit as unknown as Record<string, unknown>)[spec.field] = parsed.value;
        else invalid("một số nguyên không âm, ví dụ 6420");
        break;
      }
      case "yesNo": {
        const parsed = parseTerm(YES_NO, value);
        if (parsed.kind === "ok") (unit as unknown as Record<string, unknown>)[spec.field] = parsed.value;
        else invalid("Có hoặc Không");
        break;
      }
      case "scale": {
        const hitValue = scaleMatchers.get(spec.value.scale as "pcgdLevel")!(cellText(value)!);
        if (hitValue) (unit as unknown as Record<string, unknown>)[spec.field] = hitValue.value;
        else invalid(SCALES[spec.value.scale].steps.map((s) => s.name).join(", "));
        break;
      }
    }
  });
  checkCounts(unit, sheet.name, log);
}

function checkCounts(unit: UnitInfo, sheet: string, log: IssueLog): void {
  const population = unit.population ?? null;
  if (population === null) return;
  for (const spec of COMMUNITY_SHEET.rows) {
    if (spec.value.kind !== "count" || spec.field === "population") continue;
    const count = (unit as unknown as Record<string, number | null | undefined>)[spec.field] ?? null;
    if (count !== null && count > population) {
      const place: CellPlace = { sheet, rowIndex: (unit.communityRows?.[spec.field] ?? 1) - 1 };
      log.at("warning", place, {
        code: "countExceedsPopulation",
        message: `“${spec.label}” (${count}) lớn hơn số công dân (${population}).`,
        fix: `Kiểm tra lại hai dòng “${spec.label}” và “Số công dân”.`,
      });
    }
  }
}

/** Reads `Đơn vị thành viên`: one member commune (district) per row with its recognised level. */
export function readMemberUnits(sheet: SheetData, log: IssueLog): MemberUnit[] {
  const table = locateHeader(sheet, MEMBER_UNITS_SHEET.columns, log);
  if (!table) return [];
  const match = scaleMatchers.get("recognitionLevel")!;
  const out: MemberUnit[] = [];
  walkRows(sheet, table, log, (row) => {
    const name = row.text("name");
    if (name === null) return;
    const written = row.text("recognition");
    const hit = written === null ? undefined : match(written);
    if (written !== null && !hit) {
      log.at("warning", row.place("recognition"), {
        code: "unknownRecognition",
        message: `Không hiểu mức công nhận “${written}” của ${name}; dvht tính là chưa được công nhận.`,
        fix: "Ghi Mức độ 1, Mức độ 2 hoặc Chưa công nhận.",
      });
    }
    out.push({ row: row.excelRow, name, recognition: hit ? hit.value : null });
  }, { ignoreForBlank: ["index"] });
  return out;
}
