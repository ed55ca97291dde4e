/**
 * The `Nhóm` of a programme in the `Bồi dưỡng` sheet, as rule data: which groups are programmes “theo quy
 * định của nhà nước hoặc của đơn vị và đoàn thể được lãnh đạo đơn vị phê duyệt” (TT24 Điều 6 khoản 2 điểm
 * b, chỉ tiêu 2.2), which are “bắt buộc theo quy định của nhà nước” (TT22/2020 Điều 5 khoản 2 điểm c), and
 * which is the digital-transformation programme of 2.3. The template offers these as the column's list.
 */
export const PROGRAMME_GROUP = {
  /** The word units have long used (TT22/2020) for a state-required programme. */
  mandatory: "Bắt buộc",
  state: "Theo quy định của nhà nước",
  unit: "Của đơn vị",
  union: "Đoàn thể",
  digital: "Chuyển đổi số",
  optional: "Tự chọn",
} as const;

/** TT24 2.2: programmes of the state, of the unit and of its đoàn thể (assumption requiredProgrammeGroups). */
export const REQUIRED_PROGRAMME_GROUPS: string[] = [PROGRAMME_GROUP.mandatory, PROGRAMME_GROUP.state, PROGRAMME_GROUP.unit, PROGRAMME_GROUP.union];

/** TT22/2020 2c: “chương trình học tập, bồi dưỡng bắt buộc theo quy định của nhà nước” only. */
export const STATE_PROGRAMME_GROUPS: string[] = [PROGRAMME_GROUP.mandatory, PROGRAMME_GROUP.state];

/** Every group the `Nhóm` column offers, in the template's order. */
export const PROGRAMME_GROUP_CHOICES: string[] = Object.values(PROGRAMME_GROUP);
