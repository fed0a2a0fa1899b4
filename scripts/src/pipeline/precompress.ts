import { existsSync } from "node:fs";
import { link, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text files, and Pagefind's data as the site build stores it (decompressed), worth compressing. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|xml|svg|csv|txt|pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/;

/**
 * Files a first search downloads (pagefind.js, its wasm, metadata, index chunks and filters, the
 * site's lexicon.json): brotli quality 11, not 9. Measured at 400 policies on Pagefind's own 25
 * chunks (before the site re-chunks them, `pagefind-rechunk.ts`): a chunk was 23.3 KB at 9, 21.5 at
 * 10, 20.8 at 11, for 1.2, 1.6 and 3.4 s of CPU in all; the wasm 50.9 → 46.1 KB (0.6 s, and it is
 * reused from the previous release). Fragments (one per policy, 5 % smaller at 11) stay at 9.
 */
const FIRST_SEARCH = /(\.(pagefind|pf_meta|pf_index|pf_filter)|^pagefind\/(pagefind\.js|lexicon\.json))$/;

/** gzip's magic bytes: such a file (Pagefind's own output, not decompressed) is compressed already. */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/** What `precompress` did: files compressed now, and files whose compressed copies were reused. */
export type PrecompressResult = { compressed: number; reused: number };

/**
 * Writes `.br` (brotli quality 9, 11 for `FIRST_SEARCH` files) and `.gz` (gzip level 9) beside
 * every compressible file of at least 1 KB in the built site that is not a gzip stream already,
 * so that the static server (serve/static-server.ts) and hosts such as nginx (`gzip_static`,
 * `brotli_static`) send compressed bytes without compressing on every request.
 *
 * `previous` is the release being replaced (e.g. the live one): a file whose bytes are unchanged
 * there gets hard links to its existing `.br`/`.gz` instead of being compressed again, which after
 * an edit of one policy is nearly every file. Files are compressed on zlib's thread pool, as many
 * at a time as the machine has cores. At 5,000 policies (5,188 files, 235 MB) compressing one file
 * after the other took 100 s (`pnpm bench 5000`).
 */
export async function precompress(outDir: string, options: { previous?: string } = {}): Promise<PrecompressResult> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => COMPRESSIBLE.test(f));
  const result: PrecompressResult = { compressed: 0, reused: 0 };
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i] as string;
      const path = join(outDir, file);
      const data = await readFile(path);
      if (data.length < 1024 || data.subarray(0, 2).equals(GZIP_MAGIC)) continue;
      if (options.previous && (await reuseCompressed(data, join(options.previous, file), path))) {
        result.reused += 1;
        continue;
      }
      const [br, gzipped] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: FIRST_SEARCH.test(file) ? 11 : 9,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
      result.compressed += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return result;
}

/** Links `<previous>.br/.gz` to `<path>.br/.gz` when `previous` holds the same bytes as `data`. */
async function reuseCompressed(data: Buffer, previous: string, path: string): Promise<boolean> {
  if (!existsSync(`${previous}.br`) || !existsSync(`${previous}.gz`)) return false;
  const old = await readFile(previous).catch(() => null);
  if (!old?.equals(data)) return false;
  try {
    await link(`${previous}.br`, `${path}.br`);
    await link(`${previous}.gz`, `${path}.gz`);
    return true;
  } catch {
    // Another file system, say: compress instead, after removing a half-made pair (writing through
    // a hard link would change the previous release's file).
    await Promise.all([rm(`${path}.br`, { force: true }), rm(`${path}.gz`, { force: true })]);
    return false;
  }
}
