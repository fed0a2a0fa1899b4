import { fileURLToPath } from "node:url";
import { getViteConfig } from "astro/config";
import { createServer, type ViteDevServer } from "vite";
import type { PolicyPreviewInput, RenderPageModule } from "./src/preview/input.ts";

export type { PolicyPreviewInput } from "./src/preview/input.ts";

/** Renders 미리 보기 pages with the site's own components and styles, in this process. */
export type PreviewRenderer = {
  /** The full HTML document of one policy page, marked as a preview (banner, `noindex`). */
  renderPolicy: (input: PolicyPreviewInput) => Promise<string>;
  /** The site's compiled stylesheet plus the banner's (font files referenced by `fontFile`). */
  stylesheet: string;
  /**
   * The font file a `url(fonts/<name>)` of `stylesheet` names, as an absolute path, or undefined
   * for any other name (so a request can never reach another file).
   */
  fontFile: (name: string) => string | undefined;
  close: () => Promise<void>;
};

const SITE_ROOT = fileURLToPath(new URL(".", import.meta.url));
const SCRIPT_TAG = /<script\b[^>]*><\/script>/g;
const RENDER_MODULE = "/src/preview/render-page.ts";

/**
 * Starts a preview renderer: Astro's Vite plugins compile the site's `.astro` files and styles once
 * (a few seconds, no site build, no file written), then each page is rendered by Astro's container
 * API in milliseconds. The site's astro.config.ts is not loaded (it reads the snapshot): pages take
 * the draft as props. `base` is the site's base path for links inside the page (default `/`).
 * @throws Error when a component or stylesheet fails to compile.
 */
export async function createPreviewRenderer(options: { base?: string } = {}): Promise<PreviewRenderer> {
  const config = await getViteConfig(
    { server: { middlewareMode: true, hmr: false, ws: false, watch: null }, appType: "custom", logLevel: "error" },
    {
      root: SITE_ROOT,
      configFile: false,
      logLevel: "error",
      base: options.base ?? "/",
      devToolbar: { enabled: false },
    },
  )({ command: "serve", mode: "production" });
  const vite: ViteDevServer = await createServer({ ...config, configFile: false });
  try {
    const module = (await vite.ssrLoadModule(RENDER_MODULE)) as RenderPageModule;
    const fonts = new Map<string, string>();
    // Vite points each font at its file (`/@fs/…` or a root-relative path): serve them by name.
    const stylesheet = module.PREVIEW_CSS.replace(/url\((["']?)([^"')]+\.woff2)\1\)/g, (_all, _q, url: string) => {
      const path = url.startsWith("/@fs/") ? url.slice("/@fs".length) : `${SITE_ROOT}${url.replace(/^\/+/, "")}`;
      const name = path.split("/").at(-1) as string;
      fonts.set(name, decodeURIComponent(path.split("?")[0] as string));
      return `url("fonts/${name}")`;
    });
    return {
      // The page's scripts (글자 크기, 메뉴) are the built site's bundles, which a preview has not:
      // drop their tags (external only; the site has no inline script) so no dev path leaks.
      renderPolicy: async (input) => (await module.renderPolicyPage(input)).replace(SCRIPT_TAG, ""),
      stylesheet,
      fontFile: (name) => fonts.get(name),
      close: () => vite.close(),
    };
  } catch (error) {
    await vite.close();
    throw error;
  }
}
