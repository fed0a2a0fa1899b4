/**
 * The committed src/styles/fonts.css is what `pnpm --filter @lifewelfare/site fonts` makes from the
 * installed pretendard-gov (an upgrade without regenerating fails here), and the generator keeps
 * only the site's weights, woff2 files and every rule's unicode-range.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { pretendardGovDynamicSubsetCss, siteFontFaces } from "../src/fonts/font-faces.ts";

test("fonts.css is generated from the installed pretendard-gov", async () => {
  const committed = await readFile(join(import.meta.dirname, "../src/styles/fonts.css"), "utf8");
  expect(committed).toBe(siteFontFaces(await pretendardGovDynamicSubsetCss()));
});

test("only the asked weights, woff2 only, each rule with its unicode-range and font-display: swap", async () => {
  const css = siteFontFaces(await pretendardGovDynamicSubsetCss(), [700]);
  const rules = css.match(/@font-face \{[^}]*\}/g) ?? [];
  expect(rules).toHaveLength(120);
  for (const rule of rules) {
    expect(rule).toContain("font-weight: 700;");
    expect(rule).toContain("font-display: swap;");
    expect(rule).toMatch(/src: url\("[^"]+PretendardGOV-Bold\.subset\.\d+\.woff2"\) format\("woff2"\);/);
    expect(rule).toMatch(/unicode-range: U\+[0-9a-f]/);
    expect(rule).not.toContain(".woff)");
  }
});

test("a package without a weight's rules is refused", async () => {
  expect(() => siteFontFaces("@font-face { font-weight: 400; }", [400])).toThrow(/woff2 or unicode-range/);
  expect(() => siteFontFaces("", [400])).toThrow(/no dynamic-subset rule of weight 400/);
});
