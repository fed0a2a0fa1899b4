import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compiledKrdsCss } from "../src/integrations/krds-css.ts";

const KRDS_SCSS = join(import.meta.dirname, "../src/styles/krds.scss");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "krds-css-test-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("compiledKrdsCss: the KRDS SCSS compiled once per code version", () => {
  test("compiles the site's KRDS parts, then serves the same CSS from the cache until the SCSS changes", async () => {
    const scss = join(dir, "krds.scss");
    const cache = join(dir, "cache");
    await copyFile(KRDS_SCSS, scss);

    const first = await compiledKrdsCss(scss, cache);
    expect(first.cached).toBe(false);
    expect(first.css).toContain(".krds-btn");
    expect(first.css).toContain("#krds-masthead");
    const [file] = await readdir(cache);
    expect(await readFile(join(cache, file as string), "utf8")).toBe(first.css);

    const again = await compiledKrdsCss(scss, cache);
    expect(again).toEqual({ css: first.css, cached: true });

    // A change of the code (here the site's SCSS) gives a new key: compiled again, with the change.
    await writeFile(scss, `${await readFile(scss, "utf8")}\n.app-changed { color: #123456; }\n`);
    const changed = await compiledKrdsCss(scss, cache);
    expect(changed.cached).toBe(false);
    expect(changed.css).toContain(".app-changed");
    expect((await readdir(cache)).length).toBe(2);
  });
});
