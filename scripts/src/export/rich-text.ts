import {
  convertLexicalToHTML,
  type HTMLConverter,
  type HTMLConvertersFunction,
} from "@payloadcms/richtext-lexical/html";
import type { SerializedEditorState } from "@payloadcms/richtext-lexical/lexical";
import { sanitizeRichHtml } from "./sanitize.ts";

/** How rich text refers to the rest of the edition while it is converted. */
export type RichTextContext = {
  /** Site path of a linked document (e.g. `/p/<stableId>/`), or null when it is not published. */
  hrefOf: (relationTo: string, value: unknown) => string | null;
  /** Snapshot-relative image path and alt text of an uploaded image, or null when unavailable. */
  imageOf: (value: unknown) => { src: string; alt: string; width?: number; height?: number } | null;
  /** Called for anything left out (unpublished link target, missing image, unknown node). */
  warn: (message: string) => void;
};

const escapeText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Lexical rich text (as stored by Payload) → sanitised HTML, with a converter for every node type
 * the editors can use: paragraphs, headings, lists, quotes, tables, line breaks, links (external
 * http(s) only; internal links to published policies become `/p/<id>/`; a link to an unpublished
 * document becomes plain text and a warning), uploads (`<img>` from the snapshot's media) and
 * relationships. Never outputs "unknown node" or an empty image. Empty input gives "".
 */
export function richTextToHtml(data: SerializedEditorState | null | undefined, context: RichTextContext): string {
  if (!data?.root) return "";
  const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    link: convertLink(context),
    autolink: convertLink(context),
    upload: ({ node }) => {
      const image = context.imageOf((node as { value?: unknown }).value);
      if (!image) {
        context.warn("이미지를 찾을 수 없어 본문에서 뺐습니다.");
        return "";
      }
      const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : "";
      return `<img src="${escapeText(image.src)}" alt="${escapeText(image.alt)}"${size} loading="lazy">`;
    },
    relationship: ({ node }) => {
      const { relationTo, value } = node as { relationTo: string; value: unknown };
      const href = context.hrefOf(relationTo, value);
      const title = titleOf(value);
      if (!href) {
        context.warn(`게시되지 않은 문서를 가리키는 연결을 뺐습니다: ${title ?? relationTo}`);
        return "";
      }
      return `<p><a href="${escapeText(href)}">${escapeText(title ?? "관련 정책")}</a></p>`;
    },
    unknown: ({ node, nodesToHTML }) => {
      context.warn(`알 수 없는 서식(${(node as { type?: string }).type})은 글자만 남겼습니다.`);
      const children = (node as { children?: unknown[] }).children;
      // An unknown node's children are Lexical nodes of any kind; Payload types them per converter.
      return Array.isArray(children) ? nodesToHTML({ nodes: children as never[] }).join("") : "";
    },
  });
  const html = convertLexicalToHTML({
    data,
    converters,
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  });
  return sanitizeRichHtml(html);
}

function convertLink(context: RichTextContext): HTMLConverter {
  return ({ node, nodesToHTML }) => {
    // `link` and `autolink` share this converter; Payload's node type for it has no common `fields`.
    const { fields, children } = node as unknown as {
      fields: { linkType?: string; url?: string; doc?: { relationTo: string; value: unknown } };
      children: never[];
    };
    const inner = nodesToHTML({ nodes: children }).join("");
    if (fields.linkType === "internal") {
      const href = fields.doc ? context.hrefOf(fields.doc.relationTo, fields.doc.value) : null;
      if (!href) {
        context.warn(
          `게시되지 않은 문서로 가는 링크를 글자로 바꿨습니다: ${titleOf(fields.doc?.value) ?? "(알 수 없음)"}`,
        );
        return inner;
      }
      return `<a href="${escapeText(href)}">${inner}</a>`;
    }
    const url = fields.url ?? "";
    if (!/^https?:\/\//i.test(url) && !/^(tel|mailto):/i.test(url)) {
      context.warn(`허용하지 않는 링크 주소를 글자로 바꿨습니다: ${url}`);
      return inner;
    }
    return `<a href="${escapeText(url)}" rel="noopener noreferrer">${inner}</a>`;
  };
}

function titleOf(value: unknown): string | undefined {
  return value && typeof value === "object" && "title" in value && typeof value.title === "string"
    ? value.title
    : undefined;
}
