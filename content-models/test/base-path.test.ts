import { describe, expect, test } from "vitest";
import { normalizeBasePath } from "../src/index.ts";

describe("normalizeBasePath", () => {
  test.each([
    [undefined, "/"],
    ["", "/"],
    ["/", "/"],
    ["///", "/"],
    ["guide", "/guide/"],
    ["/guide", "/guide/"],
    ["guide/", "/guide/"],
    ["//guide//", "/guide/"],
    ["/city/guide", "/city/guide/"],
    ["/city/guide/", "/city/guide/"],
  ])("%j → %j", (base, expected) => {
    expect(normalizeBasePath(base)).toBe(expected);
  });

  test("is idempotent", () => {
    for (const base of ["x", "/a/b/", "", "//c"]) {
      expect(normalizeBasePath(normalizeBasePath(base))).toBe(normalizeBasePath(base));
    }
  });
});
