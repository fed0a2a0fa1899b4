import { promisify } from "node:util";
import { deflate, inflateSync } from "node:zlib";
import {
  PDFArray,
  type PDFContext,
  type PDFDict,
  PDFName,
  type PDFObject,
  PDFRawStream,
  type PDFRef,
} from "@cantoo/pdf-lib";

/** What an operator does to the untagged runs (PDF 32000-1 §8.2 operator categories). */
const MARK_BEGIN = 1; // BMC, BDC: a marked-content sequence opens
const MARK_END = 2; // EMC
const BOUNDARY = 3; // q, Q, BT, ET: a run never crosses one
const SHOW = 4; // text showing (§9.4.3), Do (§8.8), sh (§8.7.4.2), EI (§8.9.7): paints by itself
const PATH_START = 5; // m, re: a path object begins
const PATH_PAINT = 6; // S s f F f* B B* b b*: a path object is painted
const PATH_DROP = 7; // n: a path object ends unpainted (a clip)
const INLINE_BEGIN = 8; // BI: an inline image's instruction goes on to its EI
const INLINE_DATA = 9; // ID: binary data follows

/** An operator (all have 1 to 3 characters) packed into a number, one byte per character. */
const pack = (op: string) => [...op].reduce((key, ch, i) => key | (ch.charCodeAt(0) << (8 * i)), 0);

const KINDS = new Map<number, number>([
  ...["BMC", "BDC"].map((op) => [pack(op), MARK_BEGIN] as const),
  [pack("EMC"), MARK_END],
  ...["q", "Q", "BT", "ET"].map((op) => [pack(op), BOUNDARY] as const),
  ...["Tj", "TJ", "'", '"', "Do", "sh", "EI"].map((op) => [pack(op), SHOW] as const),
  ...["m", "re"].map((op) => [pack(op), PATH_START] as const),
  ...["S", "s", "f", "F", "f*", "B", "B*", "b", "b*"].map((op) => [pack(op), PATH_PAINT] as const),
  [pack("n"), PATH_DROP],
  [pack("BI"), INLINE_BEGIN],
  [pack("ID"), INLINE_DATA],
]);

const OPEN = new TextEncoder().encode("/Artifact BMC\n");
const CLOSE = new TextEncoder().encode("\nEMC\n");

/** Byte classes of PDF 32000-1 §7.2.2: 1 white space, 2 delimiter. */
const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of "()<>[]{}/%") CLASS[c.charCodeAt(0)] = 2;

/**
 * Encloses in `/Artifact BMC … EMC` every run of painting operators of a decoded content stream
 * that lies outside any marked-content sequence. With Chromium 156 these are the page furniture of
 * CSS page-margin boxes (running header, folio, any mark printed there) and decorative drawing
 * that no element owns (rounded box backgrounds, CSS generated separators such as `·`), while the
 * text and images of elements are inside `/<tag> <</MCID n>> BDC … EMC`. PDF/UA's rule is the
 * same (ISO 14289-1 §7.1: content is tagged or an artifact), so nothing is matched by its text.
 *
 * A run never crosses a text object's `BT`/`ET`, a `q`/`Q` or another marked-content sequence:
 * text is wrapped inside its text object (from its first to its last showing operator), paths from
 * their first construction operator to their painting operator (a clip ending in `n` alone is not
 * content), `Do`, `sh` and inline images on their own; consecutive ones merge.
 *
 * The operators are found by a lexer of PDF 32000-1 §7.8.2 (strings, hex strings, names, arrays,
 * dictionaries, comments and inline image data are operands), in one pass over the bytes.
 * @returns The rewritten stream and the number of runs wrapped (0: `content` itself is returned).
 */
