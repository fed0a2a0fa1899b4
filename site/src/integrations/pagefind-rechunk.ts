import { createHash } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { decode, encode } from "cbor-x";
import { FRAGMENT_SIGNATURE } from "../search/fragment.ts";

/**
 * Postings per index chunk after `rechunkPagefindIndex`, counted as Pagefind counts them (a page
 * entry of a word is its locations + 1). Pagefind cuts at ≥ 20,000 (fixed in its Rust code), so
 * a one-word query at 400 policies downloaded a ~20 KB chunk; at 4,000 a chunk is ~4–5 KB brotli.
 */
export const MAX_CHUNK_POSTINGS = 4000;

/** One word of an index chunk: `[word, pages, variants, …]`, each page `[page, locations, …]`. */
export type WordEntry = [string, PageEntry[], [string, PageEntry[]][], ...unknown[]];
type PageEntry = [number, number[], ...unknown[]];
/** An entry of the metadata's chunk list: the first and last word it covers, and its file name. */
type MetaChunk = [from: string, to: string, hash: string];

/** Postings of one word (its own pages and its variants' pages), as Pagefind's chunker counts them. */
export function wordPostings(word: WordEntry): number {
  const pages = [...word[1], ...word[2].flatMap((variant) => variant[1])];
  return pages.reduce((sum, page) => sum + page[1].length + 1, 0);
}

/** Postings of a chunk's words. */
export const chunkPostings = (words: WordEntry[]) => words.reduce((sum, word) => sum + wordPostings(word), 0);

/** Hangul initial consonants and vowels as conjoining jamo (Pagefind stores and queries words in NFD). */
const INITIAL = /^[\u1100-\u115f][\u1160-\u11a7]/u;

/**
 * What a cut must not separate: a word's first character — for Hangul, whose syllables Pagefind
 * keeps decomposed (NFD: 버스 is ᄇ ᅥ ᄉ ᅳ), its initial consonant and vowel, so that all the
 * words a query of whole syllables can extend to (버 → 버스, 벅차다) stay together.
 */
export function wordHead(word: string): string {
  return INITIAL.exec(word)?.[0] ?? String.fromCodePoint(word.codePointAt(0) ?? 0);
}

/**
 * Splits one chunk's words (in Pagefind's order) into runs of at most `max` postings, cutting
 * only where the head (`wordHead`) changes. Pagefind finds a query term's words by prefix among
 * the words of the chunk it loads for the term, so every word a term can extend to stays in that
 * chunk and results do not change; the words of one head, when over `max`, stay whole.
 */
export function splitWords(words: WordEntry[], max: number): WordEntry[][] {
  const runs: WordEntry[][] = [];
  let run: WordEntry[] = [];
  let runSize = 0;
  let group: WordEntry[] = [];
  let groupSize = 0;
  const closeGroup = () => {
    if (run.length && runSize + groupSize > max) {
      runs.push(run);
      run = [];
      runSize = 0;
    }
    run.push(...group);
    runSize += groupSize;
    group = [];
    groupSize = 0;
  };
  for (const word of words) {
    if (group.length && wordHead(word[0]) !== wordHead(group[0]![0])) closeGroup();
    group.push(word);
    groupSize += wordPostings(word);
  }
  closeGroup();
  if (run.length) runs.push(run);
  return runs;
}

/** Pagefind's file bytes: the signature, then the CBOR data. */
function withSignature(data: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(FRAGMENT_SIGNATURE, "latin1"), data]);
}

/** The CBOR data of a decompressed Pagefind file. @throws Error naming the file without the signature. */
function cborOf(name: string, bytes: Buffer): Buffer {
  if (bytes.subarray(0, FRAGMENT_SIGNATURE.length).toString("latin1") !== FRAGMENT_SIGNATURE) {
    throw new Error(`Unexpected Pagefind file ${name}: not stored decompressed`);
  }
  return bytes.subarray(FRAGMENT_SIGNATURE.length);
}

/** Decodes `data`, and checks that encoding it again gives the same bytes (the layout is understood). */
function decodeExactly<T>(name: string, data: Buffer): T {
  const value = decode(data) as T;
  if (!Buffer.from(encode(value)).equals(data)) {
    throw new Error(`Pagefind file ${name}: its CBOR does not round-trip, the format may have changed`);
  }
  return value;
}

