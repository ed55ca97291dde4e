/** What the task pane prints for an indicator, a unit, issues and errors (taskpane/present.ts), on hand-made results. */
import type { DataIssue } from "../../src/engine/issues";
import type { Evaluation, IndicatorResult, PartResult } from "../../src/engine/result";
import {
  decidingPart, draftNotice, friendlyError, gapViews, groupIssues, keptText, morePeople, notMeetingText, indicatorFigure, indicatorResult, paneWording, partLines, rowList, rowsWithNames, unitLine,
} from "../../taskpane/present";
import type { AssessmentInput } from "../../src/engine/input";

const levels = { levels: [{ level: 1, name: "Mức độ 1", label: "Đạt mức độ 1" }, { level: 2, name: "Mức độ 2", label: "Đạt mức độ 2" }] } as never;

function part(p: Partial<PartResult>): PartResult {
  return { id: "x", label: "", requiredAt: { 1: true, 2: true }, metAt: {}, numerator: null, denominator: null, ratio: null, value: null, rows: null, explanation: "", ...p };
}
function indicator(p: Partial<IndicatorResult>): IndicatorResult {
  return { id: "3.1", criterion: "3", title: "t", level: 0, numerator: null, denominator: null, ratio: null, explanation: "", citation: "", basis: "text", assumptions: [], parts: [], ...p };
}

describe("an indicator's figures", () => {
  // THPT 3.1 (Điều 13 khoản 3 điểm a with Điều 12 khoản 3 điểm a): members 48/48 meet, learners 846/933 do not.
  const members = part({ id: "3.1", label: "Thành viên", numerator: 48, denominator: 48, ratio: 1, metAt: { 1: true, 2: true } });
  const learners = part({ id: "3.1b", label: "Người học", numerator: 846, denominator: 933, ratio: 846 / 933, metAt: { 1: false, 2: false } });
  const thpt = indicator({ level: 0, numerator: 48, denominator: 48, ratio: 1, parts: [members, learners] });

  test.each([
    ["the failing part decides a Không đạt", thpt, "3.1b", "846/933 (90,7%)"],
    ["the first part when the top level is reached", indicator({ level: 2, parts: [members] }), "3.1", "48/48 (100%)"],
    ["a value when there is no ratio (QĐ 4725 level)", indicator({ level: 1, parts: [part({ id: "3.4", value: "Mức đáp ứng cơ bản", metAt: { 1: true, 2: false } })] }), "3.4", "Mức đáp ứng cơ bản"],
    ["thousands with a dot", indicator({ level: 1, parts: [part({ id: "5.1", numerator: 4100, denominator: 6420, ratio: 4100 / 6420, metAt: { 1: true, 2: false } })] }), "5.1", "4.100/6.420 (63,9%)"],
  ])("%s", (_name, ind, partId, figure) => {
    expect(decidingPart(ind, levels)?.id).toBe(partId);
    expect(indicatorFigure(ind, levels)).toBe(figure);
  });

  test("every part of a multi-part indicator is listed with whether it meets the first level", () => {
    expect(partLines(thpt, levels)).toEqual([
      { label: "Thành viên", figure: "48/48 (100%)", met: true },
      { label: "Người học", figure: "846/933 (90,7%)", met: false },
    ]);
    expect(partLines(indicator({ parts: [members] }), levels)).toEqual([]);
  });
});

describe("results of a points-based rule set (TT22/2020)", () => {
  const scored = { scoring: { points: 95, maxPoints: 100, grade: "Tốt", citation: "" } } as unknown as Evaluation;
  const levelled = {} as Evaluation;
  test.each([
    ["points of an item", scored, indicator({ level: null, points: 5, maxPoints: 10 }), "5/10 điểm"],
    ["half points with a comma", scored, indicator({ level: null, points: 7.5, maxPoints: 10 }), "7,5/10 điểm"],
    ["a level when not scored", levelled, indicator({ level: 1 }), "Đạt mức độ 1"],
    ["Không áp dụng only when not scored", levelled, indicator({ level: null }), "Không áp dụng"],
  ])("%s", (_n, evaluation, ind, text) => {
    expect(indicatorResult(ind, evaluation, levels)).toBe(text);
  });
});

