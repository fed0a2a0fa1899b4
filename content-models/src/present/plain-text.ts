import { Parser } from "htmlparser2";

/** Elements that end a line of text. */
const LINE = /^(p|li|ul|ol|h[1-6]|div|br|tr|table|section|blockquote|dd|dt|figure|figcaption)$/;
/** Elements whose text sits beside its neighbours' on one line. */
const CELL = /^(td|th)$/;
/** Elements whose content is never visible text. */
const HIDDEN = /^(script|style|template)$/;

/**
 * The visible text of a (sanitised) HTML fragment, entities decoded: each block (paragraph, list
 * item, heading, table row, `<br>` …) on its own line, table cells separated by a space, runs of
 * spaces collapsed, blank lines dropped. `{ oneLine: true }` joins the lines with spaces, for search
 * records and short summaries. The one HTML-to-text rule of the site, the open data and the
 * handbook; plain text, to be escaped again wherever it lands.
 * Lives in the `@lifewelfare/content-models/plain-text` subpath so that the parser stays out of the
 * site's browser bundles.
 */
export function plainText(html: string, options: { oneLine?: boolean } = {}): string {
  // Source line breaks are spaces in HTML; only blocks end a line.
  const lines: string[] = [];
  let line = "";
  let hidden = 0;
  const endLine = () => {
    lines.push(line);
    line = "";
  };
  const parser = new Parser(
    {
      ontext(chunk) {
        if (!hidden) line += chunk;
      },
      onopentag(name) {
        if (HIDDEN.test(name)) hidden++;
        else if (LINE.test(name)) endLine();
        else if (CELL.test(name)) line += " ";
      },
      onclosetag(name) {
        if (HIDDEN.test(name)) hidden = Math.max(0, hidden - 1);
        else if (LINE.test(name)) endLine();
        else if (CELL.test(name)) line += " ";
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  const text = lines.map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
  return text.join(options.oneLine ? " " : "\n");
}
