/**
 * Context escapers: every string that comes from content is escaped for the place it lands, with
 * the function named after that place. Imported as `@lifewelfare/content-models/escape` by code
 * that writes markup or files (the handbook's HTML, the exports, the site's build); never by the
 * CMS or browser code.
 *
 * | where the string lands                         | function        |
 * | ---------------------------------------------- | --------------- |
 * | HTML element text                              | `htmlText`      |
 * | HTML attribute value (always double-quoted)    | `htmlAttr`      |
 * | a link or resource address (`href`, QR code)   | `safeUrl`, then `htmlAttr` |
 * | a CSS string inside `<style>`                  | `cssString`     |
 * | JSON inside a `<script>` element               | `jsonInScript`  |
 * | PDF document information (title, author …)     | `pdfText`       |
 * | a file or folder name                          | `fileName`      |
 *
 * CSV cells are neutralised by csv-stringify's `escape_formulas` where the CSV is written
 * (scripts' `export/open-data.ts`); a path built from content is checked by scripts'
 * `runtime/contained-path.ts`. Nothing here needs Node, so browser code may import it too.
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html
 */
import escapeHtml from "escape-html";
import sanitizeFilename from "sanitize-filename";

/**
 * Text for HTML element content: `& < > " '` become character references (escape-html), so the
 * text can never open or close an element. Numbers are written as they are.
 */
export function htmlText(value: string | number): string {
  return escapeHtml(String(value));
}

/**
 * Text for an HTML attribute value written between double quotes (`attr="…"`): the same
 * references as `htmlText`, so the value can never close the quote. Never use it for an unquoted
 * attribute, nor for an attribute that is itself a URL without `safeUrl` first.
 */
export function htmlAttr(value: string | number): string {
  return escapeHtml(String(value));
}

/** URL schemes a link from content may use: the web, phone numbers and e-mail. */
export const LINK_SCHEMES = ["https:", "http:", "tel:", "mailto:"] as const;

/** Thrown by `safeUrl` for an address that is not absolute or uses another scheme (`javascript:`, `file:` …). */
export class UnsafeUrlError extends Error {
  constructor(readonly url: string) {
    super(`허용되지 않는 주소입니다 (http·https·tel·mailto 주소만 쓸 수 있습니다): ${url.slice(0, 200)}`);
    this.name = "UnsafeUrlError";
  }
}

/**
 * An absolute URL from content, normalised by the WHATWG URL parser (spaces, quotes and angle
 * brackets percent-encoded) and checked against `schemes` (default `LINK_SCHEMES`). Escape the
 * result with `htmlAttr` when it goes into an attribute.
 * @throws UnsafeUrlError when `value` is not an absolute URL or its scheme is not allowed.
 */
export function safeUrl(value: string, schemes: readonly string[] = LINK_SCHEMES): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UnsafeUrlError(value);
  }
  if (!schemes.includes(url.protocol)) throw new UnsafeUrlError(value);
  return url.href;
}

/** Characters kept as they are in a CSS string: letters and digits of any script, space and `.,·()-_`. */
const CSS_PLAIN = /^[\p{L}\p{N} .,·()_-]$/u;

/**
 * A double-quoted CSS string holding `value` literally, safe inside a `<style>` element: every
 * character other than letters, digits, space and `.,·()-_` becomes a CSS hex escape followed by
 * a space (`<` → `\3C `, `"` → `\22 `, a line break → `\A `), so the result holds no `<`, `>`,
 * `&`, quote, backslash or control character and can neither end the string nor the element.
 * (cssesc leaves `<` and `>` as `\<` `\>`, so it is not used here.)
 * @see https://www.w3.org/TR/css-syntax-3/#escaping
 */
export function cssString(value: string): string {
  let out = "";
  for (const ch of value) {
    out += CSS_PLAIN.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0xfffd).toString(16).toUpperCase()} `;
  }
  return `"${out}"`;
}

/** Characters that could end a `<script>` element or an HTML comment, or break a JS string. */
const SCRIPT_UNSAFE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * `value` as JSON for a `<script>` element (e.g. `type="application/json"`, read back with
 * `JSON.parse(element.textContent)`): `< > &` and the line separators U+2028/U+2029 are written as
 * `\uXXXX` escapes, so the text can never hold `</script`, `<!--` or a character reference.
 * `JSON.parse` of the result gives `value` back.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c] ?? c);
}

/**
 * Text for a PDF's document information (Title, Author, Subject, Keywords): NFC, control
 * characters (C0, C1, DEL) and bidirectional overrides removed, whitespace runs collapsed.
 * pdf-lib writes these entries as UTF-16 hex strings, so parentheses and backslashes need no
 * escaping; what is removed here would only show as garbage in a viewer's title bar.
 */
export function pdfText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Thrown by `fileName` (and scripts' `containedPath`) for a name or path content must not produce. */
export class UnsafePathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsafePathError";
  }
}

/**
 * A file or folder name made from content (an id, a slug, a year), returned unchanged when it is
 * safe on every common file system: not empty, not `.`/`..`, not starting with a dot, no `/ \ ? <
 * > : * | "` or control characters, no reserved Windows name, at most 255 bytes (the rules of
 * sanitize-filename). A name that is not is refused rather than silently changed, so two
 * different values can never land in the same file.
 * @throws UnsafePathError (Korean) naming the value.
 */
export function fileName(value: string | number): string {
  const name = String(value);
  if (name === "" || name.startsWith(".") || sanitizeFilename(name) !== name) {
    throw new UnsafePathError(`파일 이름으로 쓸 수 없는 값입니다: ${JSON.stringify(name.slice(0, 100))}`);
  }
  return name;
}
