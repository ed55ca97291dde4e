/**
 * What clerks write in cells, mapped to dvht's values. Matching folds case, spacing and Unicode form,
 * and also accepts the words typed without diacritics (see src/engine/text.ts).
 */
import type { RecognitionTier, SchoolLevel, UnitType } from "../rules/types";
import { toneFold } from "../rules/vocabulary/normalise";
import { rememberedPerText } from "../rules/vocabulary/remember";
import { fold as foldCase, foldLoose } from "../engine/text";
import type { Term } from "../rules/vocabulary/term";
import { TRAINING_RESULT_TERMS } from "../rules/vocabulary/training";
export type { Term } from "../rules/vocabulary/term";

/** Case, spaces, Unicode form and tone placement (“hoà” = “hòa”) folded. */
const fold = (text: string): string => toneFold(foldCase(text));

export const YES_NO: Term<boolean>[] = [
  { value: true, spellings: ["Có", "x", "Đạt", "TRUE", "1", "Yes", "Rồi", "Đã đạt"] },
  { value: false, spellings: ["Không", "Chưa", "Chưa đạt", "Không đạt", "FALSE", "0", "No"] },
];

/** `Công lập`: yes/no, or the sector named (“Công lập”, “Tư thục”). */
export const PUBLIC_SECTOR: Term<boolean>[] = [
  { value: true, spellings: ["Có", "Công lập", "CL", "Nhà nước", "x", "TRUE", "1", "Yes", "Đúng"] },
  { value: false, spellings: ["Không", "Ngoài công lập", "Tư thục", "Dân lập", "Tư nhân", "Tư thục, dân lập", "FALSE", "0", "No"] },
];

export const UNIT_TYPES: Term<UnitType>[] = [
  { value: "coQuanHanhChinh", spellings: ["Cơ quan hành chính", "Cơ quan nhà nước", "Cơ quan", "Ủy ban nhân dân cấp xã", "UBND xã", "UBND cấp xã", "Ủy ban nhân dân xã"] },
  { value: "donViSuNghiepCongLap", spellings: ["Đơn vị sự nghiệp công lập", "ĐVSNCL"] },
  { value: "mamNonCongLap", spellings: ["Mầm non công lập", "Trường mầm non công lập", "Mầm non"] },
  { value: "phoThong", spellings: ["Phổ thông", "Cơ sở giáo dục phổ thông", "Trường phổ thông"] },
  { value: "giaoDucNgheNghiep", spellings: ["Giáo dục nghề nghiệp", "Cơ sở giáo dục nghề nghiệp", "GDNN"] },
  { value: "giaoDucThuongXuyen", spellings: ["Giáo dục thường xuyên", "Trung tâm giáo dục thường xuyên", "GDTX"] },
  { value: "coSoGiaoDucDaiHoc", spellings: ["Giáo dục đại học", "Cơ sở giáo dục đại học", "Trường đại học", "Đại học"] },
  { value: "toChucKinhTe", spellings: ["Tổ chức kinh tế", "Doanh nghiệp"] },
  { value: "truongDuBiDaiHoc", spellings: ["Trường dự bị đại học"] },
  { value: "truongChuyen", spellings: ["Trường chuyên"] },
  { value: "truongNangKhieu", spellings: ["Trường năng khiếu"] },
  { value: "truongNguoiKhuyetTat", spellings: ["Trường dành cho người khuyết tật"] },
  { value: "truongGiaoDuong", spellings: ["Trường giáo dưỡng"] },
  { value: "trungTamHoTroGiaoDucHoaNhap", spellings: ["Trung tâm hỗ trợ phát triển giáo dục hòa nhập"] },
  { value: "coQuanDoanThe", spellings: ["Cơ quan Đảng, đoàn thể", "Đoàn thể", "Mặt trận Tổ quốc", "Hội"] },
];

export const TIERS: Term<RecognitionTier>[] = [
  { value: "xa", spellings: ["xã", "Cấp xã", "phường", "đặc khu"] },
  { value: "huyen", spellings: ["huyện", "Cấp huyện", "quận", "thị xã", "thành phố thuộc tỉnh", "Cấp quận", "UBND huyện", "Đơn vị học tập cấp huyện"] },
  { value: "tinh", spellings: ["tỉnh", "Cấp tỉnh", "thành phố trực thuộc trung ương", "Cấp thành phố", "UBND tỉnh", "Đơn vị học tập cấp tỉnh"] },
];

export const SCHOOL_LEVELS: Term<SchoolLevel>[] = [
  { value: "mamNon", spellings: ["Mầm non", "Nhà trẻ", "Mẫu giáo", "MN"] },
  { value: "tieuHoc", spellings: ["Tiểu học", "TH", "Cấp 1", "Cấp I"] },
  { value: "thcs", spellings: ["Trung học cơ sở", "THCS", "Cấp 2", "Cấp II"] },
  { value: "thpt", spellings: ["Trung học phổ thông", "THPT", "Cấp 3", "Cấp III", "PTTH"] },
];

/** Kết quả of a training: the spellings live with the other training vocabulary (src/rules/vocabulary/training.ts). */
export const TRAINING_RESULTS: Term<boolean>[] = TRAINING_RESULT_TERMS;

/**
 * Find the term a cell means. Exact folded match first; then without diacritics, but only when that
 * loose form is not shared by two different values (so "Co" means "Có", never "Cỏ").
 */
export function matchTerm<T>(terms: Term<T>[], text: string): T | undefined {
  return indexOf(terms).match(text);
}

function matchInIndex<T>(index: TermIndex<T>, text: string): T | undefined {
  const exact = index.exact.get(fold(text));
  if (exact !== undefined) return exact.value;
  const hits = index.loose.get(foldLoose(text));
  return hits !== undefined && hits.length === 1 ? hits[0]!.value : undefined;
}

interface TermIndex<T> {
  /** Folded spelling → the first term that has it. */
  exact: Map<string, Term<T>>;
  /** Spelling without diacritics → the distinct terms that have it. */
  loose: Map<string, Term<T>[]>;
  /** matchInIndex remembered per text: a column repeats a few values (“Có”, “Hoàn thành”) on every row. */
  match: (text: string) => T | undefined;
}
const indexes = new WeakMap<Term<unknown>[], TermIndex<unknown>>();

/** The spellings of a vocabulary folded once (matching runs on every cell of large rosters). */
function indexOf<T>(terms: Term<T>[]): TermIndex<T> {
  let index = indexes.get(terms as Term<unknown>[]) as TermIndex<T> | undefined;
  if (!index) {
    const built: TermIndex<T> = { exact: new Map(), loose: new Map(), match: rememberedPerText((text) => matchInIndex(built, text)) };
    index = built;
    for (const term of terms) {
      for (const s of term.spellings) {
        const f = fold(s);
        if (!index.exact.has(f)) index.exact.set(f, term);
        const l = foldLoose(s);
        const list = index.loose.get(l) ?? [];
        if (!list.includes(term)) list.push(term);
        index.loose.set(l, list);
      }
    }
    indexes.set(terms as Term<unknown>[], index as TermIndex<unknown>);
  }
  return index;
}

/** The canonical spelling of a value, for messages and templates. */
export function canonical<T>(terms: Term<T>[], value: T): string {
  return terms.find((t) => t.value === value)?.spellings[0] ?? String(value);
}

/** The spellings of every term, for a message that says what is accepted. */
export function listCanonical<T>(terms: Term<T>[]): string {
  return terms.map((t) => t.spellings[0]).join(", ");
}