/** A file name like Pagefind's: `<language>_` and the first `length` hex digits of SHA-256, unique in `taken`. */
function hashName(language: string, data: Uint8Array, length: number, taken: Set<string>): string {
  const hex = createHash("sha256").update(data).digest("hex");
  let name = `${language}_${hex.slice(0, length)}`;
  for (let n = length + 1; taken.has(name) && n <= hex.length; n++) name = `${language}_${hex.slice(0, n)}`;
  taken.add(name);
  return name;
}

/** What `rechunkPagefindIndex` did, per language: chunks before and after, and the largest chunk's postings. */
export type RechunkResult = { language: string; chunksBefore: number; chunksAfter: number; maxPostings: number }[];

/**
 * Re-cuts Pagefind's word index in `pagefindDir` (stored decompressed, `storePagefindDecompressed`)
 * into chunks of at most `max` postings (`splitWords`), so a query downloads only the small chunk
 * its word is in. For every language of `pagefind-entry.json`: each `index/*.pf_index` chunk is
 * split, the new chunks are written under SHA-256 names like Pagefind's (the name is only a file
 * name: pagefind.js and its wasm verify no hash), the metadata's chunk list `[from, to, hash]` is
 * rewritten — the first and last piece of a chunk keep its `from`/`to`, a cut inside gets the
 * piece's last word as `to` and the head of the next piece's first word as `from`, so
 * every term that chose a chunk before chooses the piece holding its words — and the metadata is
 * written under a new name that the entry file points to. Layouts (Pagefind 1.6): metadata `[version, pages,
 * chunks, filters, sorts, …]`, chunk `[[word entries]]`; both must decode and re-encode to the
 * same bytes (cbor-x) or nothing is written.
 * @throws Error naming the file when a file is not decompressed Pagefind data or not understood.
 */
export async function rechunkPagefindIndex(pagefindDir: string, max = MAX_CHUNK_POSTINGS): Promise<RechunkResult> {
  const entryFile = join(pagefindDir, "pagefind-entry.json");
  const entry = JSON.parse(await readFile(entryFile, "utf8")) as { languages: Record<string, { hash: string }> };
  const result: RechunkResult = [];
  const indexDir = join(pagefindDir, "index");
  const taken = new Set((await readdir(indexDir)).map((f) => f.replace(/\.pf_index$/, "")));
  // Everything is decoded and checked before the first file changes.
  const writes: [path: string, data: Uint8Array][] = [];
  const removals: string[] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaName = `pagefind.${info.hash}.pf_meta`;
    const meta = decodeExactly<unknown[]>(metaName, cborOf(metaName, await readFile(join(pagefindDir, metaName))));
    const chunks = meta[2] as MetaChunk[];
    const rewritten: MetaChunk[] = [];
    let maxPostings = 0;
    for (const [from, to, hash] of chunks) {
      const file = join(indexDir, `${hash}.pf_index`);
      const [words] = decodeExactly<[WordEntry[]]>(`${hash}.pf_index`, cborOf(hash, await readFile(file)));
      const pieces = splitWords(words, max);
      for (const piece of pieces) maxPostings = Math.max(maxPostings, chunkPostings(piece));
      if (pieces.length < 2) {
        rewritten.push([from, to, hash]);
        continue;
      }
      for (const [i, piece] of pieces.entries()) {
        const data = encode([piece]);
        const name = hashName(language, data, 7, taken);
        writes.push([join(indexDir, `${name}.pf_index`), withSignature(data)]);
        const first = i === 0 ? from : wordHead(piece[0]![0]);
        const last = i === pieces.length - 1 ? to : piece[piece.length - 1]![0];
        rewritten.push([first, last, name]);
      }
      removals.push(file);
    }
    result.push({ language, chunksBefore: chunks.length, chunksAfter: rewritten.length, maxPostings });
    if (rewritten.length === chunks.length) continue;
    meta[2] = rewritten;
    const metaData = encode(meta);
    const metaHash = hashName(language, metaData, 10, new Set([info.hash]));
    writes.push([join(pagefindDir, `pagefind.${metaHash}.pf_meta`), withSignature(metaData)]);
    removals.push(join(pagefindDir, metaName));
    info.hash = metaHash;
  }
  if (!writes.length) return result;
  for (const [path, data] of writes) await writeFile(path, data);
  await writeFile(entryFile, JSON.stringify(entry));
  for (const path of removals) await rm(path);
  return result;
}