test("the unit line: members for a unit, citizens for a community (TT25)", () => {
  expect(unitLine({ members: { total: 45, counted: 44, excluded: 1 } } as Evaluation)).toBe("45 thành viên (tính vào đánh giá: 44).");
  expect(unitLine({ members: { total: 0, counted: 0, excluded: 0 }, community: { population: 6420 } } as Evaluation)).toBe("Số công dân: 6.420.");
});

test("issues: errors first, then warnings, then notes; by sheet; rows ascending", () => {
  const i = (severity: DataIssue["severity"], sheet: string | undefined, row?: number): DataIssue => ({ severity, code: "c", sheet, row, message: "m" });
  const groups = groupIssues([i("info", "A", 3), i("warning", "B", 9), i("error", "B", 7), i("info", "A", 2), i("error", "A", 5), i("error", "B", 4)]);
  expect(groups.map((g) => [g.severity, g.sheet, g.issues.map((x) => x.row)])).toEqual([
    ["error", "B", [4, 7]],
    ["error", "A", [5]],
    ["warning", "B", [9]],
    ["info", "A", [2, 3]],
  ]);
});

test("rows of Thành viên carry the member's name", () => {
  const input = { members: [{ row: 5, name: "Lê Thị Hoa" }, { row: 9, name: "Trần Văn Nam" }] } as unknown as AssessmentInput;
  expect(rowsWithNames("Thành viên", [5, 9, 12], input)).toEqual(["5 (Lê Thị Hoa)", "9 (Trần Văn Nam)", "12"]);
  expect(rowsWithNames("Tự đánh giá", [5], input)).toEqual(["5"]);
  // 1.200 rows: the first 50 listed, then how many more (1.150).
  const many = Array.from({ length: 1200 }, (_, k) => k + 2);
  const text = rowList("Khen thưởng", many, input);
  expect(text.startsWith("2; 3; 4;")).toBe(true);
  expect(text.endsWith("; 51; … và 1.150 dòng khác")).toBe(true);
  expect(rowList("Thành viên", [5, 9], input)).toBe("5 (Lê Thị Hoa); 9 (Trần Văn Nam)");
});

