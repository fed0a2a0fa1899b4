import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../src/lib/paths.ts";

/** Top-level folders whose paths the docs cite. */
const ROOTS = ["content-models/", "cms/", "site/", "scripts/", ".ci/"];

/**
 * The repository paths a document cites in `code` spans: those starting with a top-level folder,
 * without globs or placeholders (`*`, `<…>`), and with a trailing ":line" or "(…)" removed.
 */
function citedPaths(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1] as string);
  return [
    ...new Set(
      spans
        .filter((s) => ROOTS.some((root) => s.startsWith(root)) && !/[*<>]/.test(s))
        .map((s) => s.replace(/:\d.*$/, "")),
    ),
  ];
}

describe("the docs cite paths that exist", () => {
  for (const doc of ["ARCHITECTURE.md", "README.md"]) {
    it(doc, () => {
      const cited = citedPaths(readFileSync(join(REPO_ROOT, doc), "utf8"));
      expect(cited.length).toBeGreaterThan(5);
      expect(cited.filter((path) => !existsSync(join(REPO_ROOT, path)))).toEqual([]);
    });
  }
});
