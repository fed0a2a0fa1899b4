/**
 * Import before anything that defines zod schemas in browser code: zod compiles object parsers
 * with `new Function` (probing `Function("")` when each schema is created), which the site's
 * Content-Security-Policy forbids (no 'unsafe-eval'). Jitless parsing gives the same results.
 */
import { z } from "astro/zod";

z.config({ jitless: true });
