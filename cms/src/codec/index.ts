/**
 * The one mapping between Payload documents and the content-models domain, one module per
 * document kind, each pairing `toCms` (seed, import) with `fromCms` (export). Typed by the
 * generated `payload-types.ts` and the zod input types, so a domain field a mapper ignores is a
 * compile error (see `Exhaustive` and `SameNamed` in values.ts).
 */
export * from "./context.ts";
export * from "./department.ts";
export * from "./eligibility.ts";
export * from "./guidebook.ts";
export * from "./mascot.ts";
export * from "./policy.ts";
export * from "./search-term.ts";
export type { RichText } from "./values.ts";
