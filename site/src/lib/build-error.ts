import { relative } from "node:path";

/** First words of the Korean message for a page that cannot be built; `build.ts` looks for them. */
export const PAGE_ERROR_PREFIX = "누리집 페이지를 만들 수 없습니다";

/** Where a build error points: Astro's `loc` (Vite plugins) or a VFile message's own fields (MDX). */
type Location = { file?: string; id?: string; line?: number; column?: number };

/** The innermost error that names a file and line, with its location. */
function located(error: unknown, depth = 0): { error: unknown; loc: Location } | undefined {
  if (!error || typeof error !== "object" || depth > 4) return undefined;
  const e = error as Location & { loc?: Location; errors?: unknown[]; cause?: unknown };
  if (e.loc?.file && e.loc.line) return { error, loc: e.loc };
  if ((e.file || e.id) && e.line) return { error, loc: e };
  for (const inner of [...(Array.isArray(e.errors) ? e.errors : []), e.cause]) {
    const found = located(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The first line of an error's reason, without MDX's `line:column:` prefix. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, "").split("\n")[0] ?? "";
}

/**
 * The Korean message for an editor when a hand-written page (MDX, Markdown, Astro) fails to build,
 * naming the file (relative to the site folder) and the line, then Astro's reason and what to do.
 * Walks `errors` (Rolldown's aggregate) and `cause` to find the located error.
 * @param error What the Astro build threw.
 * @param siteRoot The site folder, so the file reads `src/pages/about.mdx`.
 * @returns The message, or undefined when the error points at no file and line (e.g. bad data).
 */
export function pageBuildError(error: unknown, siteRoot: string): string | undefined {
  const found = located(error);
  const file = found?.loc.file ?? found?.loc.id;
  if (!found || !file) return undefined;
  const path = relative(siteRoot, file).split("\\").join("/");
  const column = found.loc.column ? `, ${found.loc.column}번째 글자` : "";
  const mdx = path.endsWith(".mdx")
    ? " MDX에서 `{`와 `}`는 코드로, `<` 바로 뒤에 영문자가 오면 태그로 읽힙니다. 글자로 쓰려면 `\\{`, `\\}`, `\\<`처럼 앞에 `\\`를 붙이세요."
    : "";
  return `${PAGE_ERROR_PREFIX}: ${path} ${found.loc.line}번째 줄${column}: ${reason(found.error)}\n할 일: 이 파일의 그 줄을 고친 뒤 다시 만드세요.${mdx}`;
}
