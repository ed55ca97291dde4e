/**
 * The part of Office.js the adapter uses, as an interface: Excel.RequestContext satisfies it, and so does
 * the small fake the tests use to count context.sync() calls.
 */
export type ExcelContext = Pick<Excel.RequestContext, "workbook" | "application" | "sync">;

/** Excel on the web refuses a request or response over 5 MB; stay well under it. */
export const PAYLOAD_LIMIT_BYTES = 4_000_000;

/** A rough size of a value in a request's JSON. */
export function payloadSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === "string") return value.length * 2 + 4;
  return 12;
}
