/**
 * `.astro` imports as `tsc` sees them in the component tests (Astro's own checker, not `tsc`,
 * types them in src/): a component factory for the container API.
 */
declare module "*.astro" {
  import type { AstroComponentFactory } from "astro/runtime/server/index.js";

  const component: AstroComponentFactory;
  export default component;
}
