/**
 * Who does not meet each member share, read from a small generated workbook: exactly the members spoiled
 * below, each with the reason and the sheet/row a clerk should open.
 */
import { assessWorkbook } from "../../src/workbook/assess";
import { buildWorkbook, memberName, setCell, sheetOf } from "../helpers/workbook-builder";

/** Excel rows of the generated workbook: header on row 1, member i on row i + 2 (Bồi dưỡng: two rows each). */
const rosterRow = (i: number) => i + 2;
const mandatoryTrainingRow = (i: number) => 2 * i + 2;
const digitalTrainingRow = (i: number) => 2 * i + 3;

function spoiledWorkbook() {
  const wb = buildWorkbook({ members: 10, year: 2025 });
  setCell(wb, "Khen thưởng", rosterRow(1), "Danh hiệu", "Giấy khen");
  setCell(wb, "Khen thưởng", rosterRow(2), "Năm", 2024);
  setCell(wb, "Bồi dưỡng", mandatoryTrainingRow(3), "Kết quả", "Chưa hoàn thành");
  setCell(wb, "Chứng chỉ", rosterRow(4), "Loại", "Tin học");
  setCell(wb, "Thành viên", rosterRow(5), "Kỷ luật", "Khiển trách");
  setCell(wb, "Thành viên", rosterRow(6), "Công dân học tập", "Không");
  setCell(wb, "Bồi dưỡng", digitalTrainingRow(7), "Kết quả", "Chưa hoàn thành");
  // Member 8 has no Khen thưởng row at all.
  sheetOf(wb, "Khen thưởng").rows.splice(rosterRow(8) - 1, 1);
  return wb;
}

test("the not-meeting list names exactly the spoiled members, with the reason and the row to open", () => {
  const { evaluation } = assessWorkbook(spoiledWorkbook());
  const lists = Object.fromEntries(
    evaluation!.indicators
      .filter((i) => (i.gaps ?? []).length > 0)
      .map((i) => [i.id, i.gaps!.flatMap((g) => g.notMeeting ?? []).map((m) => [m.name, m.reason, m.sheet, m.row])]),
  );
  expect(lists).toEqual({
    "2.1": [[memberName(5), "bị kỷ luật (Khiển trách)", "Thành viên", 7]],
    "2.2": [[memberName(3), "chưa hoàn thành Bồi dưỡng thường xuyên năm 2025", "Bồi dưỡng", 8]],
    "2.3": [[memberName(7), "chưa hoàn thành Kỹ năng số cơ bản", "Bồi dưỡng", 17]],
    "2.4": [[memberName(4), "không có chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số (dòng ghi loại “Tin học”)", "Chứng chỉ", 6]],
    "2.5": [
      [memberName(1), "có “Giấy khen” năm 2025, không phải danh hiệu Lao động tiên tiến trở lên", "Khen thưởng", 3],
      [memberName(2), "không có dòng Lao động tiên tiến năm 2025 (dòng “Lao động tiên tiến” ghi năm 2024)", "Khen thưởng", 4],
      [memberName(8), "không có dòng Lao động tiên tiến năm 2025", "Thành viên", 10],
    ],
    "3.1": [[memberName(6), "chưa đạt Công dân học tập", "Thành viên", 8]],
  });
});

test("the gap lines follow the counts: 7/10 for 2.5 needs 2 more for mức độ 1; 9/10 for 2.1 needs 1 more for mức độ 2", () => {
  const { evaluation } = assessWorkbook(spoiledWorkbook());
  const line = (id: string) => evaluation!.indicators.find((i) => i.id === id)!.gaps![0]!.line;
  // 90% of 10 = 9 → 9 − 7 = 2; 95% of 10 = 9,5 → 10 → 10 − 9 = 1; 2.4: 9/10 ≥ 70%, the top.
  expect(line("2.5")).toBe("Cần thêm 2 thành viên đạt (9/10, ngưỡng 90%) để chỉ tiêu đạt mức độ 1 (Điều 6 khoản 2 điểm đ, TT24/2023).");
  expect(line("2.1")).toBe("Cần thêm 1 thành viên đạt (10/10, ngưỡng 95%) để lên mức độ 2 (Điều 7 khoản 2 điểm a, TT24/2023).");
  expect(line("2.4")).toBe("Đã đạt mức độ 2, mức cao nhất.");
});
