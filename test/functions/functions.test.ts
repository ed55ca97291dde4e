/** The DVHT.* functions: each against the rule data, errors as #VALUE! with a Vietnamese message. */
import * as fx from "../../src/functions/functions";
import * as impl from "../../src/functions/impl";

class FakeCfError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: FakeCfError, ErrorCode: { invalidValue: "#VALUE!" } };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

function errorOf(f: () => unknown): FakeCfError {
  try {
    f();
  } catch (e) {
    return e as FakeCfError;
  }
  throw new Error("no error");
}

describe("DVHT.RATIO and DVHT.COUNT", () => {
  const flags = [["Có"], [""], ["x"], ["Không"], ["co"], [true]];
  test("count yes among yes/no cells, blanks skipped", () => {
    expect(fx.ratio(flags)).toBeCloseTo(4 / 5);
    expect(fx.count(flags)).toBe("4/5");
  });
  test("an unknown cell is #VALUE! naming flags", () => {
    const e = errorOf(() => fx.ratio([["Có"], ["abc"]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/abc.*flags/);
  });
});

describe("DVHT.LEVEL", () => {
  test.each([
    ["2.5", 42 / 43, "Đạt mức độ 2"],
    ["2.5", "42/43", "Đạt mức độ 2"],
    ["2.5", "97,7%", "Đạt mức độ 2"],
    ["2.5", 0.95, "Đạt mức độ 2"],
    ["2.5", 19 / 20, "Đạt mức độ 2"],
    ["2.5", 0.9499, "Đạt mức độ 1"],
    ["2.5", 0.5, "Không đạt"],
    ["2.4", 0.568, "Đạt mức độ 1"],
    ["3.4", "Đáp ứng tốt", "Đạt mức độ 2"],
    ["3.4", "Mức đáp ứng cơ bản", "Đạt mức độ 1"],
    ["3.3", "Tập thể lao động xuất sắc", "Đạt mức độ 2"],
    ["1.1", "Đạt", "Đạt mức độ 2"],
    ["1.1", "Không đạt", "Không đạt"],
    ["3.5", true, "Đạt mức độ 2"],
  ])("%s with %p → %s", (id, value, expected) => {
    expect(fx.level(id, [[value]], null, null)).toBe(expected);
  });
  test("a number id typed in a cell (2.5) works", () => {
    expect(fx.level(2.5, [[0.96]], null, null)).toBe("Đạt mức độ 2");
  });
  test("unit type decides applicability", () => {
    expect(fx.level("3.5", [[true]], null, "Phổ thông")).toBe("Không áp dụng");
    expect(fx.level("2.4", [[0.1]], null, "Tổ chức kinh tế")).toBe("Không áp dụng");
    // 3.3 at mức độ 2 asks only cơ quan, đơn vị sự nghiệp công lập
    expect(fx.level("3.3", [["Tập thể lao động tiên tiến"]], null, "Tổ chức kinh tế")).toBe("Đạt mức độ 2");
  });
  test("an unknown chỉ tiêu is #VALUE! naming it and the regulation", () => {
    const e = errorOf(() => fx.level("7.1", [[0.9]], null, null));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/Không có chỉ tiêu 7\.1 trong Thông tư 24\/2023 \(đối số indicator\)/);
  });
  test("bad ratio, rule set and unit type are named", () => {
    expect(errorOf(() => fx.level("2.5", [[97.7]], null, null)).message).toMatch(/đối số value/);
    expect(errorOf(() => fx.level("2.5", [[0.9]], "tt99", null)).message).toMatch(/đối số ruleSet/);
    expect(errorOf(() => fx.level("2.5", [[0.9]], null, "Ngân hàng")).message).toMatch(/đối số unitType/);
  });
  test("rule set by id or regulation", () => {
    expect(fx.level("2.5", [[0.95]], "tt24-2023/huyen", null)).toBe("Đạt mức độ 2");
    expect(fx.level("2.5", [[0.95]], "TT24/2023 huyện", null)).toBe("Đạt mức độ 2");
  });
});

describe("DVHT.THRESHOLD, TEXT, CITE", () => {
  test("thresholds as numbers, scale minimums as names", () => {
    expect(fx.threshold("2.5", 2, null, null)).toBe(0.95);
    expect(fx.threshold("2.4", "mức độ 1", null, null)).toBe(0.5);
    expect(fx.threshold("3.1b", 2, null, null)).toBe(0.97);
    expect(fx.threshold("3.4", 2, null, null)).toBe("Mức đáp ứng tốt");
    expect(errorOf(() => fx.threshold("2.5", 3, null, null)).message).toMatch(/đối số level/);
  });
  test("wording and articles", () => {
    expect(fx.text("2.5", null, null)).toMatch(/^Tối thiểu 90% Thành viên .*Lao động tiên tiến/);
    expect(fx.text("2.5", null, 2)).toMatch(/^Tối thiểu 95%/);
    expect(fx.cite("2.5", null)).toBe(
      "Điều 6 khoản 2 điểm đ Thông tư 24/2023/TT-BGDĐT (mức độ 1); Điều 7 khoản 2 điểm đ Thông tư 24/2023/TT-BGDĐT (mức độ 2)",
    );
  });
});

describe("DVHT.CRITERION and DVHT.OVERALL", () => {
  test("the lowest applicable level; Không áp dụng and blanks ignored", () => {
    expect(fx.criterion([["Đạt mức độ 2"], ["Đạt mức độ 1"], ["Không áp dụng"], [""]], null)).toBe("Đạt mức độ 1");
    expect(fx.overall([["Đạt mức độ 2", "Không đạt"]], null)).toBe("Không đạt");
    expect(fx.criterion([["Không áp dụng"]], null)).toBe("Không áp dụng");
    expect(errorOf(() => fx.criterion([["Tốt"]], null)).message).toMatch(/đối số levels/);
  });
});

describe("range handling", () => {
  test("blank cells as '' and trailing blank rows are dropped", () => {
    expect(impl.rangeRows([["a", "", ""], ["", "", ""], [1, "", true], ["", "", ""]], "roster")).toEqual([["a"], [], [1, null, true]]);
  });
});
