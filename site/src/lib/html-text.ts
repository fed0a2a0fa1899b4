import { Parser } from "htmlparser2";

const BLOCK = /^(p|li|ul|ol|h[1-6]|div|br|tr|td|th|table|section|blockquote|dd|dt)$/;

/**
 * The visible text of a sanitised HTML fragment, entities decoded, blocks separated by a space.
 * Used for search records and the 한눈에 보기 box (plain text, escaped again when rendered).
 */
export function htmlToText(html: string): string {
  let text = "";
  const parser = new Parser(
    {
      ontext(chunk) {
        text += chunk;
      },
      onopentag(name) {
        if (BLOCK.test(name)) text += " ";
      },
      onclosetag(name) {
        if (BLOCK.test(name)) text += " ";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/\s+/g, " ").trim();
}
