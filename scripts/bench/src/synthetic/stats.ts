import type { SeedPolicy } from "@lifewelfare/seed-content";
import { RICH_FIELDS, richText } from "./vocabulary.ts";

/** Characters of an entry a resident reads: title, summary, rich text, documents, laws, contacts. */
export function entryCharacters(policy: SeedPolicy): number {
  return [
    policy.title,
    policy.summary,
    ...RICH_FIELDS.map((f) => richText(policy, f)),
    ...(policy.requiredDocuments ?? []),
    ...(policy.legalBasis ?? []),
    ...(policy.contacts ?? []).map((c) => `${c.label} ${c.phone}`),
  ].join("").length;
}

/** Summary statistics of a set of entries, to compare generated content with the real seed. */
export type ContentStats = {
  entries: number;
  charsPerEntry: { mean: number; median: number; p10: number; p90: number; max: number };
  richTextBlocksPerEntry: number;
  requiredDocumentsPerEntry: number;
  contactsPerEntry: number;
  amountsPerEntry: number;
  eligibilityRulesPerEntry: number;
  entriesWithImages: number;
  distinctImages: number;
  chapters: Record<string, number>;
};

/** Statistics of `policies`; `images` maps a policy id to the number of images it shows. */
export function contentStats(
  policies: SeedPolicy[],
  images: { perPolicy: Map<string, number>; distinct: number },
): ContentStats {
  const chars = policies.map(entryCharacters).sort((a, b) => a - b);
  const at = (q: number) => chars[Math.min(chars.length - 1, Math.floor(q * chars.length))] ?? 0;
  const mean = (f: (p: SeedPolicy) => number) =>
    policies.length ? Math.round((policies.reduce((s, p) => s + f(p), 0) / policies.length) * 100) / 100 : 0;
  const chapters: Record<string, number> = {};
  for (const p of policies) chapters[p.primaryChapter] = (chapters[p.primaryChapter] ?? 0) + 1;
  return {
    entries: policies.length,
    charsPerEntry: {
      mean: Math.round(mean(entryCharacters)),
      median: at(0.5),
      p10: at(0.1),
      p90: at(0.9),
      max: chars.at(-1) ?? 0,
    },
    richTextBlocksPerEntry: mean((p) =>
      RICH_FIELDS.map((f) => richText(p, f).split("\n\n").filter(Boolean).length).reduce((a, b) => a + b, 0),
    ),
    requiredDocumentsPerEntry: mean((p) => p.requiredDocuments?.length ?? 0),
    contactsPerEntry: mean((p) => p.contacts?.length ?? 0),
    amountsPerEntry: mean((p) => p.amounts?.length ?? 0),
    eligibilityRulesPerEntry: mean((p) => p.eligibility?.rules?.length ?? 0),
    entriesWithImages: policies.filter((p) => (images.perPolicy.get(p.id) ?? 0) > 0).length,
    distinctImages: images.distinct,
    chapters,
  };
}
