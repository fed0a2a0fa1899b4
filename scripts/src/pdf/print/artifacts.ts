import { deflateSync, inflateSync } from "node:zlib";
import {
  PDFArray,
  type PDFContext,
  type PDFDict,
  PDFName,
  type PDFObject,
  PDFRawStream,
  type PDFRef,
} from "@cantoo/pdf-lib";

/**
 * Operators that paint (PDF 32000-1 §8.5.3 path painting except `n`, §9.4.3 text showing,
 * §8.8 `Do`, §8.7.4.2 `sh`, §8.9.7 `EI`): content that a reader sees, so PDF/UA (ISO 14289-1
 * §7.1) wants it either in the structure tree or marked as an artifact.
 */
const PATH_PAINT = new Set(["S", "s", "f", "F", "f*", "B", "B*", "b", "b*"]);
const TEXT_SHOW = new Set(["Tj", "TJ", "'", '"']);
const PATH_START = new Set(["m", "re"]);

const OPEN = new TextEncoder().encode("/Artifact BMC\n");
const CLOSE = new TextEncoder().encode("\nEMC\n");

/** Byte classes of PDF 32000-1 §7.2.2: white space and delimiters. */
const WHITE = new Uint8Array(256);
const DELIM = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
for (const c of "()<>[]{}/%") DELIM[c.charCodeAt(0)] = 1;

/**
 * Encloses in `/Artifact BMC … EMC` every run of painting operators of a decoded content stream
 * that lies outside any marked-content sequence: with Chromium 156 that is exactly the page
 * furniture of CSS page-margin boxes (running header, folio, any mark printed there), which it
 * draws untagged, while everything of the document body is inside `/<tag> <</MCID n>> BDC … EMC`.
 * PDF/UA's rule is the same: whatever is not tagged is an artifact, so nothing is matched by text.
 *
 * A run never crosses a text object's `BT`/`ET`, a `q`/`Q` or another marked-content sequence:
 * text is wrapped inside its text object (from its first to its last showing operator), paths from
 * their first construction operator to their painting operator (a clip ending in `n` alone is not
 * content), `Do`, `sh` and inline images on their own; consecutive ones merge.
 * @returns The rewritten stream and the number of runs wrapped (0: `content` itself is returned).
 */
export function wrapUntaggedContent(content: Uint8Array): { content: Uint8Array; wrapped: number } {
  const runs: [number, number][] = [];
  let depth = 0;
  let runStart = -1;
  let runEnd = -1;
  let pathStart = -1;
  const flush = () => {
    if (runStart >= 0) runs.push([runStart, runEnd]);
    runStart = -1;
  };
  const paint = (from: number, to: number) => {
    if (depth > 0) return;
    if (runStart < 0) runStart = from;
    runEnd = to;
  };
  scanOperators(content, (op, start, end) => {
    if (op === "BDC" || op === "BMC") {
      flush();
      depth++;
    } else if (op === "EMC") {
      flush();
      depth = Math.max(0, depth - 1);
    } else if (op === "q" || op === "Q" || op === "BT" || op === "ET") {
      flush();
    } else if (TEXT_SHOW.has(op) || op === "Do" || op === "sh" || op === "EI") {
      paint(start, end);
    } else if (PATH_START.has(op)) {
      if (pathStart < 0) pathStart = depth > 0 ? -2 : start;
    } else if (PATH_PAINT.has(op)) {
      paint(pathStart >= 0 ? pathStart : start, end);
      pathStart = -1;
    } else if (op === "n") {
      pathStart = -1;
    }
  });
  flush();
  if (!runs.length) return { content, wrapped: 0 };
  const out = new Uint8Array(content.length + runs.length * (OPEN.length + CLOSE.length));
  let from = 0;
  let at = 0;
  for (const [start, end] of runs) {
    out.set(content.subarray(from, start), at);
    at += start - from;
    out.set(OPEN, at);
    at += OPEN.length;
    out.set(content.subarray(start, end), at);
    at += end - start;
    out.set(CLOSE, at);
    at += CLOSE.length;
    from = end;
  }
  out.set(content.subarray(from), at);
  return { content: out, wrapped: runs.length };
}

/**
 * Calls `visit` with every operator of a content stream (PDF 32000-1 §7.8.2), the offset where
 * its instruction starts (its first operand, else the operator) and the offset just after it.
 * Strings, hex strings, names, arrays, dictionaries, comments and inline image data are skipped
 * as operands.
 */
