import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text files worth compressing (Pagefind's index chunks and wasm are gzipped by Pagefind already). */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|xml|svg|csv|txt)$/;

/**
 * Writes `.br` and `.gz` beside every compressible file of at least 1 KB in the built site, so
 * that the static server (sirv with `brotli`/`gzip`) and hosts such as nginx (`gzip_static`,
 * `brotli_static`) send compressed bytes without compressing on every request. Returns the count.
 */
export async function precompress(outDir: string): Promise<number> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => COMPRESSIBLE.test(f));
  let count = 0;
  for (const file of files) {
    const path = join(outDir, file);
    const data = await readFile(path);
    if (data.length < 1024) continue;
    await writeFile(`${path}.br`, await brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
    await writeFile(`${path}.gz`, await gz(data, { level: 9 }));
    count += 1;
  }
  return count;
}
