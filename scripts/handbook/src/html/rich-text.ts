import { htmlAttr } from "@lifewelfare/content-models/escape";
import { snapshotFileUrl } from "./images.ts";

/**
 * Adapts rich text (already sanitised by the export's allow-list, so tags and double-quoted
 * attributes are in a known form) for print:
 * - headings become styled paragraphs, so the PDF outline holds only chapters and entries;
 * - image `src`s (relative to the snapshot folder) become `file://` URLs; `srcset`/`sizes` are
 *   dropped so the printed image is the one given;
 * - site-relative links (`/…`) become absolute on `siteOrigin`.
 */
export function printableRichText(html: string, options: { snapshotDir: string; siteOrigin: string }): string {
  return html
    .replace(/<h([1-6])\b[^>]*>/g, '<p class="rich-heading rich-heading--$1">')
    .replace(/<\/h[1-6]>/g, "</p>")
    .replace(/\s(?:srcset|sizes)="[^"]*"/g, "")
    .replace(/(<img\b[^>]*?\ssrc=")([^"]*)"/g, (_, head: string, src: string) =>
      /^[a-z]+:/i.test(src) ? `${head}${src}"` : `${head}${snapshotFileUrl(options.snapshotDir, src)}"`,
    )
    .replace(
      /(<a\b[^>]*?\shref=")(\/[^"/][^"]*|\/)"/g,
      (_, head: string, href: string) => `${head}${htmlAttr(options.siteOrigin)}${href}"`,
    );
}