function scanOperators(s: Uint8Array, visit: (op: string, start: number, end: number) => void): void {
  const n = s.length;
  let i = 0;
  let start = -1;
  while (i < n) {
    const c = s[i] as number;
    if (WHITE[c]) {
      i++;
      continue;
    }
    if (start < 0) start = i;
    if (c === 0x25 /* % */) {
      while (i < n && s[i] !== 10 && s[i] !== 13) i++;
      if (start === i) start = -1;
      continue;
    }
    if (c === 0x28 /* ( */) {
      let nest = 1;
      i++;
      while (i < n && nest > 0) {
        const d = s[i] as number;
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x28) nest++;
        else if (d === 0x29) nest--;
        i++;
      }
      continue;
    }
    if (c === 0x3c /* < */) {
      if (s[i + 1] === 0x3c) i += 2;
      else {
        while (i < n && s[i] !== 0x3e) i++;
        i++;
      }
      continue;
    }
    if (c === 0x3e /* > */ || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      i += c === 0x3e && s[i + 1] === 0x3e ? 2 : 1;
      continue;
    }
    if (c === 0x2f /* / */) {
      i++;
      while (i < n && !WHITE[s[i] as number] && !DELIM[s[i] as number]) i++;
      continue;
    }
    const from = i;
    while (i < n && !WHITE[s[i] as number] && !DELIM[s[i] as number]) i++;
    if (isOperand(c)) continue;
    const op = String.fromCharCode(...s.subarray(from, i));
    // An inline image is one instruction from its "BI" to its "EI".
    if (op === "true" || op === "false" || op === "null" || op === "BI") continue;
    if (op === "ID") {
      // Inline image data (§8.9.7): one white-space byte, then bytes up to white space + "EI".
      i++;
      while (i < n && !(WHITE[s[i] as number] && s[i + 1] === 0x45 && s[i + 2] === 0x49 && isEnd(s, i + 3))) i++;
      continue; // the instruction goes on to its "EI"
    }
    visit(op, start, i);
    start = -1;
  }
}

/** A regular token starting with a digit, sign or point is a number. */
const isOperand = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;

const isEnd = (s: Uint8Array, i: number) => i >= s.length || WHITE[s[i] as number] === 1 || DELIM[s[i] as number] === 1;

/**
 * Rewrites the content of the page `page` (in `ctx`) with its untagged painting runs marked as
 * artifacts (`wrapUntaggedContent`): its `/Contents` (one stream or an array, FlateDecode or
 * unfiltered) becomes one Flate stream under the first stream's reference; nothing changes when
 * everything is already tagged or an artifact.
 * @returns The number of runs wrapped.
 * @throws Error (Korean) when a content stream has a filter other than FlateDecode.
 */
export function markPageArtifacts(ctx: PDFContext, page: PDFDict): number {
  const contents = page.get(PDFName.of("Contents"));
  const refs = (contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []) as PDFObject[];
  if (!refs.length) return 0;
  const decoded = refs.map((ref) => decodeStream(ctx.lookup(ref)));
  const joined =
    decoded.length === 1 ? (decoded[0] as Uint8Array) : Buffer.concat(decoded.flatMap((d) => [d, Buffer.from("\n")]));
  const { content, wrapped } = wrapUntaggedContent(joined);
  if (!wrapped) return 0;
  const stream = PDFRawStream.of(ctx.obj({ Filter: "FlateDecode" }) as PDFDict, deflateSync(content, { level: 6 }));
  const first = refs[0] as PDFRef;
  ctx.assign(first, stream);
  for (const other of refs.slice(1)) ctx.delete(other as PDFRef);
  page.set(PDFName.of("Contents"), first);
  return wrapped;
}

/** The decoded bytes of a content stream. */
function decodeStream(stream: PDFObject | undefined): Uint8Array {
  if (!(stream instanceof PDFRawStream)) throw new Error("쪽 내용을 읽지 못했습니다 (page content is not a stream)");
  const filter = stream.dict.get(PDFName.of("Filter"));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  if (filters.length === 0) return stream.contents;
  if (filters.length === 1 && filters[0] === PDFName.of("FlateDecode") && !stream.dict.has(PDFName.of("DecodeParms"))) {
    return inflateSync(stream.contents);
  }
  throw new Error(
    `쪽 내용을 읽지 못했습니다: FlateDecode가 아닌 압축 (unsupported content stream filter ${filters.join(" ")})`,
  );
}
