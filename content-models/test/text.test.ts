import { describe, expect, it } from "vitest";
import { koreanMultilineText, koreanText, policySchema, safeHtml, toNfc } from "../src/index.ts";
import { rawPolicy } from "./helpers/fixture.ts";

const NFD_TITLE = "임신축하금".normalize("NFD");

describe("NFC text", () => {
  it("the test input really is decomposed", () => {
    expect(NFD_TITLE).not.toBe("임신축하금");
    expect(NFD_TITLE.length).toBeGreaterThan("임신축하금".length);
  });

  it("toNfc composes Hangul jamo", () => {
    expect(toNfc(NFD_TITLE)).toBe("임신축하금");
  });

  it("an NFD title is stored NFC by the policy schema, and so are rich text and the slug", () => {
    const input = rawPolicy("g-pregnancy-gift");
    input.title = NFD_TITLE;
    input.benefits = `<p>${"지역화폐".normalize("NFD")}</p>`;
    input.slug = (input.slug as string).normalize("NFD");
    const policy = policySchema.parse(input);
    expect(policy.title).toBe("임신축하금");
    expect(policy.title.normalize("NFC")).toBe(policy.title);
    expect(policy.benefits).toBe("<p>지역화폐</p>");
    expect(policy.slug).toBe("임신축하금");
  });

  it("koreanText trims, collapses whitespace and checks length in characters", () => {
    const text = koreanText({ max: 6 });
    expect(text.parse("  광양시\n  생애  ")).toBe("광양시 생애");
    expect(text.safeParse("   ").error?.issues[0]?.message).toBe("내용을 입력하세요.");
    expect(text.safeParse("광양시 생애복지").error?.issues[0]?.message).toBe("6자 이하로 입력하세요.");
    expect(koreanText({ min: 2 }).safeParse("가").error?.issues[0]?.message).toBe("2자 이상 입력하세요.");
    // Length is counted after NFC: 6 composed syllables (18 jamo in NFD) fit a 6-character limit.
    expect(text.parse("임신축하금액".normalize("NFD"))).toBe("임신축하금액");
  });

  it("koreanMultilineText keeps newlines, normalises CRLF and allows empty", () => {
    const text = koreanMultilineText({ max: 20 });
    expect(text.parse("첫째 줄\r\n둘째 줄\r셋째 줄 ")).toBe("첫째 줄\n둘째 줄\n셋째 줄");
    expect(text.parse("")).toBe("");
    expect(text.safeParse("가".repeat(21)).error?.issues[0]?.message).toBe("20자 이하로 입력하세요.");
  });

  it("safeHtml stores NFC and trims", () => {
    expect(safeHtml.parse(`  <p>${NFD_TITLE}</p>\n`)).toBe("<p>임신축하금</p>");
  });
});
