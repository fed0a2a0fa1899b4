import { CHAPTERS, type Chapter } from "@lifewelfare/content-models";
import type { SeedPolicy } from "@lifewelfare/seed-content";
import { seedDepartments, seedPolicies } from "@lifewelfare/seed-content";

/** The rich-text fields of a seed policy, as Markdown. */
export const RICH_FIELDS = ["targetAudience", "selectionCriteria", "benefits", "details"] as const;
export type RichField = (typeof RICH_FIELDS)[number];

/** A rich-text field of a seed policy ("" when absent). */
export function richText(policy: SeedPolicy, field: RichField): string {
  if (field === "details") return policy.applicationMethod.details ?? "";
  return policy[field] ?? "";
}

/** What the real seed entries of one chapter say, split into reusable pieces. */
export type ChapterVocabulary = {
  chapter: Chapter;
  /** The real entries of the chapter: the shapes (codes, eligibility, periods) synthetic ones copy. */
  templates: SeedPolicy[];
  titles: string[];
  summaries: string[];
  /** Sentences per rich-text field (not bullets). */
  sentences: Record<RichField, string[]>;
  /** "- " list items of any rich-text field of the chapter. */
  bullets: string[];
};

/** The 12 읍·면·동 of Gwangyang, used as the area of a local variant of a policy. */
export const AREAS = [
  "광양읍",
  "봉강면",
  "옥룡면",
  "옥곡면",
  "진상면",
  "진월면",
  "다압면",
  "골약동",
  "중마동",
  "광영동",
  "태인동",
  "금호동",
];

/** Words the city adds to a programme's name for a variant of it. */
export const TITLE_SUFFIXES = ["확대", "시범사업", "추가 지원", "연계 지원", "특별 지원", "2단계", "바우처", "플러스"];

function splitMarkdown(markdown: string): { sentences: string[]; bullets: string[] } {
  const sentences: string[] = [];
  const bullets: string[] = [];
  for (const line of markdown.split("\n").map((l) => l.trim())) {
    if (!line || line.startsWith("#")) continue;
    if (line.startsWith("- ")) bullets.push(line.slice(2));
    else sentences.push(...line.split(/(?<=[.!?])\s+/).filter((s) => s.length > 3));
  }
  return { sentences, bullets };
}

function chapterVocabulary(chapter: Chapter): ChapterVocabulary {
  const templates = seedPolicies.filter((p) => p.primaryChapter === chapter);
  const sentences = Object.fromEntries(RICH_FIELDS.map((f) => [f, [] as string[]])) as Record<RichField, string[]>;
  const bullets: string[] = [];
  for (const policy of templates) {
    for (const field of RICH_FIELDS) {
      const parts = splitMarkdown(richText(policy, field));
      sentences[field].push(...parts.sentences);
      bullets.push(...parts.bullets);
    }
  }
  return {
    chapter,
    templates,
    titles: templates.map((p) => p.title),
    summaries: templates.map((p) => p.summary),
    sentences,
    bullets,
  };
}

/** Every chapter's vocabulary (chapters in handbook order), and pools shared by all chapters. */
export function seedVocabulary() {
  const chapters = CHAPTERS.map((c) => chapterVocabulary(c.value)).filter((v) => v.templates.length > 0);
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];
  return {
    chapters,
    /** Count of real entries per chapter: synthetic entries follow the same proportions. */
    weights: chapters.map((c) => c.templates.length),
    requiredDocuments: unique(seedPolicies.flatMap((p) => p.requiredDocuments ?? [])),
    legalBasis: unique(seedPolicies.flatMap((p) => p.legalBasis ?? [])),
    receivingOrganizations: unique(seedPolicies.map((p) => p.applicationMethod.receivingOrganization)),
    sourceUrls: unique(seedPolicies.flatMap((p) => p.sourceUrls ?? [])),
    verificationNotes: unique(seedPolicies.map((p) => p.verificationNote)),
    amountShapes: seedPolicies.map((p) => p.amounts ?? []).filter((a) => a.length > 0),
    /** Departments of the city (with their published numbers) that synthetic contacts name. */
    departments: seedDepartments.filter((d) => d.organization === "광양시" || d.organization === "광양시보건소"),
  };
}

export type SeedVocabulary = ReturnType<typeof seedVocabulary>;
