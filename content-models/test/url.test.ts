import { describe, expect, it } from "vitest";
import { httpsUrl, sourceUrl } from "../src/index.ts";

describe("httpsUrl", () => {
  it("accepts absolute https addresses, trimmed", () => {
    expect(httpsUrl.parse("https://guide.example.kr")).toBe("https://guide.example.kr");
    expect(httpsUrl.parse(" https://www.gwangyang.go.kr/menu.es?mid=a11209050500 ")).toBe(
      "https://www.gwangyang.go.kr/menu.es?mid=a11209050500",
    );
    expect(httpsUrl.parse("https://예시.kr/복지")).toBe("https://예시.kr/복지");
  });

  it.each([
    "http://guide.example.kr",
    "guide.example.kr",
    "/policies/",
    "ftp://example.kr",
    "javascript:alert(1)",
    "",
    "https://",
  ])("refuses %s with the Korean message", (value) => {
    const result = httpsUrl.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("https:// 로 시작하는 올바른 주소를 입력하세요.");
  });
});

describe("sourceUrl (출처)", () => {
  it("keeps http press archives as found, and https", () => {
    expect(sourceUrl.parse("http://img.kwangju.co.kr/print.php?aid=1698819300759854137")).toBe(
      "http://img.kwangju.co.kr/print.php?aid=1698819300759854137",
    );
    expect(sourceUrl.parse("https://m.segye.com/view/20260112508087")).toBe("https://m.segye.com/view/20260112508087");
  });

  it.each(["javascript:alert(1)", "mailto:a@example.kr", "www.example.kr", "file:///etc/passwd"])(
    "refuses %s",
    (value) => {
      const result = sourceUrl.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("출처는 http(s):// 로 시작하는 올바른 주소여야 합니다.");
    },
  );
});
