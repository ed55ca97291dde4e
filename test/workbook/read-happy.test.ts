import { readAssessment } from "../../src/workbook/read";
import { buildWorkbook, memberName } from "../helpers/workbook-builder";

describe("readAssessment on the builder's canonical workbook", () => {
  test("reads every sheet with no issue", () => {
    const { input, issues } = readAssessment(buildWorkbook({ members: 12 }));
    expect(issues).toEqual([]);
    expect(input).not.toBeNull();
    const i = input!;

    expect(i.unit).toEqual({
      name: "Trường Tiểu học Kim Đồng",
      type: "phoThong",
      tier: "huyen",
      year: 2025,
      regulation: "TT24/2023",
      publicSector: true,
      schoolLevel: "tieuHoc",
      collectiveTitle: "Tập thể lao động tiên tiến",
      digitalTransformation: "Mức đáp ứng cơ bản",
      vetAccredited: null,
      learners: 620,
      learnerCitizens: 600,
      rows: {
        name: 2,
        type: 3,
        tier: 4,
        year: 5,
        regulation: 6,
        publicSector: 7,
        schoolLevel: 8,
        collectiveTitle: 9,
        digitalTransformation: 10,
        learners: 11,
        learnerCitizens: 12,
      },
    });

    expect(i.members).toHaveLength(12);
    expect(i.members[0]).toEqual({
      key: "cb001",
      row: 2,
      name: memberName(0),
      position: "Hiệu trưởng",
      counted: true,
      discipline: null,
      learningCitizen: true,
    });
    expect(i.awards).toHaveLength(12);
    expect(i.awards[3]).toEqual({ memberKey: "cb004", row: 5, title: "Lao động tiên tiến", year: 2025, decision: "103/QĐ-UBND" });
    expect(i.certificates[0]).toEqual({ memberKey: "cb001", row: 2, category: "Ngoại ngữ", name: "Tiếng Anh bậc 2", issuedYear: 2024 });
    expect(i.trainings).toHaveLength(24);
    expect(i.trainings[1]).toEqual({ memberKey: "cb001", row: 3, program: "Kỹ năng số cơ bản", group: "Chuyển đổi số", completed: true, year: 2025 });
    expect(i.selfAssessments.map((s) => s.indicatorId)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "3.2"]);
    expect(i.selfAssessments[0]).toEqual({
      indicatorId: "1.1",
      row: 2,
      claimed: "Đạt",
      evidence: "MC-1.1",
      description: "Hiện trạng chỉ tiêu 1.1",
      strengths: "Thực hiện đầy đủ",
      weaknesses: "Chưa có",
      plan: "Duy trì",
    });
    expect(i.ambiguousKeys.size).toBe(0);
  });

  test("without Mã, keys are folded names and joins go by name", () => {
    const { input, issues } = readAssessment(buildWorkbook({ members: 5, codes: false }));
    expect(issues).toEqual([]);
    expect(input!.members[1]!.key).toBe(memberName(1).toLocaleLowerCase("vi"));
    expect(input!.awards[1]!.memberKey).toBe(input!.members[1]!.key);
  });
});
