/**
 * DVHT.* custom functions. Each is a thin wrapper that calls its implementation through catalog.ts, as
 * declared in src/workbook/dvht-functions.ts (the one table of names, parameters and result types; the
 * metadata test checks that this JSDoc says the same); a bad argument becomes #VALUE! with a Vietnamese
 * message naming it. custom-functions-metadata-plugin reads the JSDoc
 * below to emit functions.json and appends CustomFunctions.associate for each: every function must be
 * declared in this file. Optional parameters arrive as null (never a TypeScript default).
 *
 * The functions never write to cells. They share the task pane's runtime (manifest: SharedRuntime), so
 * the “Ghép cột” mapping the pane reads from the workbook is seen here through sharedMapping().
 */
import { invoke } from "./catalog";

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  if (typeof CustomFunctions !== "undefined") {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
  throw error;
}

function run<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    return fail(error);
  }
}

/**
 * Tỷ lệ ô ghi “Có” trong các ô ghi Có/Không của vùng (bỏ qua ô trống), ví dụ 0,977.
 * @customfunction RATIO
 * @param {any[][]} flags Vùng các ô Có/Không (Có, x, Đạt, TRUE, 1 / Không, Chưa, FALSE, 0).
 * @returns {number} Tỷ lệ từ 0 đến 1.
 */
export function ratio(flags: any[][]): number {
  return run(() => invoke("RATIO", [flags]) as number);
}

/**
 * Số ô ghi “Có” trên số ô ghi Có/Không của vùng, dạng “42/43”.
 * @customfunction COUNT
 * @param {any[][]} flags Vùng các ô Có/Không.
 * @returns {string} Số đạt/tổng số, ví dụ “42/43”.
 */
export function count(flags: any[][]): string {
  return run(() => invoke("COUNT", [flags]) as string);
}

/**
 * Mức đạt của một chỉ tiêu với một số liệu: Đạt mức độ 2, Đạt mức độ 1, Không đạt hoặc Không áp dụng.
 * @customfunction LEVEL
 * @param {any} indicator Chỉ tiêu, ví dụ "2.5" (hoặc phần "3.1b").
 * @param {any[][]} value Tỷ lệ (0,977, 97,7% hoặc "42/43"), Đạt/Không đạt, mức (ví dụ "Đáp ứng tốt"), hoặc với chỉ tiêu 4.1 của TT25 cấp huyện, tỉnh: vùng mức công nhận của các đơn vị thành viên.
 * @param {any} [ruleSet] Bộ tiêu chí, ví dụ "tt24-2023/huyen" (mặc định: Thông tư 24/2023 cấp xã).
 * @param {any} [unitType] Loại đơn vị, ví dụ "Phổ thông" (để trống: không xét đối tượng áp dụng).
 * @returns {string} Mức đạt.
 */
export function level(indicator: any, value: any[][], ruleSet?: any, unitType?: any): string {
  return run(() => invoke("LEVEL", [indicator, value, ruleSet, unitType]) as string);
}

/**
 * Ngưỡng của một chỉ tiêu ở một mức: tỷ lệ tối thiểu (0,95), hoặc mức tối thiểu của thang.
 * @customfunction THRESHOLD
 * @param {any} indicator Chỉ tiêu, ví dụ "2.5".
 * @param {any} level Mức: 1 hoặc 2.
 * @param {any} [ruleSet] Bộ tiêu chí (mặc định: Thông tư 24/2023 cấp xã).
 * @param {any} [unitType] Loại đơn vị.
 * @returns {any} Ngưỡng.
 */
export function threshold(indicator: any, level: any, ruleSet?: any, unitType?: any): any {
  return run(() => invoke("THRESHOLD", [indicator, level, ruleSet, unitType]));
}

/**
 * Mức của tiêu chí từ mức các chỉ tiêu của nó: mức thấp nhất trong các chỉ tiêu áp dụng.
 * @customfunction CRITERION
 * @param {any[][]} levels Vùng mức các chỉ tiêu (Đạt mức độ 2, Đạt mức độ 1, Không đạt, Không áp dụng).
 * @param {any} [ruleSet] Bộ tiêu chí (mặc định: Thông tư 24/2023 cấp xã).
 * @returns {string} Mức của tiêu chí.
 */
export function criterion(levels: any[][], ruleSet?: any): string {
  return run(() => invoke("CRITERION", [levels, ruleSet]) as string);
}

