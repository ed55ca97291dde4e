/** `dvht template [-o FILE]`: an empty workbook in the canonical form. */
import { writeTemplate } from "../../xlsx/template";
import { EXIT_OK, type Output } from "../output";

export const DEFAULT_TEMPLATE = "dvht-mau-nhap-lieu.xlsx";

export async function templateCommand(options: { output?: string }, output: Output): Promise<number> {
  const file = options.output ?? DEFAULT_TEMPLATE;
  await writeTemplate(file);
  output.out(`Đã tạo mẫu nhập liệu “${file}”. Điền các sheet rồi chạy: dvht evaluate "${file}"`);
  return EXIT_OK;
}
