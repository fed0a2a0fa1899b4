import { join } from "node:path";
import { unified } from "@astrojs/markdown-remark";
import remarkCjkFriendly from "remark-cjk-friendly";
import { describe, expect, test } from "vitest";
import { PAGE_ERROR_PREFIX, pageBuildError } from "../src/lib/build-error.ts";
import { escapeProseAngles, withProseAngles } from "../src/lib/mdx-prose.ts";

const SITE_ROOT = join(import.meta.dirname, "..");
const PAGE = join(SITE_ROOT, "src/pages/guide.mdx");

/** The MDX renderer the site uses (astro.config.ts), compiling to a JS module's source. */
async function render(source: string) {
  const processor = withProseAngles(unified({ remarkPlugins: [remarkCjkFriendly] }));
  const renderer = await processor.createMdxRenderer!(
    {},
    { optimize: false, srcDir: new URL(`file://${SITE_ROOT}/src/`) },
  );
  return (await renderer.process(source, PAGE, {})).code;
}

describe("hand-written MDX pages in Korean", () => {
  test("law notation with `<` is text and tags, comments, autolinks and code keep their meaning", () => {
    const source = [
      "「○○ 조례」 제3조 <신설 2025. 3. 1.> 만 65세 <= 나이",
      '<Phone phone="061-797-2776" /> </div> <> <!-- 메모 --> <https://example.org>',
      "`a <b` 코드",
      "```",
      "<신설 그대로>",
      "```",
      'import X from "./x.ts";',
    ].join("\n");
    expect(escapeProseAngles(source).split("\n")).toEqual([
      "「○○ 조례」 제3조 &lt;신설 2025. 3. 1.> 만 65세 &lt;= 나이",
      '<Phone phone="061-797-2776" /> </div> <> <!-- 메모 --> <https://example.org>',
      "`a <b` 코드",
      "```",
      "<신설 그대로>",
      "```",
      'import X from "./x.ts";',
    ]);
  });

  test("the site's MDX renderer builds law notation as text and emphasis before a Hangul particle", async () => {
    const code = await render("「○○ 조례」 제3조 <신설 2025. 3. 1.>\n\n**맞춤형 찾기(finder)**는 기능입니다.");
    expect(code).toContain('children: "「○○ 조례」 제3조 <신설 2025. 3. 1.>"');
    expect(code).toMatch(/_components\.strong, \{\s*children: "맞춤형 찾기\(finder\)"/);
    expect(code).not.toContain("**");
  });

  test("a page that cannot be built is named with its line in Korean, with what to do", async () => {
    const error = await render("## 제목\n\n값은 {a 입니다.\n").then(
      () => undefined,
      (e: { line: number; column: number }) => e,
    );
    // As in a site build: @astrojs/mdx's Vite plugin adds the page's location to MDX's error, and
    // Rolldown wraps it in an aggregate error (the real chain was checked with a broken about.mdx).
    const located = Object.assign(error!, { loc: { file: PAGE, line: error!.line, column: error!.column } });
    const message = pageBuildError(
      Object.assign(new Error("Build failed with 1 error"), { errors: [located] }),
      SITE_ROOT,
    );
    expect(message).toMatch(new RegExp(`^${PAGE_ERROR_PREFIX}: src/pages/guide\\.mdx 3번째 줄, 11번째 글자: `));
    expect(message).toContain("할 일: 이 파일의 그 줄을 고친 뒤 다시 만드세요.");
    expect(pageBuildError(new Error("정책 데이터가 올바르지 않습니다"), SITE_ROOT)).toBeUndefined();
  });
});
