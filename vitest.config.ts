import { defineConfig } from "vitest/config";

/**
 * One vitest run over every package. Light projects run in parallel; the heavy ones (Payload,
 * Next, Astro builds, Chromium) are marked `sequence.groupOrder` so they run one after another on
 * the 2-core machines.
 */
export default defineConfig({
  test: {
    projects: [
      ...["content-models", "cms", "site", "scripts/handbook", "scripts", "scripts/bench"].map((root, index) => ({
        extends: true,
        test: {
          name: root.replace("scripts/", ""),
          root: `./${root}`,
          include: ["test/**/*.test.ts"],
          // The site's component tests need Astro's compiler: their own project below.
          exclude: ["**/node_modules/**", "test/components/**"],
          sequence: { groupOrder: index },
          // The site e2e files share one fixture build per run (site/test/helpers/shared-site.ts).
          ...(root === "site" ? { globalSetup: ["./test/helpers/shared-site-setup.ts"] } : {}),
        },
      })),
      "./site/vitest.components.config.ts",
    ],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ["default"],
  },
});