/**
 * Kết quả chung của đơn vị từ mức các tiêu chí: mức thấp nhất trong các tiêu chí.
 * @customfunction OVERALL
 * @param {any[][]} levels Vùng mức các tiêu chí.
 * @param {any} [ruleSet] Bộ tiêu chí (mặc định: Thông tư 24/2023 cấp xã).
 * @returns {string} Kết quả chung.
 */
export function overall(levels: any[][], ruleSet?: any): string {
  return run(() => invoke("OVERALL", [levels, ruleSet]) as string);
}

/**
 * Nguyên văn yêu cầu của chỉ tiêu trong văn bản quy định.
 * @customfunction TEXT
 * @param {any} indicator Chỉ tiêu, ví dụ "2.5".
 * @param {any} [ruleSet] Bộ tiêu chí (mặc định: Thông tư 24/2023 cấp xã).
 * @param {any} [level] Mức: 1 (mặc định) hoặc 2.
 * @returns {string} Nguyên văn.
 */
export function text(indicator: any, ruleSet?: any, level?: any): string {
  return run(() => invoke("TEXT", [indicator, ruleSet, level]) as string);
}

/**
 * Điều, khoản, điểm quy định chỉ tiêu ở từng mức.
 * @customfunction CITE
 * @param {any} indicator Chỉ tiêu, ví dụ "2.5".
 * @param {any} [ruleSet] Bộ tiêu chí (mặc định: Thông tư 24/2023 cấp xã).
 * @returns {string} Căn cứ, ví dụ “Điều 6 khoản 2 điểm đ Thông tư 24/2023/TT-BGDĐT (mức độ 1); …”.
 */
export function cite(indicator: any, ruleSet?: any): string {
  return run(() => invoke("CITE", [indicator, ruleSet]) as string);
}

/**
 * Đánh giá cả đơn vị từ các bảng nhập liệu: mỗi tiêu chí, chỉ tiêu với số đạt, tổng số, tỷ lệ và mức (mảng tràn).
 * @customfunction EVALUATE
 * @param {any[][]} unit Bảng Đơn vị (cột Thông tin, Giá trị), kể cả dòng tiêu đề.
 * @param {any[][]} roster Bảng Thành viên, kể cả dòng tiêu đề (có thể là bảng Excel, ví dụ tblThanhVien[#All]).
 * @param {any[][]} awards Bảng Khen thưởng, kể cả dòng tiêu đề.
 * @param {any[][]} certificates Bảng Chứng chỉ, kể cả dòng tiêu đề.
 * @param {any[][]} training Bảng Bồi dưỡng, kể cả dòng tiêu đề.
 * @param {any[][]} [selfAssessment] Bảng Tự đánh giá, kể cả dòng tiêu đề.
 * @param {any[][]} [mapping] Bảng Ghép cột (sheet cài đặt của dvht); để trống: theo task pane.
 * @returns {any[][]} Bảng kết quả.
 */
export function evaluate(
  unit: any[][],
  roster: any[][],
  awards: any[][],
  certificates: any[][],
  training: any[][],
  selfAssessment?: any[][],
  mapping?: any[][],
): any[][] {
  return run(() => invoke("EVALUATE", [unit, roster, awards, certificates, training, selfAssessment, mapping]) as any[][]);
}

/**
 * Mức (hoặc số đạt, tổng số, tỷ lệ) của một chỉ tiêu, tính từ các bảng nhập liệu.
 * @customfunction INDICATOR
 * @param {any} id Chỉ tiêu, ví dụ "2.5" (hoặc phần "3.1b").
 * @param {any[][]} unit Bảng Đơn vị, kể cả dòng tiêu đề.
 * @param {any[][]} roster Bảng Thành viên, kể cả dòng tiêu đề.
 * @param {any[][]} awards Bảng Khen thưởng, kể cả dòng tiêu đề.
 * @param {any[][]} certificates Bảng Chứng chỉ, kể cả dòng tiêu đề.
 * @param {any[][]} training Bảng Bồi dưỡng, kể cả dòng tiêu đề.
 * @param {any[][]} [selfAssessment] Bảng Tự đánh giá, kể cả dòng tiêu đề.
 * @param {any} [what] Giá trị cần lấy: mức (mặc định), số đạt, tổng số hoặc tỷ lệ.
 * @returns {any} Mức hoặc số liệu.
 */
export function indicator(
  id: any,
  unit: any[][],
  roster: any[][],
  awards: any[][],
  certificates: any[][],
  training: any[][],
  selfAssessment?: any[][],
  what?: any,
): any {
  return run(() => invoke("INDICATOR", [id, unit, roster, awards, certificates, training, selfAssessment, what]));
}
