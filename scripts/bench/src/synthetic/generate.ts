import type { SeedPolicy } from "@lifewelfare/seed-content";
import { seedPolicies } from "@lifewelfare/seed-content";
import { Prng } from "./prng.ts";
import {
  AREAS,
  type ChapterVocabulary,
  type RichField,
  richText,
  type SeedVocabulary,
  seedVocabulary,
  TITLE_SUFFIXES,
} from "./vocabulary.ts";

/** The policies of a benchmark CMS: real seed entries kept, and synthetic ones added. */
export type BenchContent = {
  /** Stable ids of the real seed policies kept (all of them when size ≥ the seed's count). */
  keptSeedIds: string[];
  synthetic: SeedPolicy[];
};

/** Fixed seed of the generator: the same size always gives the same content. */
export const CONTENT_SEED = 20261129;

/**
 * The content of a benchmark of `size` policies, deterministically: every real seed policy (so the
 * site's search-query set applies) plus `size − seed count` synthetic policies composed from the
 * seed's own vocabulary. Below the seed's count (smoke runs) a subset of the real policies is kept,
 * taken round-robin over the chapters so every chapter stays present.
 */
export function benchContent(size: number): BenchContent {
  if (!Number.isInteger(size) || size < 1) throw new Error(`size must be a positive integer (got ${size})`);
  if (size < seedPolicies.length) {
    const byChapter = new Map<string, SeedPolicy[]>();
    for (const p of seedPolicies) byChapter.set(p.primaryChapter, [...(byChapter.get(p.primaryChapter) ?? []), p]);
    const kept: string[] = [];
    for (let round = 0; kept.length < size; round++) {
      for (const list of byChapter.values()) {
        const policy = list[round];
        if (policy && kept.length < size) kept.push(policy.id);
      }
    }
    return { keptSeedIds: kept, synthetic: [] };
  }
  return {
    keptSeedIds: seedPolicies.map((p) => p.id),
    synthetic: syntheticPolicies(size - seedPolicies.length),
  };
}

/** `count` synthetic policies (ids `s-<chapter>-<n>`), deterministic for a given count. */
export function syntheticPolicies(count: number, seed = CONTENT_SEED): SeedPolicy[] {
  const rng = new Prng(seed);
  const vocabulary = seedVocabulary();
  const titles = new Set(seedPolicies.map((p) => p.title));
  const total = vocabulary.weights.reduce((a, b) => a + b, 0);
  const result: SeedPolicy[] = [];
  for (let n = 0; n < count; n++) {
    // The first entries visit every chapter; after that chapters follow the seed's proportions.
    let chapter: ChapterVocabulary;
    if (n < vocabulary.chapters.length) chapter = vocabulary.chapters[n] as ChapterVocabulary;
    else {
      chapter = weightedChapter(vocabulary, rng.next() * total);
    }
    result.push(syntheticPolicy(rng, vocabulary, chapter, n, titles));
  }
  return result;
}

/** The chapter at `point` (0 ≤ point < total weight) of the chapters laid end to end by weight. */
function weightedChapter(vocabulary: SeedVocabulary, point: number): ChapterVocabulary {
  let rest = point;
  for (const [i, chapter] of vocabulary.chapters.entries()) {
    rest -= vocabulary.weights[i] as number;
    if (rest < 0) return chapter;
  }
  return vocabulary.chapters.at(-1) as ChapterVocabulary;
}

