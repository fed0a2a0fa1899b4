import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { precompress } from "../src/pipeline/precompress.ts";

const root = await mkdtemp(join(tmpdir(), "lifewelfare-precompress-"));
afterAll(() => rm(root, { recursive: true, force: true }));

/** A built page of `n` policy cards (over 1 KB, so it is compressed). */
const page = (title: string, n = 40) =>
  `<!doctype html><html lang="ko"><title>${title}</title><ul>${Array.from({ length: n }, (_, i) => `<li>정책 ${i}: 지원대상, 선정기준, 지원내용</li>`).join("")}</ul></html>`;

async function release(name: string, pages: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(join(dir, file, ".."), { recursive: true });
    await writeFile(join(dir, file), html);
  }
  return dir;
}

describe("precompress", () => {
  it("writes brotli and gzip copies that decode to the file, and skips files under 1 KB", async () => {
    const dir = await release("first", {
      "index.html": page("홈"),
      "policies/a/index.html": page("첫만남이용권"),
      "tiny.txt": "작음",
    });
    expect(await precompress(dir)).toEqual({ compressed: 2, reused: 0 });
    const html = await readFile(join(dir, "policies/a/index.html"));
    expect(brotliDecompressSync(await readFile(join(dir, "policies/a/index.html.br")))).toEqual(html);
    expect(gunzipSync(await readFile(join(dir, "policies/a/index.html.gz")))).toEqual(html);
    await expect(stat(join(dir, "tiny.txt.br"))).rejects.toThrow();
  });

  it("reuses the previous release's copies of unchanged files and compresses the changed ones", async () => {
    const previous = join(root, "first");
    const dir = await release("second", {
      "index.html": page("홈"),
      "policies/a/index.html": page("첫만남이용권 (수정)"),
    });
    expect(await precompress(dir, { previous })).toEqual({ compressed: 1, reused: 1 });
    // The unchanged page shares its compressed file with the previous release (a hard link).
    expect((await stat(join(dir, "index.html.br"))).ino).toBe((await stat(join(previous, "index.html.br"))).ino);
    const changed = await readFile(join(dir, "policies/a/index.html"));
    expect(brotliDecompressSync(await readFile(join(dir, "policies/a/index.html.br")))).toEqual(changed);
    expect(brotliDecompressSync(await readFile(join(previous, "policies/a/index.html.br"))).toString()).toContain(
      "<title>첫만남이용권</title>",
    );
  });

  it("compresses Pagefind's data stored decompressed, and leaves gzip streams (Pagefind's own output) alone", async () => {
    const chunk = `pagefind_dcd${page("색인", 80)}`;
    const dir = await release("pagefind", {
      "pagefind/index/ko_1.pf_index": chunk,
      "pagefind/index/ko_2.pf_index": "",
    });
    await writeFile(join(dir, "pagefind/index/ko_2.pf_index"), gzipSync(chunk));
    expect(await precompress(dir)).toEqual({ compressed: 1, reused: 0 });
    expect(brotliDecompressSync(await readFile(join(dir, "pagefind/index/ko_1.pf_index.br"))).toString()).toBe(chunk);
    expect(gunzipSync(await readFile(join(dir, "pagefind/index/ko_1.pf_index.gz"))).toString()).toBe(chunk);
    await expect(stat(join(dir, "pagefind/index/ko_2.pf_index.br"))).rejects.toThrow();
  });
});
