import { describe, expect, it } from "vitest";
import {
  cssString,
  fileName,
  htmlAttr,
  htmlText,
  jsonInScript,
  pdfText,
  safeUrl,
  UnsafePathError,
  UnsafeUrlError,
} from "../src/escape.ts";

const PAYLOADS = [
  `안내서</style><iframe src=file:///etc/hostname></iframe><p>INJECTED</p><style>`,
  `"><script>alert(1)</script>`,
  `' onmouseover='alert(1)`,
  `</script><!--`,
  `a\\b"c\nd\re\u0000f\u2028g`,
];

describe("htmlText and htmlAttr", () => {
  it.each(PAYLOADS)("leave no markup character in %j", (payload) => {
    for (const escaped of [htmlText(payload), htmlAttr(payload)]) {
      expect(escaped).not.toMatch(/[<>"']/);
      expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
    }
  });

  it("writes references a parser turns back into the text", () => {
    expect(htmlText(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    expect(htmlText(2026)).toBe("2026");
    expect(htmlAttr("복지 안내서")).toBe("복지 안내서");
  });
});

describe("safeUrl", () => {
  it("normalises web, phone and mail addresses", () => {
    expect(safeUrl("https://guide.example.kr/복지?a=1&b=2")).toBe(
      "https://guide.example.kr/%EB%B3%B5%EC%A7%80?a=1&b=2",
    );
    expect(safeUrl(`https://guide.example.kr/"><script>`)).toBe("https://guide.example.kr/%22%3E%3Cscript%3E");
    expect(safeUrl("tel:0617972776")).toBe("tel:0617972776");
    expect(safeUrl("mailto:help@example.kr")).toBe("mailto:help@example.kr");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/hostname",
    "/policies/",
    "",
  ])("refuses %j with a Korean message", (url) => {
    expect(() => safeUrl(url)).toThrow(UnsafeUrlError);
    expect(() => safeUrl(url)).toThrow(/허용되지 않는 주소/);
  });

  it("takes a narrower list of schemes", () => {
    expect(() => safeUrl("http://example.kr", ["https:"])).toThrow(UnsafeUrlError);
  });
});

describe("cssString", () => {
  it.each(PAYLOADS)("writes %j with no character that could end the string or the element", (payload) => {
    const css = cssString(payload);
    expect(css.slice(1, -1)).not.toMatch(/[<>&"'\p{Cc}]/u);
    expect(css).not.toMatch(/<\/style/i);
  });

  it("keeps Korean, letters and digits readable and hex-escapes the rest, each escape ended by a space", () => {
    expect(cssString("생애복지 안내서 2026")).toBe('"생애복지 안내서 2026"');
    expect(cssString(`</style>"\\\n`)).toBe('"\\3C \\2F style\\3E \\22 \\5C \\A "');
    // The space after an escape ends it, so a following hex digit stays a letter.
    expect(cssString("<a")).toBe('"\\3C a"');
    expect(cssString("😀")).toBe('"\\1F600 "');
  });
});

describe("jsonInScript", () => {
  it.each(PAYLOADS)("writes %j so that JSON.parse gives it back and no tag can start", (payload) => {
    const json = jsonInScript({ t: payload, list: [payload] });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ t: payload, list: [payload] });
  });
});

describe("pdfText", () => {
  it("removes control characters and bidirectional overrides, keeps the rest", () => {
    expect(pdfText("안내서\u0000 (2026)\u202e 역\\방향\n")).toBe("안내서 (2026) 역\\방향");
  });
});

describe("fileName", () => {
  it.each(["guidebook-2026.pdf", "000-front.html", "임신축하금", 2026])("accepts %j unchanged", (name) => {
    expect(fileName(name)).toBe(String(name));
  });

  it.each(["", ".", "..", ".hidden", "../secret", "a/b", "a\\b", "con", "a\u0000b", "x".repeat(256)])(
    "refuses %j",
    (name) => {
      expect(() => fileName(name)).toThrow(UnsafePathError);
      expect(() => fileName(name)).toThrow(/파일 이름으로 쓸 수 없는 값/);
    },
  );
});
