import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
import remarkCjkFriendly from "remark-cjk-friendly";
import { outDir, siteBase, siteOrigin } from "./src/config/site-env.ts";
import { guidebookOutput } from "./src/integrations/guidebook-output.ts";
import { precompiledKrds } from "./src/integrations/krds-css.ts";
import { withProseAngles } from "./src/lib/mdx-prose.ts";

/** Settings come from the environment (SNAPSHOT_DIR, SITE_OUT_DIR, SITE_BASE, SITE_ORIGIN); see README.md. */
export default defineConfig({
  site: siteOrigin(),
  base: siteBase(),
  outDir: outDir(),
  output: "static",
  trailingSlash: "always",
  // No inline <style> or <script> in the output, so the site's CSP can be `'self'` only
  // (scripts/src/serve/security-headers.ts): stylesheets are always files, and so are script chunks
  // (Astro inlines those below Vite's assetsInlineLimit; other assets keep Vite's default).
  build: { format: "directory", inlineStylesheets: "never" },
  // Hand-written pages in Korean (site/README.md, "Hand-written pages"): `**강조**는` is emphasis
  // (remark-cjk-friendly), and a `<` that opens no tag is text in MDX too (mdx-prose.ts).
  // No syntax highlighting: Shiki colours code with `style` attributes, which the CSP forbids.
  markdown: {
    processor: withProseAngles(unified({ remarkPlugins: [remarkCjkFriendly] })),
    syntaxHighlight: false,
  },
  integrations: [mdx(), guidebookOutput()],
  devToolbar: { enabled: false },
  vite: {
    // The KRDS SCSS changes only with the code: compiled once per version, not on every build.
    plugins: [precompiledKrds()],
    build: {
      assetsInlineLimit: (file: string) => (file.endsWith(".js") ? false : undefined),
      rollupOptions: {
        // content-models only defines schemas and pure functions: let the finder's bundle keep just
        // `match` and its helpers instead of every zod schema.
        treeshake: { moduleSideEffects: (id: string) => !id.includes("/content-models/") },
      },
    },
  },
});
