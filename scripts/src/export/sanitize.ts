import sanitizeHtml from "sanitize-html";

/**
 * The allow-list for rich text that reaches residents: structure (headings, lists, tables,
 * emphasis), links (http(s), tel:, mailto: and site-relative only) and images from the snapshot's
 * media folder. Everything else — scripts, event handlers, styles, iframes, `javascript:` URLs —
 * is removed; text such as `<개정 2024. 1. 1.>` stays as escaped text.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "blockquote",
    "hr",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "caption",
    "img",
    "figure",
    "figcaption",
    "picture",
    "source",
    "code",
  ],
  allowedAttributes: {
    a: ["href", "rel", "target"],
    img: ["src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes"],
    source: ["srcset", "type", "media", "sizes", "width", "height"],
    th: ["scope", "colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    ol: ["start"],
  },
  allowedSchemes: ["https", "http", "tel", "mailto"],
  allowedSchemesByTag: { img: [], source: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href ?? "";
      const external = /^https?:/i.test(href);
      const safe: Record<string, string> = external ? { href, rel: "noopener noreferrer" } : { href };
      return { tagName, attribs: safe };
    },
  },
};

/**
 * Sanitises HTML produced from CMS rich text with the allow-list above and normalises it to NFC.
 * Images must use relative `src` (the snapshot's `media/…`): absolute image URLs are dropped.
 */
export function sanitizeRichHtml(html: string): string {
  return sanitizeHtml(html.normalize("NFC"), OPTIONS).trim();
}
