/**
 * The Office.js writer keeps what people did to dvht's sheets, as the command line does (issue 10): the
 * marker's column B holds each sheet's fingerprint as dvht wrote it; on a re-run a sheet whose content
 * changed since, a same-named sheet dvht did not write, or one listed by an older pane without a
 * fingerprint is kept, and the new sheet is written beside it and reported.
 */
import { writeSheetModels } from "../../src/excel/write";
import type { ModelCell, SheetModel } from "../../src/workbook/sheet-model";
import { FakeContext } from "../helpers/fake-excel";


const text = (value: string): ModelCell => ({ value });

/** A merged title, a date, a ratio Excel keeps to 15 digits, a formula, a text that looks like one, a quoted text. */
function model(name: string): SheetModel {
  return {
    name,
    rows: [
      [text("KẾT LUẬN CHUNG"), null, null],
      [text("Ngày"), { value: new Date(Date.UTC(2025, 4, 20)) }, { value: 42 / 44 }],
      [text("=không phải công thức"), { value: 0.5, formula: "DVHT.RATIO(\"2.5\")" }, text("'trích dẫn")],
      [text("Chủ tịch Hội đồng"), text("(Ký, ghi rõ họ tên)")],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    columnWidths: [20, 12, 12],
  };
}

const unit = () => new FakeContext([{ name: "Thành viên", rows: [["Mã"]] }]);
const markerRows = (fake: FakeContext) => fake.sheet("dvht")!.cells.filter((r) => r[0] !== "" && r[0] !== undefined);

test("the marker lists each sheet with a fingerprint; an untouched sheet is replaced in place on a re-run", async () => {
  const fake = unit();
  const first = await writeSheetModels(fake.context, [model("Kết luận chung"), model("Bản tổng hợp")]);
  expect(first.kept).toEqual([]);
  const rows = markerRows(fake);
  expect(rows.slice(1).map((r) => r[0])).toEqual(["Kết luận chung", "Bản tổng hợp"]);
  for (const r of rows.slice(1)) expect(String(r[1])).toMatch(/^v1-[0-9a-f]{16}$/);

  const again = await writeSheetModels(fake.context, [model("Kết luận chung"), model("Bản tổng hợp")]);
  expect(again.written).toEqual(["Kết luận chung", "Bản tổng hợp"]);
  expect(again.kept).toEqual([]);
  expect(fake.sheet("Kết luận chung (dvht)")).toBeUndefined();
  expect(again.syncs).toBe(first.syncs + 1); // the second run also reads the marker and the sheets, in one sync
});

test("a signature typed into dvht's sheet: the sheet is kept, the new one goes beside it and is reported", async () => {
  const fake = unit();
  await writeSheetModels(fake.context, [model("Kết luận chung")]);
  fake.sheet("Kết luận chung")!.cells[3]![1] = "Nguyễn Văn An";
  const again = await writeSheetModels(fake.context, [model("Kết luận chung")]);
  expect(again.kept).toEqual([{ sheet: "Kết luận chung", writtenAs: "Kết luận chung (dvht)" }]);
  expect(again.written).toEqual(["Kết luận chung (dvht)"]);
  expect(fake.sheet("Kết luận chung")!.cells[3]![1]).toBe("Nguyễn Văn An");
  // The kept sheet is the user's now: the marker lists only the new one.
  expect(markerRows(fake).slice(1).map((r) => r[0])).toEqual(["Kết luận chung (dvht)"]);
  // A third run replaces dvht's new sheet and still keeps the signed one.
  const third = await writeSheetModels(fake.context, [model("Kết luận chung")]);
  expect(third.written).toEqual(["Kết luận chung (dvht)"]);
  expect(fake.sheet("Kết luận chung")!.cells[3]![1]).toBe("Nguyễn Văn An");
});

test("a same-named sheet dvht did not write is kept", async () => {
  const fake = new FakeContext([{ name: "Kết luận chung", rows: [["Biên bản của Hội đồng"]] }]);
  const result = await writeSheetModels(fake.context, [model("Kết luận chung")]);
  expect(result.kept).toEqual([{ sheet: "Kết luận chung", writtenAs: "Kết luận chung (dvht)" }]);
  expect(fake.sheet("Kết luận chung")!.cells).toEqual([["Biên bản của Hội đồng"]]);
});

test("a sheet an older pane listed without a fingerprint is not trusted: kept", async () => {
  const fake = unit();
  await writeSheetModels(fake.context, [model("Kết luận chung")]);
  for (const r of fake.sheet("dvht")!.cells) if (r.length > 1) r[1] = "";
  const again = await writeSheetModels(fake.context, [model("Kết luận chung")]);
  expect(again.kept).toEqual([{ sheet: "Kết luận chung", writtenAs: "Kết luận chung (dvht)" }]);
});

test("syncs do not grow with the number of dvht's sheets to check", async () => {
  const runs: number[] = [];
  for (const count of [1, 6]) {
    const fake = unit();
    const models = Array.from({ length: count }, (_, k) => model(`Trang ${k + 1}`));
    await writeSheetModels(fake.context, models);
    runs.push((await writeSheetModels(fake.context, models)).syncs);
  }
  expect(runs[0]).toBe(runs[1]);
});
