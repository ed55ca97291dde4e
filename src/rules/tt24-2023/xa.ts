/**
 * “Đơn vị học tập” cấp xã: from 01/7/2025 districts no longer exist (two-level local government), and the
 * units that cấp huyện used to recognise are recognised by the commune. The criteria of TT24 cấp huyện
 * are inherited unchanged; only the deciding authority moves (assumption `communeInheritsDistrict`).
 */
import { deriveRuleSet } from "../derive";
import { TT24_HUYEN } from "./huyen";

export const TT24_XA = deriveRuleSet(TT24_HUYEN, {
  id: "tt24-2023/xa",
  title: "“Đơn vị học tập” cấp xã theo Thông tư 24/2023/TT-BGDĐT (chính quyền địa phương hai cấp)",
  tier: "xa",
  validFrom: "2025-07-01",
  validUntil: undefined,
  successor: undefined,
  authority: {
    text: "Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận (thay Chủ tịch Ủy ban nhân dân cấp huyện)",
    cite: "Điều 5 khoản 1, theo Thông tư 11/2025/TT-BGDĐT và Nghị định 142/2025/NĐ-CP",
    basis: "assumption",
  },
  amendedBy: [
    {
      name: "Nghị định 142/2025/NĐ-CP",
      effective: "2025-07-01",
      note: "Phân định thẩm quyền của chính quyền địa phương hai cấp trong lĩnh vực giáo dục",
      basis: "secondary",
    },
    {
      name: "Thông tư 11/2025/TT-BGDĐT",
      effective: "2025-07-01",
      note: "Hướng dẫn thẩm quyền của cấp xã thay cấp huyện trong các thông tư của Bộ Giáo dục và Đào tạo",
      basis: "secondary",
    },
  ],
});
