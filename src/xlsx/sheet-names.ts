/** Excel's sheet-name rules live in the core (src/workbook/sheet-names.ts), shared with the Office.js adapter. */
export * from "../workbook/sheet-names";
