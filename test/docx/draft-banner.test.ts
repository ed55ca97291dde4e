/** The Word report carries the draft line at the very top when the data has errors, and not otherwise. */
import JSZip from "jszip";
import { reportToBuffer } from "../../src/docx/render-report";
import { buildReport } from "../../src/workbook/report/build-report";
import { makeEvaluation, makeSelfAssessments, RULES } from "../workbook/appendix-fixture";

async function paragraphs(evaluation: ReturnType<typeof makeEvaluation>): Promise<{ xml: string; texts: string[] }> {
  const buffer = await reportToBuffer(buildReport(evaluation, makeSelfAssessments(), RULES));
  const xml = await (await JSZip.loadAsync(buffer)).file("word/document.xml")!.async("string");
  const texts = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
  return { xml, texts };
}

test("with data errors, the first paragraph is the draft line, red and bold, above the national header", async () => {
  const evaluation = {
    ...makeEvaluation(),
    issues: [
      { severity: "error" as const, code: "duplicateMember", sheet: "Thành viên", row: 12, message: "Trùng thành viên" },
      { severity: "error" as const, code: "unknownTitle", sheet: "Khen thưởng", row: 7, message: "Danh hiệu lạ" },
    ],
  };
  const { xml, texts } = await paragraphs(evaluation);
  const draft = "BẢN NHÁP — còn 2 lỗi dữ liệu, xem sheet “Thành viên” dòng 12, sheet “Khen thưởng” dòng 7. Sửa dữ liệu rồi ghi lại Phụ lục.";
  expect(texts[0]).toBe(draft);
  expect(texts.indexOf(draft)).toBeLessThan(texts.indexOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  const first = xml.match(/<w:p[ >].*?<\/w:p>/s)![0];
  expect(first).toMatch(/<w:b\/>/);
  expect(first).toMatch(/<w:color w:val="C00000"\/>/);
});

test("without errors (warnings only) there is no draft line", async () => {
  const evaluation = { ...makeEvaluation(), issues: [{ severity: "warning" as const, code: "nothingRecorded", sheet: "Bồi dưỡng", row: 3, message: "Thiếu" }] };
  const { texts } = await paragraphs(evaluation);
  expect(texts.filter((t) => t.includes("BẢN NHÁP"))).toEqual([]);
  expect(texts[0]).not.toContain("BẢN NHÁP");
});
