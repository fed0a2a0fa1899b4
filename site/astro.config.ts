import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import { outDir, siteBase, siteOrigin } from "./src/config/site-env.ts";
import { guidebookOutput } from "./src/integrations/guidebook-output.ts";

/** Settings come from the environment (SNAPSHOT_DIR, SITE_OUT_DIR, SITE_BASE, SITE_ORIGIN); see README.md. */
export default defineConfig({
  site: siteOrigin(),
  base: siteBase(),
  outDir: outDir(),
  output: "static",
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx(), guidebookOutput()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // content-models only defines schemas and pure functions: let the finder's bundle keep just
        // `match` and its helpers instead of every zod schema.
        treeshake: { moduleSideEffects: (id: string) => !id.includes("/content-models/") },
      },
    },
  },
});
