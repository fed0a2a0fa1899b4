import { describe, expect, it } from "vitest";
import { isKoreanPhone, normalizePhone, phoneNumber, telHref } from "../src/index.ts";

const MESSAGE = "전화번호 형식이 올바르지 않습니다. 예: 061-797-2776, 1588-1234, 129";

describe("phoneNumber", () => {
  it.each([
    "061-797-2776",
    "061-797-4758",
    "02-120-1234",
    "02-1234-5678",
    "010-1234-5678",
    "070-1234-5678",
    "080-023-5000",
    "0505-123-4567",
    "064-710-1234",
    "1588-1234",
    "1644-9666",
    "1811-8412",
    "129",
    "120",
    "119",
    "1366",
  ])("accepts %s as it is", (phone) => {
    expect(phoneNumber.parse(phone)).toBe(phone);
  });

  it.each([
    ["(061)797-4049", "061-797-4049"],
    ["(061) 797-4049", "061-797-4049"],
    ["061.797.2776", "061-797-2776"],
    ["061 797 2776", "061-797-2776"],
    [" 061-797-2776 ", "061-797-2776"],
    ["061 - 797 - 2776", "061-797-2776"],
    ["０６１－７９７－２７７６", "061-797-2776"],
    ["061–797–2776", "061-797-2776"],
  ])("normalises %s to %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
    expect(phoneNumber.parse(input)).toBe(expected);
  });

  it.each([
    "02-12-345",
    "797-4049",
    "0617972776",
    "061-797-27766",
    "061-79-2776",
    "099-123-4567",
    "1234-5678",
    "1588-123",
    "12",
    "12345",
    "061-797-2776 내선 3",
    "",
    "전화 061-797-2776",
  ])("refuses %s with the Korean message", (phone) => {
    const result = phoneNumber.safeParse(phone);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([MESSAGE]);
  });

  it("isKoreanPhone checks the dialled form only (no normalising)", () => {
    expect(isKoreanPhone("061-797-2776")).toBe(true);
    expect(isKoreanPhone("(061)797-4049")).toBe(false);
  });

  it("telHref keeps digits only", () => {
    expect(telHref("061-797-2776")).toBe("tel:0617972776");
    expect(telHref("1588-1234")).toBe("tel:15881234");
    expect(telHref("129")).toBe("tel:129");
  });
});
