/** A value and the spellings that mean it; the first spelling is the canonical one shown to users. */
export interface Term<T> {
  value: T;
  spellings: string[];
}
