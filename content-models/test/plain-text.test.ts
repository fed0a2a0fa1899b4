import { describe, expect, it } from "vitest";
import { plainText } from "../src/present/plain-text.ts";

describe("plainText (HTML to text)", () => {
  const html =
    "<p>만 65세 이상 <strong>광양시</strong> 거주자</p><ul><li>기초연금 수급자</li><li>차상위 &amp; 한부모</li></ul><p>문의:<br>주민복지과</p>";

  it("puts each block on its own line, drops tags and decodes entities", () => {
    expect(plainText(html)).toBe("만 65세 이상 광양시 거주자\n기초연금 수급자\n차상위 & 한부모\n문의:\n주민복지과");
  });
  it("joins the lines with spaces on request", () => {
    expect(plainText(html, { oneLine: true })).toBe(
      "만 65세 이상 광양시 거주자 기초연금 수급자 차상위 & 한부모 문의: 주민복지과",
    );
  });
  it("collapses runs of spaces and drops blank lines", () => {
    expect(plainText("<p>  a \n\t b  </p>\n\n<p></p><h3>c</h3>")).toBe("a b\nc");
  });
  it("separates table cells by a space and rows by a line", () => {
    expect(plainText("<table><tr><th>구분</th><td>금액</td></tr><tr><td>첫째</td><td>30만 원</td></tr></table>")).toBe(
      "구분 금액\n첫째 30만 원",
    );
  });
  it("keeps text that only looks like markup once decoded, and never shows script content", () => {
    expect(plainText("<p>&lt;b&gt;굵게&lt;/b&gt; &quot;인용&quot; &#39;</p><script>alert(1)</script>")).toBe(
      '<b>굵게</b> "인용" \'',
    );
  });
  it("gives an empty string for empty or tag-only input", () => {
    expect(plainText("")).toBe("");
    expect(plainText("<p><br></p>")).toBe("");
  });
});
