import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import type { Plugin } from "vite";

const require = createRequire(import.meta.url);

/** Where the site keeps compiled KRDS stylesheets, one file per source hash (outside the sources). */
export const KRDS_CSS_CACHE_DIR = join(import.meta.dirname, "../../node_modules/.cache/krds-css");

/**
 * The CSS of `scssFile` (the site's `styles/krds.scss`, which imports krds-uiux's own SCSS),
 * compiled once per code version: the result is kept in `cacheDir` under a hash of the file's
 * text, the installed krds-uiux and sass versions (a change of any gives a new file). Compiling
 * takes about 2 s of CPU; reading the cached copy, milliseconds.
 * @returns the CSS and whether it came from the cache.
 * @throws sass's error (file and line) when the SCSS does not compile.
 */
export async function compiledKrdsCss(
  scssFile: string,
  cacheDir = KRDS_CSS_CACHE_DIR,
): Promise<{ css: string; cached: boolean }> {
  // The packages' versions, read from disk: loading sass itself costs half a second.
  const versions = await Promise.all(
    [require.resolve("krds-uiux/package.json"), join(dirname(require.resolve("sass")), "package.json")].map(
      async (file) => (JSON.parse(await readFile(file, "utf8")) as { version: string }).version,
    ),
  );
  const key = createHash("sha256")
    .update(await readFile(scssFile))
    .update(`\n${versions.join("\n")}`)
    .digest("hex")
    .slice(0, 16);
  const file = join(cacheDir, `${basename(scssFile, ".scss")}-${key}.css`);
  const cached = await readFile(file, "utf8").catch(() => undefined);
  if (cached !== undefined) return { css: cached, cached: true };
  // Loaded only here, and with require: Vite's module runner that loaded this config is closed by now.
  const sass = require("sass") as typeof import("sass");
  const { css } = await sass.compileAsync(scssFile, {
    loadPaths: [join(dirname(require.resolve("krds-uiux/package.json")), "..")],
    quietDeps: true,
    logger: sass.Logger.silent,
  });
  await mkdir(cacheDir, { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  await writeFile(temp, css);
  await rename(temp, file);
  return { css, cached: false };
}

/**
 * Vite plugin: an import of `styles/krds.scss` (with or without a query such as `?inline`) is
 * served as plain CSS from `compiledKrdsCss`, so Vite never runs sass on it. The CSS keeps the
 * SCSS file's folder (its id is `krds.scss.css` beside it), so its relative `url(…)`s resolve
 * as they would from the SCSS.
 */
export function precompiledKrds(): Plugin {
  const suffix = ".scss.css";
  return {
    name: "lifewelfare-precompiled-krds",
    enforce: "pre",
    async resolveId(source, importer, options) {
      const [path, query] = source.split("?", 2);
      if (!path?.endsWith("/krds.scss")) return null;
      const resolved = await this.resolve(path, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      return `${resolved.id.slice(0, -".scss".length)}${suffix}${query === undefined ? "" : `?${query}`}`;
    },
    async load(id) {
      const [path] = id.split("?", 1);
      if (!path?.endsWith(`/krds${suffix}`)) return null;
      return (await compiledKrdsCss(`${path.slice(0, -suffix.length)}.scss`)).css;
    },
  };
}