describe("errors in Vietnamese", () => {
  test.each([
    ["jszip on a non-zip file", new Error("Can't find end of central directory : is this a zip file ? If it is, see https://stuk.github.io/jszip/documentation/howto/read_zip.html"), /không phải sổ làm việc Excel/],
    ["a file changed since it was picked", Object.assign(new Error("The requested file could not be read"), { name: "NotReadableError" }), /Mở lại tệp/],
    ["Office.js ItemNotFound", Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" }), /Không tìm thấy trang tính/],
    ["Office.js AccessDenied", Object.assign(new Error("Access denied"), { code: "AccessDenied" }), /được bảo vệ/],
  ])("%s", (_n, error, pattern) => {
    const text = friendlyError(error);
    expect(text).toMatch(pattern);
    expect(text).not.toMatch(/https?:|zip file|doesn't/);
  });
  test("the package reader's refusal (its name crosses the worker) is shown as it is, even when it names a zip", () => {
    const refusal = Object.assign(new Error("Tệp “bang-zip.xlsx” rỗng (0 byte). Hãy chọn đúng tệp Excel đã nhập dữ liệu."), { name: "WorkbookReadError" });
    expect(friendlyError(refusal)).toBe("Tệp “bang-zip.xlsx” rỗng (0 byte). Hãy chọn đúng tệp Excel đã nhập dữ liệu.");
  });
  test("a Vietnamese message is kept, with the CLI's advice turned into the pane's button", () => {
    expect(friendlyError(new Error("Thiếu sheet “Thành viên”; chạy `dvht template` để tạo sổ mẫu."))).toBe("Thiếu trang tính “Thành viên”; bấm “Tạo mẫu nhập liệu” trong dvht để tạo sổ mẫu.");
    expect(paneWording("(hoặc chạy `dvht template` để xem sổ mẫu)")).toBe("(hoặc bấm “Tạo mẫu nhập liệu” trong dvht để xem sổ mẫu)");
    expect(paneWording("Sheet “Thành viên” thiếu cột; thêm sheet “Khen thưởng”.")).toBe("Trang tính “Thành viên” thiếu cột; thêm trang tính “Khen thưởng”.");
  });
});

describe("the Office theme to a Fluent theme", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { themeFor, darkTheme } = require("../../taskpane/theme") as typeof import("../../taskpane/theme");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { webLightTheme } = require("@fluentui/react-components") as typeof import("@fluentui/react-components");
  test.each([
    ["Office's black theme", "#262626", false, "dark"],
    ["Office's dark grey theme", "#404040", false, "dark"],
    ["Office's white theme", "#ffffff", true, "light"],
    ["Office's colourful theme", "#e6e6e6", false, "light"],
    ["outside Office, system dark", undefined, true, "dark"],
    ["outside Office, system light", undefined, false, "light"],
  ])("%s", (_n, background, prefersDark, expected) => {
    expect(themeFor(background, prefersDark)).toBe(expected === "dark" ? darkTheme : webLightTheme);
  });
});

describe("who does not meet a chỉ tiêu, and the draft notice", () => {
  const person = (k: number) => ({ name: `Người ${k}`, reason: "không ghi “Có” ở cột Công dân học tập", sheet: "Thành viên", row: k + 1 });
  const gap = (n: number) => ({
    partId: "3.1", label: "Thành viên", subject: "members" as const, numerator: 100 - n, denominator: 100, reached: 1 as const, next: null, topReached: false,
    notMeeting: Array.from({ length: n }, (_, k) => person(k + 1)), line: "Cần thêm 2 thành viên đạt.",
  });

  test.each([
    ["3 people: all listed", 3, 3, 0],
    ["50 people: all listed", 50, 50, 0],
    ["1.234 people: 50 listed, then how many more", 1234, 50, 1184],
  ])("%s", (_name, n, shown, more) => {
    const [view] = gapViews({ gaps: [gap(n)] });
    expect(view!.people).toHaveLength(shown);
    expect(view!.more).toBe(more);
    expect(view!.total).toBe(n);
    expect(view!.line).toBe("Cần thêm 2 thành viên đạt.");
  });

  test("a person with the reason and the row; how many more in Vietnamese numbers", () => {
    expect(notMeetingText(person(21))).toBe("Người 21 — không ghi “Có” ở cột Công dân học tập (trang tính “Thành viên”, dòng 22)");
    expect(morePeople(1184)).toBe("… và 1.184 người khác");
    expect(morePeople(3, "đơn vị")).toBe("… và 3 đơn vị khác");
  });

  test("parts given only as counts have no list", () => {
    expect(gapViews({ gaps: [{ ...gap(0), subject: "learners", notMeeting: null }] })[0]!.total).toBeNull();
    expect(gapViews({})).toEqual([]);
    // TT25 4.1 counts member units (xã, huyện), not people.
    expect(gapViews({ gaps: [{ ...gap(2), subject: "memberUnits" }] })[0]!.noun).toBe("đơn vị");
  });

  test("the draft notice counts errors only and names where they are, in the pane's words", () => {
    const issue = (severity: DataIssue["severity"], row: number): DataIssue => ({ severity, code: "x", sheet: "Thành viên", row, message: "m" });
    expect(draftNotice({ issues: [issue("warning", 3)] })).toBeNull();
    const text = draftNotice({ issues: [issue("error", 47), issue("warning", 3), issue("error", 48)] })!;
    expect(text).toMatch(/^BẢN NHÁP — còn 2 lỗi dữ liệu, xem trang tính “Thành viên” dòng 47, trang tính “Thành viên” dòng 48\./);
    expect(text).not.toMatch(/Phụ lục|dvht evaluate/);
  });
});

test("the sheets “Ghi Phụ lục” kept, each named with where the new one went", () => {
  expect(keptText([])).toBe("");
  expect(keptText([{ sheet: "Kết luận chung", writtenAs: "Kết luận chung (dvht)" }, { sheet: "Bản tổng hợp" }])).toBe(
    " Giữ nguyên trang tính “Kết luận chung” (đã có người sửa sau khi dvht ghi, hoặc không do dvht tạo); bản mới ghi vào “Kết luận chung (dvht)”." +
      " Giữ nguyên trang tính “Bản tổng hợp” (đã có người sửa sau khi dvht ghi, hoặc không do dvht tạo).",
  );
});
