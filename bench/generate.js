/**
 * Bench fixtures, written with ExcelJS's streaming writer: a unit of N members (each with one award, one
 * certificate and two training rows) as dvht's input workbook, and the same data as the COUNTIF/COUNTIFS
 * template a clerk would build instead (helper columns in `Thành viên`, a `Tổng hợp` sheet in front).
 * Deterministic: member i's facts depend on i only.
 */
"use strict";
const ExcelJS = require("exceljs");

const YEAR = 2025;
const HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"];
const DEM = ["Văn", "Thị", "Minh", "Thu", "Đức"];
const TEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng"];

/** Member i (0-based): a mostly compliant unit, so that shares sit near the 90% / 95% thresholds. */
function member(i) {
  return {
    code: `CB${String(i + 1).padStart(6, "0")}`,
    name: `${HO[i % 10]} ${DEM[Math.floor(i / 10) % 5]} ${TEN[Math.floor(i / 50) % 10]} ${i + 1}`,
    counted: i % 97 !== 5,
    discipline: i % 53 === 7 ? "Khiển trách" : null,
    learningCitizen: i % 17 !== 3,
    title: i % 31 === 4 ? "Giấy khen" : i % 7 === 0 ? "Chiến sĩ thi đua cơ sở" : "Lao động tiên tiến",
    certificate: i % 3 === 1 ? "Tin học" : "Ngoại ngữ",
    mandatoryDone: i % 23 !== 11,
    digitalDone: i % 19 !== 2,
  };
}

const UNIT_NAME = "Trường Trung học phổ thông Đo Hiệu Năng";
const UNIT_ROWS = [
  ["Thông tin", "Giá trị"],
  ["Tên đơn vị", UNIT_NAME],
  ["Loại đơn vị", "Phổ thông"],
  ["Cấp công nhận", "huyện"],
  ["Năm đánh giá", YEAR],
  ["Quy định", "TT24/2023"],
  ["Công lập", "Có"],
  ["Cấp học cao nhất", "Trung học phổ thông"],
  ["Danh hiệu tập thể", "Tập thể lao động tiên tiến"],
  ["Mức chuyển đổi số (QĐ 4725)", "Mức đáp ứng tốt"],
  ["Số người học", 2900],
  ["Số người học đạt Công dân học tập", 2850],
];
const SELF_ROWS = [
  ["Chỉ tiêu", "Mức tự đánh giá", "Minh chứng", "Mô tả hiện trạng"],
  ...["1.1", "1.2", "1.3", "1.4", "1.5", "3.2"].map((id) => [id, "Đạt", `H-${id}-01`, `Hiện trạng chỉ tiêu ${id}`]),
];

/** Helper columns of the COUNTIFS template, after Công dân học tập (G). */
const HELPERS = ["LĐTT trở lên", "Ngoại ngữ/DTTS", "BD bắt buộc đủ", "Chuyển đổi số"];

function countifsFormulas(r, n) {
  const kt = (c) => `'Khen thưởng'!$${c}$2:$${c}$${n + 1}`;
  const cc = (c) => `'Chứng chỉ'!$${c}$2:$${c}$${n + 1}`;
  const bd = (c) => `'Bồi dưỡng'!$${c}$2:$${c}$${2 * n + 1}`;
  const key = `$B${r}`;
  const mandatory = `COUNTIFS(${bd("A")},${key},${bd("D")},"Bắt buộc",${bd("F")},${YEAR})`;
  return [
    `IF(COUNTIFS(${kt("A")},${key},${kt("D")},${YEAR},${kt("C")},"Lao động tiên tiến")+COUNTIFS(${kt("A")},${key},${kt("D")},${YEAR},${kt("C")},"Chiến sĩ thi đua cơ sở")>0,1,0)`,
    `IF(COUNTIFS(${cc("A")},${key},${cc("C")},"Ngoại ngữ")+COUNTIFS(${cc("A")},${key},${cc("C")},"Tiếng dân tộc thiểu số")>0,1,0)`,
    `IF(AND(${mandatory}>0,COUNTIFS(${bd("A")},${key},${bd("D")},"Bắt buộc",${bd("F")},${YEAR},${bd("E")},"Hoàn thành")=${mandatory}),1,0)`,
    `IF(COUNTIFS(${bd("A")},${key},${bd("D")},"Chuyển đổi số",${bd("F")},${YEAR},${bd("E")},"Hoàn thành")>0,1,0)`,
  ];
}

/** The template's summary: chỉ tiêu, members who qualify, members counted — what dvht's JSON gives. */
function summaryRows(n) {
  const tv = (c) => `'Thành viên'!$${c}$2:$${c}$${n + 1}`;
  const counted = `COUNTIF(${tv("E")},"Có")`;
  const rows = [
    ["2.1", `${counted}-COUNTIFS(${tv("E")},"Có",${tv("F")},"<>")`],
    ["2.2", `SUMIFS(${tv("J")},${tv("E")},"Có")`],
    ["2.3", `SUMIFS(${tv("K")},${tv("E")},"Có")`],
    ["2.4", `SUMIFS(${tv("I")},${tv("E")},"Có")`],
    ["2.5", `SUMIFS(${tv("H")},${tv("E")},"Có")`],
    ["3.1", `COUNTIFS(${tv("E")},"Có",${tv("G")},"Có")`],
  ];
  return rows.map(([id, numerator], k) => [id, { formula: numerator }, { formula: counted }, { formula: `B${k + 2}/C${k + 2}` }]);
}

