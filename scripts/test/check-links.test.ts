import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLinks } from "../src/pipeline/check-links.ts";

let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "check-links-test-"));
  await mkdir(join(out, "policies", "임신축하금"), { recursive: true });
  await writeFile(join(out, "policies", "임신축하금", "index.html"), "<p>정책</p>");
  await writeFile(
    join(out, "index.html"),
    '<a href="/policies/%EC%9E%84%EC%8B%A0%EC%B6%95%ED%95%98%EA%B8%88/">정책</a><a href="/a%ZZ/">깨진 주소</a><a href="/../../etc/">위</a>',
  );
});

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe("checkLinks", () => {
  it("reports a link with malformed percent-encoding, or leading above the site, as broken instead of failing", async () => {
    expect((await checkLinks(out)).broken).toEqual([
      { page: "index.html", url: "/a%ZZ/" },
      { page: "index.html", url: "/../../etc/" },
    ]);
  });
});

describe("checkLinks against the previous release", () => {
  it("skips the pages unchanged since it, checks the changed ones, and checks every page when a file was removed", async () => {
    const previous = join(out, "..", `${out.split("/").pop()}-previous`);
    const next = join(out, "..", `${out.split("/").pop()}-next`);
    const page = (dir: string, path: string, html: string) =>
      mkdir(join(dir, path), { recursive: true }).then(() => writeFile(join(dir, path, "index.html"), html));
    try {
      for (const dir of [previous, next]) {
        await page(dir, "", '<a href="/policies/a/">가</a><a href="/policies/b/">나</a>');
        await page(dir, "policies/a", "<p>가</p>");
        await page(dir, "policies/b", '<a href="/policies/a/">가</a>');
      }
      // Neither compressed copies nor Pagefind's content-named data are link targets of a page.
      await writeFile(join(previous, "index.html.br"), "compressed copy");
      for (const [dir, hash] of [
        [previous, "0a1b2c"],
        [next, "3d4e5f"],
      ] as const) {
        await mkdir(join(dir, "pagefind", "fragment"), { recursive: true });
        await writeFile(join(dir, "pagefind", "fragment", `ko_${hash}.pf_fragment`), "record");
        await writeFile(join(dir, "pagefind", `pagefind.ko_${hash}.pf_meta`), "metadata");
      }
      await page(next, "policies/b", '<a href="/policies/a/">가</a> 고침');
      expect(await checkLinks(next, "/", { previous })).toEqual({ broken: [], checked: 1, unchanged: 2 });

      // policies/a is gone: the unchanged home page's link to it is caught.
      await rm(join(next, "policies", "a"), { recursive: true });
      expect(await checkLinks(next, "/", { previous })).toEqual({
        broken: [
          { page: "index.html", url: "/policies/a/" },
          { page: join("policies", "b", "index.html"), url: "/policies/a/" },
        ],
        checked: 2,
        unchanged: 0,
      });
    } finally {
      await rm(previous, { recursive: true, force: true });
      await rm(next, { recursive: true, force: true });
    }
  });
});