export function wrapUntaggedContent(content: Uint8Array): { content: Uint8Array; wrapped: number } {
  const s = content;
  const n = s.length;
  const runs: number[] = [];
  let depth = 0;
  let runStart = -1;
  let runEnd = -1;
  let pathStart = -1;
  let i = 0;
  let start = -1; // where the current instruction (its first operand) starts
  while (i < n) {
    const c = s[i] as number;
    const cls = CLASS[c];
    if (cls === 1) {
      i++;
      continue;
    }
    if (start < 0) start = i;
    if (cls === 2) {
      i = skipOperand(s, i);
      if (c === 0x25 /* % */ && start === i) start = -1;
      continue;
    }
    const from = i;
    let key = 0;
    while (i < n && CLASS[s[i] as number] === 0) {
      if (i - from < 3) key |= (s[i] as number) << (8 * (i - from));
      i++;
    }
    // Numbers, and true/false/null (longer than any operator), are operands.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || i - from > 3) continue;
    const kind = KINDS.get(key) ?? 0;
    if (kind === INLINE_BEGIN) continue;
    if (kind === INLINE_DATA) {
      // One white-space byte, then data up to white space followed by "EI" and a white space or end.
      i++;
      while (i < n && !(CLASS[s[i] as number] === 1 && s[i + 1] === 0x45 && s[i + 2] === 0x49 && endsToken(s, i + 3))) {
        i++;
      }
      continue;
    }
    if (kind === MARK_BEGIN || kind === MARK_END || kind === BOUNDARY) {
      if (runStart >= 0) runs.push(runStart, runEnd);
      runStart = -1;
      if (kind === MARK_BEGIN) depth++;
      else if (kind === MARK_END && depth > 0) depth--;
    } else if (kind === PATH_START) {
      if (pathStart < 0 && depth === 0) pathStart = start;
    } else if (kind === PATH_DROP) {
      pathStart = -1;
    } else if ((kind === SHOW || kind === PATH_PAINT) && depth === 0) {
      if (runStart < 0) runStart = kind === PATH_PAINT && pathStart >= 0 ? pathStart : start;
      runEnd = i;
    }
    if (kind === PATH_PAINT) pathStart = -1;
    start = -1;
  }
  if (runStart >= 0) runs.push(runStart, runEnd);
  if (!runs.length) return { content, wrapped: 0 };
  const wrapped = runs.length / 2;
  const out = new Uint8Array(n + wrapped * (OPEN.length + CLOSE.length));
  let copied = 0;
  let at = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const [runFrom, runTo] = [runs[r] as number, runs[r + 1] as number];
    out.set(s.subarray(copied, runFrom), at);
    at += runFrom - copied;
    out.set(OPEN, at);
    at += OPEN.length;
    out.set(s.subarray(runFrom, runTo), at);
    at += runTo - runFrom;
    out.set(CLOSE, at);
    at += CLOSE.length;
    copied = runTo;
  }
  out.set(s.subarray(copied), at);
  return { content: out, wrapped };
}

/** Whether a token ends at `i`: the end of the stream, white space or a delimiter. */
const endsToken = (s: Uint8Array, i: number) => i >= s.length || CLASS[s[i] as number] !== 0;

/** The offset just after the operand that starts with a delimiter at `i` (or after a comment). */
function skipOperand(s: Uint8Array, i: number): number {
  const n = s.length;
  const c = s[i];
  if (c === 0x25 /* % comment */) {
    while (i < n && s[i] !== 10 && s[i] !== 13) i++;
    return i;
  }
  if (c === 0x28 /* ( string, nested parentheses, backslash escapes */) {
    let nest = 1;
    i++;
    while (i < n && nest > 0) {
      const d = s[i];
      if (d === 0x5c) i++;
      else if (d === 0x28) nest++;
      else if (d === 0x29) nest--;
      i++;
    }
    return i;
  }
  if (c === 0x3c /* << or <hex> */) {
    if (s[i + 1] === 0x3c) return i + 2;
    while (i < n && s[i] !== 0x3e) i++;
    return i + 1;
  }
  if (c === 0x3e /* >> */) return s[i + 1] === 0x3e ? i + 2 : i + 1;
  if (c === 0x2f /* /name */) {
    i++;
    while (i < n && CLASS[s[i] as number] === 0) i++;
    return i;
  }
  return i + 1; // [ ] { }
}

/**
 * Rewrites the content of the page `page` (in `ctx`) with its untagged painting runs marked as
 * artifacts (`wrapUntaggedContent`): its `/Contents` (one stream or an array, FlateDecode or
 * unfiltered) becomes one Flate stream under the first stream's reference; nothing changes when
 * everything is already tagged or an artifact. The content is read and scanned at once; the
 * compression runs on libuv's thread pool, so the caller can go on joining while it runs.
 * @returns The number of runs wrapped, once the new stream is in place.
 * @throws Error (Korean) when a content stream has a filter other than FlateDecode.
 */
export async function markPageArtifacts(ctx: PDFContext, page: PDFDict): Promise<number> {
  const contents = page.get(PDFName.of("Contents"));
  const refs = (contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : []) as PDFObject[];
  if (!refs.length) return 0;
  const decoded = refs.map((ref) => decodeStream(ctx.lookup(ref)));
  const joined =
    decoded.length === 1 ? (decoded[0] as Uint8Array) : Buffer.concat(decoded.flatMap((d) => [d, Buffer.from("\n")]));
  const { content, wrapped } = wrapUntaggedContent(joined);
  if (!wrapped) return 0;
  const stream = PDFRawStream.of(ctx.obj({ Filter: "FlateDecode" }) as PDFDict, await deflateAsync(content));
  const first = refs[0] as PDFRef;
  ctx.assign(first, stream);
  for (const other of refs.slice(1)) ctx.delete(other as PDFRef);
  page.set(PDFName.of("Contents"), first);
  return wrapped;
}

const deflateAsync = promisify(deflate);

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