/**
 * Write the unit's workbook to `file`. With `countifs`, also the helper formulas and a first sheet
 * `Tổng hợp` (formulas without cached results, so a spreadsheet must calculate them).
 */
async function writeUnit(file, n, { countifs = false } = {}) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const add = (ws, values) => ws.addRow(values).commit();
  if (countifs) {
    const ws = wb.addWorksheet("Tổng hợp");
    add(ws, ["Chỉ tiêu", "Số thành viên đạt", "Số thành viên được tính", "Tỷ lệ"]);
    for (const row of summaryRows(n)) add(ws, row);
    ws.commit();
  }
  const unit = wb.addWorksheet("Đơn vị");
  for (const row of UNIT_ROWS) add(unit, row);
  unit.commit();

  const roster = wb.addWorksheet("Thành viên");
  add(roster, ["STT", "Mã", "Họ và tên", "Chức vụ", "Tính vào đánh giá", "Kỷ luật", "Công dân học tập", ...(countifs ? HELPERS : [])]);
  for (let i = 0; i < n; i++) {
    const m = member(i);
    const row = [i + 1, m.code, m.name, i === 0 ? "Hiệu trưởng" : "Giáo viên", m.counted ? "Có" : "Không", m.discipline, m.learningCitizen ? "Có" : "Không"];
    if (countifs) row.push(...countifsFormulas(i + 2, n).map((formula) => ({ formula })));
    add(roster, row);
  }
  roster.commit();

  const awards = wb.addWorksheet("Khen thưởng");
  add(awards, ["Mã", "Họ và tên", "Danh hiệu", "Năm", "Số quyết định"]);
  for (let i = 0; i < n; i++) {
    const m = member(i);
    add(awards, [m.code, m.name, m.title, YEAR, `${100 + (i % 900)}/QĐ-UBND`]);
  }
  awards.commit();

  const certificates = wb.addWorksheet("Chứng chỉ");
  add(certificates, ["Mã", "Họ và tên", "Loại", "Tên chứng chỉ", "Ngày cấp"]);
  for (let i = 0; i < n; i++) {
    const m = member(i);
    add(certificates, [m.code, m.name, m.certificate, m.certificate === "Tin học" ? "Ứng dụng CNTT cơ bản" : "Tiếng Anh bậc 2", `15/03/${YEAR - 1 - (i % 5)}`]);
  }
  certificates.commit();

  const training = wb.addWorksheet("Bồi dưỡng");
  add(training, ["Mã", "Họ và tên", "Chương trình", "Nhóm", "Kết quả", "Năm"]);
  for (let i = 0; i < n; i++) {
    const m = member(i);
    add(training, [m.code, m.name, `Bồi dưỡng thường xuyên năm ${YEAR}`, "Bắt buộc", m.mandatoryDone ? "Hoàn thành" : "Chưa hoàn thành", YEAR]);
    add(training, [m.code, m.name, "Kỹ năng số cơ bản", "Chuyển đổi số", m.digitalDone ? "Hoàn thành" : "Chưa hoàn thành", YEAR]);
  }
  training.commit();

  const self = wb.addWorksheet("Tự đánh giá");
  for (const row of SELF_ROWS) add(self, row);
  self.commit();
  await wb.commit();
}

/** The engine's input for the same unit, built directly (no workbook), for the engine-alone figure. */
function engineInput(n) {
  const input = {
    unit: {
      name: UNIT_ROWS[1][1], type: "phoThong", tier: "huyen", year: YEAR, regulation: null, publicSector: true,
      schoolLevel: "thpt", collectiveTitle: "Tập thể lao động tiên tiến", digitalTransformation: "Mức đáp ứng tốt",
      vetAccredited: null, learners: 2900, learnerCitizens: 2850, rows: {},
    },
    members: [], awards: [], certificates: [], trainings: [],
    selfAssessments: SELF_ROWS.slice(1).map(([id, claimed, evidence], k) => ({
      indicatorId: id, row: k + 2, claimed, evidence, description: null, strengths: null, weaknesses: null, plan: null,
    })),
    ambiguousKeys: new Set(),
  };
  for (let i = 0; i < n; i++) {
    const m = member(i);
    const key = m.code.toLowerCase();
    const row = i + 2;
    input.members.push({ key, row, name: m.name, position: null, counted: m.counted, discipline: m.discipline, learningCitizen: m.learningCitizen });
    input.awards.push({ memberKey: key, row, title: m.title, year: YEAR, decision: null });
    input.certificates.push({ memberKey: key, row, category: m.certificate, name: null, issuedYear: YEAR - 1 });
    input.trainings.push({ memberKey: key, row: 2 * i + 2, program: "BDTX", group: "Bắt buộc", completed: m.mandatoryDone, year: YEAR });
    input.trainings.push({ memberKey: key, row: 2 * i + 3, program: "Kỹ năng số", group: "Chuyển đổi số", completed: m.digitalDone, year: YEAR });
  }
  return input;
}

module.exports = { writeUnit, engineInput, YEAR, UNIT_NAME };
