/** plainDigits: the worksheet reader's fast path must give parseInt/parseFloat's value or step aside (-1). */
import { plainDigits } from "../../src/package/digits";

describe("plainDigits", () => {
  it.each([
    ["0", 0],
    ["7", 7],
    ["0042", 42],
    ["2025", 2025],
    ["999999999999999", 999_999_999_999_999], // 15 digits: still exact
    ["1234567890123456", -1], // 16 digits: left to parseFloat
    ["", -1],
    ["-5", -1],
    ["+5", -1],
    ["1.5", -1],
    ["1e3", -1],
    [" 7", -1],
    ["7 ", -1],
    ["١٢", -1], // Arabic-Indic digits are not ASCII digits
  ])("%j → %d", (text, expected) => {
    expect(plainDigits(text)).toBe(expected);
  });
});