function syntheticPolicy(
  rng: Prng,
  vocabulary: SeedVocabulary,
  chapter: ChapterVocabulary,
  n: number,
  titles: Set<string>,
): SeedPolicy {
  const template = rng.pick(chapter.templates);
  const title = uniqueTitle(rng, chapter, titles);
  const department = rng.pick(vocabulary.departments);
  const contacts = [
    {
      label: `${department.organization} ${department.name}${department.team ? ` ${department.team}` : ""}`,
      departmentId: department.id,
      phone: rng.chance(0.5) && department.phone ? department.phone : `061-797-${rng.int(1000, 9999)}`,
    },
    ...(rng.chance(0.25) ? [{ label: "보건복지상담센터", phone: "129" }] : []),
    ...(rng.chance(0.15) ? [{ label: "전남 복지 콜센터", phone: `1588-${rng.int(1000, 9999)}` }] : []),
  ];
  const scheduled = rng.chance(0.08);
  const needsVerification = rng.chance(0.3);
  const amounts =
    rng.chance(0.7) && vocabulary.amountShapes.length ? scaledAmounts(rng, rng.pick(vocabulary.amountShapes)) : [];
  const text = (field: RichField) =>
    paragraphs(rng, chapter, field, richText(rng.pick(chapter.templates), field).length);
  const selectionCriteria = rng.chance(0.6) ? text("selectionCriteria") : "";
  return {
    id: `s-${chapter.chapter}-${String(n + 1).padStart(5, "0")}`,
    title,
    summary: rng.pick(chapter.summaries),
    lifeStages: template.lifeStages ?? [],
    primaryChapter: template.primaryChapter,
    householdSituations: template.householdSituations ?? [],
    interestTopics: template.interestTopics ?? [],
    supportTypes: template.supportTypes ?? [],
    targetAudience: text("targetAudience") || rng.pick(chapter.summaries),
    ...(selectionCriteria ? { selectionCriteria } : {}),
    eligibility: template.eligibility ?? { rules: [] },
    benefits: text("benefits") || rng.pick(chapter.summaries),
    amounts,
    applicationMethod: {
      channels: template.applicationMethod.channels ?? [],
      receivingOrganization: rng.pick(vocabulary.receivingOrganizations),
      ...(template.applicationMethod.onlineUrl ? { onlineUrl: template.applicationMethod.onlineUrl } : {}),
      details: text("details"),
    },
    applicationPeriod: template.applicationPeriod ?? { kind: "unknown" },
    requiredDocuments: rng.sample(vocabulary.requiredDocuments, rng.int(0, 5)),
    departmentId: department.id,
    contacts,
    legalBasis: rng.chance(0.4) ? rng.sample(vocabulary.legalBasis, rng.int(1, 2)) : [],
    status: scheduled
      ? { value: "scheduled", effectiveFrom: `2027-0${rng.int(1, 6)}-01`, note: "시행 예정" }
      : { value: "active", ...(rng.chance(0.5) ? { effectiveFrom: `202${rng.int(3, 6)}-0${rng.int(1, 9)}-01` } : {}) },
    isNew: rng.chance(0.1),
    isLocal: rng.chance(0.6),
    sourceUrls: rng.sample(vocabulary.sourceUrls, rng.int(1, 2)),
    lastReviewedAt: `2026-${String(rng.int(1, 11)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
    needsVerification,
    ...(needsVerification && vocabulary.verificationNotes.length
      ? { verificationNote: rng.pick(vocabulary.verificationNotes) }
      : {}),
  };
}

/**
 * A new programme name: a real title of the chapter, or the head of one joined to the tail of
 * another, optionally with an area (읍·면·동) in front and a variant word after; never a name
 * already used.
 */
function uniqueTitle(rng: Prng, chapter: ChapterVocabulary, titles: Set<string>): string {
  const words = (t: string) => t.split(" ");
  let core = rng.pick(chapter.titles);
  const other = words(rng.pick(chapter.titles));
  if (rng.chance(0.4) && words(core).length > 1 && other.length > 1) {
    core = [...words(core).slice(0, -1), ...other.slice(-1)].join(" ");
  }
  const area = rng.chance(0.6) ? `${rng.pick(AREAS)} ` : "";
  const suffix = rng.chance(0.5) ? ` ${rng.pick(TITLE_SUFFIXES)}` : "";
  let title = `${area}${core}${suffix}`;
  for (let k = 2; titles.has(title); k++) title = `${area}${core}${suffix} (제${k}기)`;
  titles.add(title);
  return title;
}

/**
 * Markdown of about `targetLength` × 0.8–1.6 characters from the chapter's real sentences of the
 * same field: paragraphs of 1–3 sentences, and a bullet list in about a third of the texts.
 */
function paragraphs(rng: Prng, chapter: ChapterVocabulary, field: RichField, targetLength: number): string {
  const pool = chapter.sentences[field].length ? chapter.sentences[field] : chapter.sentences.benefits;
  if (targetLength === 0 || pool.length === 0) return "";
  const goal = Math.round(targetLength * (0.8 + rng.next() * 0.8));
  const blocks: string[] = [];
  let length = 0;
  while (length < goal) {
    const paragraph = Array.from({ length: rng.int(1, 3) }, () => rng.pick(pool)).join(" ");
    blocks.push(paragraph);
    length += paragraph.length;
    if (blocks.length === 1 && chapter.bullets.length && rng.chance(0.35)) {
      const list = rng.sample(chapter.bullets, rng.int(2, 4)).map((b) => `- ${b}`);
      blocks.push(list.join("\n"));
      length += list.join("").length;
    }
  }
  return blocks.join("\n\n");
}

/** A real amount list with the sums scaled (0.5–2×, rounded to 10,000 원). */
function scaledAmounts(rng: Prng, amounts: NonNullable<SeedPolicy["amounts"]>): NonNullable<SeedPolicy["amounts"]> {
  const factor = rng.pick([0.5, 1, 1.5, 2]);
  const scale = (krw: number) => (krw >= 10_000 ? Math.max(10_000, Math.round((krw * factor) / 10_000) * 10_000) : krw);
  return amounts.map((a) => ({
    ...a,
    amountKrw: scale(a.amountKrw),
    ...(a.maxTotalKrw ? { maxTotalKrw: Math.max(scale(a.maxTotalKrw), scale(a.amountKrw)) } : {}),
  }));
}
