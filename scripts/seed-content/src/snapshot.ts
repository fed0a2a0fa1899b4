import { SNAPSHOT_SCHEMA_VERSION, type SnapshotInput, slugify } from "@lifewelfare/content-models";
import { htmlText } from "@lifewelfare/content-models/escape";
import { seedDepartments } from "./departments.ts";
import { seedGuidebook } from "./guidebook.ts";
import { seedPolicies } from "./policies/index.ts";
import { SEARCH_TERMS } from "./search-terms.ts";
import type { SeedPolicy } from "./types.ts";

/**
 * The seed files' rich text (paragraphs, "- " lists, "## " headings; see `RichTextSource`) as the
 * HTML the export writes. Enough for search records and pages; the CMS's Lexical round trip is
 * tested elsewhere.
 */
function seedHtml(markdown: string | undefined): string | undefined {
  if (!markdown) return undefined;
  return markdown
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.trim().split("\n");
      if (lines.every((l) => l.startsWith("- ")))
        return `<ul>${lines.map((l) => `<li>${htmlText(l.slice(2))}</li>`).join("")}</ul>`;
      if (block.startsWith("## ")) return `<h2>${htmlText(block.slice(3))}</h2>`;
      return `<p>${htmlText(lines.join(" "))}</p>`;
    })
    .join("");
}

/**
 * The seeded content (this package: 62 policies, departments, guidebook settings and
 * the 검색어 사전) as a snapshot, without a CMS: what `npm start` publishes, for the search
 * evaluation. Slugs come from titles as the CMS makes them. `policies` replaces the seeded
 * policies (e.g. the bench's 400-entry content).
 */
export function seedSnapshot(policies: SeedPolicy[] = seedPolicies): SnapshotInput {
  const { foreword, coverMascotId: _cover, ...guidebook } = seedGuidebook;
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generatedAt: "2026-11-30T00:00:00Z",
    guidebook: { ...guidebook, foreword: seedHtml(foreword) ?? "" },
    departments: seedDepartments,
    mascots: [],
    searchTerms: SEARCH_TERMS,
    policies: policies.map((p) => ({
      ...p,
      slug: slugify(p.title),
      publishedAt: "2026-11-01T00:00:00Z",
      targetAudience: seedHtml(p.targetAudience) ?? "",
      selectionCriteria: seedHtml(p.selectionCriteria),
      benefits: seedHtml(p.benefits) ?? "",
      applicationMethod: { ...p.applicationMethod, details: seedHtml(p.applicationMethod.details) },
    })),
  } as SnapshotInput;
}
