/** `dvht report` on the bundled sample: the .docx reopened, its XML holding the header, every chỉ tiêu and the conclusion. */
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SAMPLE_FILE } from "../../src/cli/commands/demo";
import { runCli } from "../helpers/capture";
import { freshDir } from "../helpers/tmp";

const dir = freshDir("report");

/** The document's visible text, paragraph by paragraph. */
async function documentText(file: string): Promise<{ xml: string; paragraphs: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
  return { xml, paragraphs };
}

test("dvht report writes the Báo cáo tự đánh giá of the sample", async () => {
  const out = path.join(dir, "bao-cao.docx");
  const run = await runCli("report", SAMPLE_FILE, "-o", out);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const { xml, paragraphs } = await documentText(out);

  expect(paragraphs).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(paragraphs).toContain("Độc lập - Tự do - Hạnh phúc");
  expect(paragraphs).toContain("TRƯỜNG TIỂU HỌC AN BÌNH");
  expect(paragraphs).toContain("BÁO CÁO");
  for (const section of ["I. ĐẶT VẤN ĐỀ", "II. TỰ ĐÁNH GIÁ", "III. KẾT LUẬN CHUNG"]) expect(paragraphs).toContain(section);

  // Every chỉ tiêu, with its figures and level.
  for (const id of ["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3", "3.4", "3.5"]) {
    expect(paragraphs.some((p) => p.startsWith(`${id}. `))).toBe(true);
  }
  const text = paragraphs.join("\n");
  expect(text).toContain("42/44 thành viên (95,5%) đạt danh hiệu Lao động tiên tiến trở lên");
  expect(text).toContain("đ) Tự đánh giá: Đạt mức độ 1");
  expect(text).toContain("Nhà trường ban hành kế hoạch học tập thường xuyên năm 2025"); // the committee's own words

  // Kết luận chung: 3/3 criteria reach mức độ 1, 1/3 mức độ 2.
  const conclusion = paragraphs.slice(paragraphs.indexOf("III. KẾT LUẬN CHUNG"));
  expect(conclusion.slice(0, 12)).toEqual(expect.arrayContaining(["Số tiêu chí đạt", "3/3", "1/3", "Số tiêu chí không đạt", "0/3", "2/3"]));
  expect(text).toContain("Trường Tiểu học An Bình tự đánh giá đạt “Đơn vị học tập” cấp xã mức độ 1 năm 2025.");

  // A4 portrait, Times New Roman, 30 mm left margin.
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(xml).toMatch(/w:left="1701"/);
  const zip = await JSZip.loadAsync(readFileSync(out));
  expect(await zip.file("word/styles.xml")!.async("string")).toContain("Times New Roman");
});

test("a points-based rule set (TT22/2020, seed 001) reports points and xếp loại, not levels", async () => {
  const out = path.join(dir, "bao-cao-tt22.docx");
  const run = await runCli("report", path.join(path.dirname(SAMPLE_FILE), "truong-tieu-hoc-an-son-tt22.xlsx"), "-o", out);
  expect(run.code).toBe(0);
  const { paragraphs } = await documentText(out);
  const text = paragraphs.join("\n");
  expect(text).toContain("Kết quả tự đánh giá, xếp loại “Đơn vị học tập”, năm 2023");
  expect(text).toContain("đ) Điểm tự đánh giá: 10/10");
  expect(text).not.toContain("Không áp dụng");
  const conclusion = paragraphs.slice(paragraphs.indexOf("III. KẾT LUẬN CHUNG"));
  expect(conclusion).toEqual(expect.arrayContaining(["Tổng cộng", "100", "95"]));
  expect(text).toMatch(/tự đánh giá đạt 95\/100 điểm, xếp loại Tốt/);
});
