import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Static Pretendard faces the handbook uses. Every weight used in the CSS must be declared here:
 * a missing weight is synthesised by Chromium and embedded as a Type 3 font; the variable font
 * also embeds as Type 3 (see toolchain findings).
 */
const FACES = [
  { weight: 400, file: "Pretendard-Regular.woff2" },
  { weight: 600, file: "Pretendard-SemiBold.woff2" },
  { weight: 700, file: "Pretendard-Bold.woff2" },
  { weight: 800, file: "Pretendard-ExtraBold.woff2" },
] as const;

/** The folder of Pretendard's static woff2 files in node_modules. */
export function pretendardDir(): string {
  const packageJson = createRequire(import.meta.url).resolve("pretendard/package.json");
  return join(dirname(packageJson), "dist/web/static/woff2");
}

/** `@font-face` rules for the book font family "Handbook Pretendard", from local files. */
export function fontFaceCss(): string {
  const dir = pretendardDir();
  return FACES.map(
    ({ weight, file }) =>
      `@font-face { font-family: "Handbook Pretendard"; font-style: normal; font-weight: ${weight}; ` +
      `font-display: block; src: url("${pathToFileURL(join(dir, file)).href}") format("woff2"); }`,
  ).join("\n");
}
