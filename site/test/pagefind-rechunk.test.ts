/**
 * Re-chunking Pagefind's word index (integrations/pagefind-rechunk.ts) on the real index of the
 * fixture content: the words and their postings are the same, no chunk is over the size, and
 * Pagefind's own runtime (pagefind.js and its wasm, run in Node against a loopback server) finds
 * the same pages with the same scores and word positions for every word and every prefix of one.
 */
import { cp, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { snapshotSchema } from "@lifewelfare/content-models";
import { fixtureSnapshot } from "@lifewelfare/content-models/testing";
import { removeDirs, tempDir } from "@lifewelfare/test-support/temp-dir";
import { decode } from "cbor-x";
import sirv from "sirv";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  chunkPostings,
  type RechunkResult,
  rechunkPagefindIndex,
  type WordEntry,
  wordHead,
} from "../src/integrations/pagefind-rechunk.ts";
import { writeSearchIndex } from "../src/integrations/search-index.ts";
import { FRAGMENT_SIGNATURE } from "../src/search/fragment.ts";

/** Small enough that the fixture's few Pagefind chunks are cut into many pieces. */
const MAX = 300;

type Hit = { id: string; score: number; words: number[] };
type PagefindModule = {
  options: (o: { basePath: string }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{ results: Hit[] }>;
};

let root: string;
let server: Server;
let origin: string;
let result: RechunkResult;
const requested: string[] = [];
let instances = 0;

/** Pagefind's metadata and chunks of the index in `<root>/<side>/pagefind`, decoded. */
async function readIndex(side: string) {
  const dir = join(root, side, "pagefind");
  const plain = (bytes: Buffer) => decode(bytes.subarray(FRAGMENT_SIGNATURE.length));
  const entry = JSON.parse(await readFile(join(dir, "pagefind-entry.json"), "utf8"));
  const meta = plain(await readFile(join(dir, `pagefind.${entry.languages.ko.hash}.pf_meta`))) as unknown[];
  const chunks = meta[2] as [string, string, string][];
  const words = await Promise.all(
    chunks.map(
      async ([, , hash]) => (plain(await readFile(join(dir, "index", `${hash}.pf_index`))) as [WordEntry[]])[0],
    ),
  );
  return { meta, chunks, words };
}

/** A fresh Pagefind runtime (a new module instance) reading the index of `side` over HTTP. */
async function openPagefind(side: string): Promise<PagefindModule> {
  const file = pathToFileURL(join(root, side, "pagefind", "pagefind.js"));
  file.search = `instance=${instances++}`;
  const pf = (await import(/* @vite-ignore */ file.href)) as PagefindModule;
  await pf.options({ basePath: `${origin}/${side}/pagefind/` });
  await pf.init();
  return pf;
}

const hits = async (pf: PagefindModule, term: string) =>
  (await pf.search(term)).results.map(({ id, score, words }) => ({ id, score, words }));

beforeAll(async () => {
  root = await tempDir("lw-rechunk-");
  // Pagefind's own chunks (nothing is cut at an unlimited size), then a copy cut to MAX.
  await writeSearchIndex(snapshotSchema.parse(fixtureSnapshot()), join(root, "plain"), Number.POSITIVE_INFINITY);
  await cp(join(root, "plain"), join(root, "cut"), { recursive: true });
  result = await rechunkPagefindIndex(join(root, "cut", "pagefind"), MAX);
  const files = sirv(root, { dev: true });
  server = createServer((req, res) => {
    requested.push(req.url ?? "");
    files(req, res, () => void res.writeHead(404).end());
  });
  // Longer than Node's fetch keeps idle sockets, so a reused socket is never closed under it.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  server?.close();
  await removeDirs(root);
});

describe("re-chunking Pagefind's word index", () => {
  test("keeps every word's postings, the rest of the metadata, and cuts chunks to the size", async () => {
    const plain = await readIndex("plain");
    const cut = await readIndex("cut");
    const largest = Math.max(...cut.words.map((words) => chunkPostings(words)));
    expect(result).toEqual([
      { language: "ko", chunksBefore: plain.chunks.length, chunksAfter: cut.chunks.length, maxPostings: largest },
    ]);
    expect(cut.chunks.length).toBeGreaterThan(plain.chunks.length * 3);
    expect(cut.words.flat()).toEqual(plain.words.flat());
    expect([...cut.meta.slice(0, 2), ...cut.meta.slice(3)]).toEqual([
      ...plain.meta.slice(0, 2),
      ...plain.meta.slice(3),
    ]);
    for (const words of cut.words) {
      // A chunk is over the size only when it holds the words of one head, which stay together.
      if (chunkPostings(words) > MAX) expect(new Set(words.map((w) => wordHead(w[0]))).size).toBe(1);
    }
  });

  test("Pagefind's runtime finds the same pages, scores and positions for every word and prefix", async () => {
    const { words } = await readIndex("plain");
    const terms = new Set<string>();
    for (const [word] of words.flat()) {
      const chars = [...word];
      // Words are stored in NFD, as queries are searched; a lone initial consonant is no query.
      for (let n = 1; n <= chars.length; n++)
        if (!/^[\u1100-\u115f]$/u.test(chars[0]!) || n > 1) terms.add(chars.slice(0, n).join(""));
    }
    const [before, after] = await Promise.all([openPagefind("plain"), openPagefind("cut")]);
    const differ: string[] = [];
    for (const term of terms) {
      if (JSON.stringify(await hits(before, term)) !== JSON.stringify(await hits(after, term))) differ.push(term);
    }
    expect(differ).toEqual([]);
    console.log(
      `re-chunked: ${result[0]?.chunksBefore} → ${result[0]?.chunksAfter} chunks, ${terms.size} terms compared`,
    );
  }, 120_000);

  test("a first query loads only the small chunk holding its word, and finds what it found before", async () => {
    const { chunks, words } = await readIndex("cut");
    // The words at every cut: first and last word of each piece, and the head of its first word.
    const terms = [...new Set(words.flatMap((piece) => [piece[0]![0], wordHead(piece[0]![0]), piece.at(-1)![0]]))];
    const sizes = new Map(chunks.map(([, , hash], i) => [hash, chunkPostings(words[i]!)]));
    const oneHead = new Set(
      chunks.filter((_, i) => new Set(words[i]!.map((w) => wordHead(w[0]))).size === 1).map((c) => c[2]),
    );
    for (const term of terms.slice(0, 24)) {
      const expected = await hits(await openPagefind("plain"), term);
      requested.length = 0;
      expect(await hits(await openPagefind("cut"), term), term).toEqual(expected);
      const loaded = requested.filter((url) => url.includes("/index/")).map((url) => url.split("/index/")[1]!);
      expect(loaded, term).toHaveLength(1);
      const hash = loaded[0]!.replace(/\.pf_index.*$/, "");
      if (!oneHead.has(hash)) expect(sizes.get(hash), term).toBeLessThanOrEqual(MAX);
    }
  }, 120_000);
});
