import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFObject, PDFRef, PDFStream } from "@cantoo/pdf-lib";

/** Digits of every number a join patches in place: object numbers and parent-tree keys. */
export const FIXED_DIGITS = 8;
const FIXED_MAX = 10 ** FIXED_DIGITS - 1;

/** Objects of the joined book every part points at; their numbers are set by the join. */
export const GLOBAL_PAGES = 0;
export const GLOBAL_DOCUMENT = 1;
export type GlobalTarget = typeof GLOBAL_PAGES | typeof GLOBAL_DOCUMENT;

/** Where a part's serialized objects hold numbers the join patches (byte offsets into the body). */
export type Sites = {
  /** Local object numbers (object headers, references): the join adds the part's object base. */
  refs: number[];
  /** Parent-tree keys (`/StructParents`, `/StructParent`): the join adds the part's key base. */
  keys: number[];
  /** References to the joined book's own objects, `[offset, GLOBAL_PAGES | GLOBAL_DOCUMENT]`. */
  globals: [number, GlobalTarget][];
};

const KEY_NAMES = new Set([PDFName.of("StructParents"), PDFName.of("StructParent")]);

/**
 * Serializes a part's objects as PDF syntax whose object numbers and parent-tree keys can be moved
 * by rewriting fixed-width digits in place (`relocate`), so that a part is converted once and its
 * bytes are copied into any later join wherever it lands. Every number that depends on the part's
 * place is written with FIXED_DIGITS digits (leading zeros are valid in PDF integers, PDF 32000-1
 * §7.3.3) and its offset recorded in `sites`. Local object numbers are 0-based; `local` maps a
 * reference of the source document to its local number, or to a global target.
 */
export class RelocatableWriter {
  private buffer = Buffer.allocUnsafe(1 << 20);
  length = 0;
  /** Offset of each local object's header, by local number. */
  readonly offsets: number[] = [];
  readonly sites: Sites = { refs: [], keys: [], globals: [] };

  constructor(private readonly local: (ref: PDFRef) => number | { global: GlobalTarget }) {}

  /** Writes `n 0 obj … endobj` for the local object `index`. */
  object(index: number, object: PDFObject): void {
    this.offsets[index] = this.length;
    this.fixed(index, this.sites.refs);
    this.text(" 0 obj\n");
    this.value(object);
    this.text("\nendobj\n");
  }

  /** The serialized objects. */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  private value(o: PDFObject): void {
    if (o instanceof PDFRef) {
      const target = this.local(o);
      if (typeof target === "number") this.fixed(target, this.sites.refs);
      else {
        this.sites.globals.push([this.length, target.global]);
        this.fixed(0, []);
      }
      this.text(" 0 R");
    } else if (o instanceof PDFStream) {
      o.updateDict();
      this.value(o.dict);
      this.text("\nstream\n");
      this.raw(o.getContents());
      this.text("\nendstream");
    } else if (o instanceof PDFDict) {
      this.text("<<");
      for (const [key, value] of o.entries()) {
        this.pdf(key);
        this.text(" ");
        if (KEY_NAMES.has(key) && value instanceof PDFNumber) this.fixed(value.asNumber(), this.sites.keys);
        else this.value(value);
        this.text("\n");
      }
      this.text(">>");
    } else if (o instanceof PDFArray) {
      this.text("[");
      for (const item of o.asArray()) {
        this.value(item);
        this.text(" ");
      }
      this.text("]");
    } else {
      this.pdf(o);
    }
  }

  /** A number in FIXED_DIGITS digits, its offset noted in `sites`. */
  private fixed(n: number, sites: number[]): void {
    if (!Number.isInteger(n) || n < 0 || n > FIXED_MAX) {
      throw new Error(`안내서 부분을 합치지 못했습니다: 번호 ${n}이(가) 범위를 벗어납니다 (number out of range)`);
    }
    sites.push(this.length);
    this.text(String(n).padStart(FIXED_DIGITS, "0"));
  }

  private pdf(o: PDFObject): void {
    this.reserve(o.sizeInBytes());
    this.length += o.copyBytesInto(this.buffer, this.length);
  }

  private text(s: string): void {
    this.reserve(s.length);
    this.length += this.buffer.write(s, this.length, "latin1");
  }

  private raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

/**
 * Moves a serialized part into place, in `body` itself: adds `objectBase` to every local object
 * number, `keyBase` to every parent-tree key, and writes the joined book's numbers of its own
 * objects (`globals`, indexed by GlobalTarget).
 */
export function relocate(body: Buffer, sites: Sites, objectBase: number, keyBase: number, globals: number[]): void {
  const put = (at: number, n: number) => {
    if (n > FIXED_MAX) throw new Error(`안내서를 합치지 못했습니다: 객체가 너무 많습니다 (more than ${FIXED_MAX})`);
    for (let i = at + FIXED_DIGITS - 1, rest = n; i >= at; i--, rest = Math.floor(rest / 10))
      body[i] = 48 + (rest % 10);
  };
  const read = (at: number) => {
    let n = 0;
    for (let i = at; i < at + FIXED_DIGITS; i++) n = n * 10 + (body[i] as number) - 48;
    return n;
  };
  for (const at of sites.refs) put(at, read(at) + objectBase);
  for (const at of sites.keys) put(at, read(at) + keyBase);
  for (const [at, target] of sites.globals) put(at, globals[target] as number);
}
