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
    expect(await checkLinks(out)).toEqual([
      { page: "index.html", url: "/a%ZZ/" },
      { page: "index.html", url: "/../../etc/" },
    ]);
  });
});
