import type { MarkdownProcessor } from "@astrojs/markdown-remark";

/** A fenced code block's opening line: three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** ESM lines MDX reads as JavaScript, left as they are. */
const ESM = /^(import|export)\s/;
/** A `<` that cannot open a JSX tag, an HTML comment or an autolink: not before an ASCII letter, `/`, `!` or `>`. */
const PROSE_LT = /<(?![A-Za-z/!>])/g;

/**
 * Makes `<` in the prose of a hand-written MDX page text, as editors of Korean pages expect: law
 * notation such as `제3조 <신설 2025. 3. 1.>` or `만 65세 <= 나이` would otherwise stop the build,
 * because MDX reads every `<` as the start of a component (MDX 3, "Unexpected character before
 * name"). A `<` not followed by an ASCII letter, `/`, `!` or `>` becomes `&lt;`, so tags
 * (`<Phone …>`, `</div>`, `<>`), comments and autolinks (`<https://…>`) keep their meaning.
 * Fenced code blocks, inline code spans and `import`/`export` lines are left unchanged; lines keep
 * their count, so error positions stay right. A `<` inside a `{…}` expression is not supported.
 * @param source MDX source (without or with front matter; front matter has no `<` worth keeping).
 * @returns The same source with prose `<` written as `&lt;`.
 */
export function escapeProseAngles(source: string): string {
  let fence: string | undefined;
  return source
    .split("\n")
    .map((line) => {
      const opening = FENCE.exec(line)?.[1];
      if (fence) {
        if (opening?.startsWith(fence)) fence = undefined;
        return line;
      }
      if (opening) {
        fence = opening;
        return line;
      }
      if (ESM.test(line)) return line;
      // Odd pieces of a split on backtick runs are inline code: keep them.
      return line
        .split(/(`+[^`]*`+)/)
        .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(PROSE_LT, "&lt;")))
        .join("");
    })
    .join("\n");
}

/**
 * Wraps a Markdown processor (Astro's `markdown.processor`) so that its MDX renderer gets every
 * page through `escapeProseAngles` first. Plain Markdown (`.md`) is unchanged: there a `<` that
 * starts no HTML tag is already text.
 * @throws Error when the processor cannot render MDX.
 */
export function withProseAngles(processor: MarkdownProcessor): MarkdownProcessor {
  const { createMdxRenderer } = processor;
  if (!createMdxRenderer) throw new Error(`Markdown processor "${processor.name}" cannot render MDX`);
  return {
    ...processor,
    async createMdxRenderer(shared, mdx) {
      const renderer = await createMdxRenderer(shared, mdx);
      return {
        ...renderer,
        process: (content, id, frontmatter) => renderer.process(escapeProseAngles(content), id, frontmatter),
      };
    },
  };
}
