/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url";
import { getViteConfig } from "astro/config";

/**
 * The site's component tests (test/components/): Astro's container API renders one component to
 * HTML in seconds, no site build. Astro's Vite plugins compile the `.astro` files; the site's own
 * astro.config.ts is not loaded (it reads the snapshot), since components take their data as props.
 */
export default getViteConfig(
  {
    test: {
      name: "site-components",
      include: ["test/components/**/*.test.ts"],
      sequence: { groupOrder: 2 },
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  },
  { root: fileURLToPath(new URL(".", import.meta.url)), configFile: false, logLevel: "error" },
);
