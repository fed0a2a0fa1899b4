import { tmpdir } from "node:os";
import { join } from "node:path";
import { UnsafePathError } from "@lifewelfare/content-models/escape";
import { describe, expect, it } from "vitest";
import { containedPath } from "../src/runtime/contained-path.ts";

describe("containedPath", () => {
  const root = join(tmpdir(), "escape-root");

  it("joins segments inside the root", () => {
    expect(containedPath(root, "media", "a.png")).toBe(join(root, "media", "a.png"));
    expect(containedPath(root, "media/../..x.png")).toBe(join(root, "..x.png"));
  });

  it.each([["../etc/passwd"], ["media/../../etc"], ["/etc/hostname"], ["."], [""]])("refuses %j", (segment) => {
    expect(() => containedPath(root, segment)).toThrow(UnsafePathError);
  });
});
