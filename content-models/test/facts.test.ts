import { describe, expect, it } from "vitest";
import {
  describePolicy,
  formatKrw,
  type HouseholdSituation,
  type LifeStage,
  type PolicyInput,
  parseContent,
  policySchema,
  slugify,
  snapshotSchema,
  uniqueSlug,
} from "../src/index.ts";
import { type FactEntry, fixtureInput, loadFacts, loadFixture } from "./helpers/fixture.ts";

/**
 * The fixture is written from shared/data/gwangyang-policies.facts.json (copied to
 * test/fixtures/). These tests check that it stays traceable to those facts, and that policies
 * generated from every fact entry are valid content.
 */
const facts = loadFacts();
const snapshot = loadFixture();
/** The fixture's own departments, written from the facts. */
const FACT_DEPARTMENTS = [
  "birth-health",
  "maternal-health",
  "health-promotion",
  "women-family",
  "population-policy",
  "city-library",
];
/** The fixture's own policies (ids `g-…`), written from the facts; others may add more. */
const factBased = snapshot.policies.filter((p) => p.id.startsWith("g-"));
const sourcesOf = (fact: FactEntry) => fact.source_url.split(" ; ").map((u) => u.trim());
/** Facts text without spaces, with "3천만원" written as "3,000만원" to compare with formatKrw. */
const comparable = (text: string) => text.replace(/\s+/g, "").replace(/(\d)천만/g, "$1,000만");

const STAGES: Record<string, LifeStage> = {
  임신·출산: "pregnancy",
  영유아: "infant",
  아동: "child",
  청소년: "teen",
  청년: "youth",
  중장년: "middle-aged",
  노년: "senior",
};
const SITUATIONS: Record<string, HouseholdSituation> = {
  한부모: "single-parent",
  장애인: "disability",
  다문화: "multicultural",
  저소득: "low-income",
  다자녀: "multi-child",
};
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A plain policy written from one fact entry, the way an editor would first enter it. */
function policyFromFact(fact: FactEntry, index: number, takenSlugs: Set<string>): PolicyInput {
  const id = `f-${String(index + 1).padStart(2, "0")}`;
  const lifeStages = fact.life_stages.flatMap((s) => (STAGES[s] ? [STAGES[s]] : []));
  const householdSituations = fact.life_stages.flatMap((s) => (SITUATIONS[s] ? [SITUATIONS[s]] : []));
  const slug = uniqueSlug(fact.name_ko, id, takenSlugs);
  takenSlugs.add(slug);
  const phone = /0\d{1,2}-\d{3,4}-\d{4}/.exec(fact.department)?.[0];
  const unconfirmed = [fact.amount, fact.eligibility, fact.how_to_apply, fact.department].some((t) =>
    t.includes("미확인"),
  );
  return {
    id,
    slug,
    title: fact.name_ko,
    summary: `${fact.summary_ko.split(". ")[0]!.slice(0, 199)}`,
    lifeStages,
    primaryChapter: lifeStages[0] ?? "common",
    householdSituations,
    targetAudience: `<p>${escapeHtml(fact.eligibility)}</p>`,
    benefits: `<p>${escapeHtml(fact.amount)}</p>`,
    applicationMethod: { details: `<p>${escapeHtml(fact.how_to_apply)}</p>` },
    contacts: phone ? [{ label: fact.department.replace(/\(.*$/, "").trim() || "담당부서", phone }] : [],
    status: { value: "active" },
    sourceUrls: sourcesOf(fact),
    lastReviewedAt: "2026-11-20",
    needsVerification: unconfirmed,
    publishedAt: "2026-11-20T01:00:00Z",
  };
}

describe("content generated from every fact entry", () => {
  const taken = new Set<string>();
  const generated = facts.map((fact, index) => policyFromFact(fact, index, taken));

  it("covers all 41 entries of the facts file", () => {
    expect(facts).toHaveLength(41);
  });

  it.each(generated.map((p) => [p.title, p] as const))("%s parses as a policy", (_title, input) => {
    const policy = parseContent(policySchema, input, describePolicy(input));
    expect(policy.slug).toBe(input.slug);
    expect(policy.sourceUrls.length).toBeGreaterThan(0);
  });

  it("parses as one snapshot with the fixture's guidebook and departments, slugs unique", () => {
    const input = { ...fixtureInput(), policies: generated };
    const parsed = parseContent(snapshotSchema, input, "facts snapshot");
    expect(new Set(parsed.policies.map((p) => p.slug)).size).toBe(41);
    expect(parsed.policies.filter((p) => p.primaryChapter === "common").map((p) => p.title)).toContain("시민안전보험");
    expect(parsed.policies.find((p) => p.title.startsWith("태아 정밀"))?.needsVerification).toBe(true);
  });
});

describe("the fixture is traceable to the facts", () => {
  const factsFor = (sourceUrls: string[]) => facts.filter((f) => sourceUrls.every((u) => sourcesOf(f).includes(u)));

  it.each(factBased.map((p) => [p.title, p] as const))("%s cites sources of one fact entry", (_t, policy) => {
    expect(factsFor(policy.sourceUrls).length).toBeGreaterThan(0);
  });

  it.each(factBased.map((p) => [p.title, p] as const))("%s uses only amounts the facts give", (_t, policy) => {
    const text = comparable(
      factsFor(policy.sourceUrls)
        .map((f) => `${f.amount} ${f.summary_ko}`)
        .join(" "),
    );
    for (const amount of policy.amounts) {
      for (const krw of [amount.amountKrw, amount.maxTotalKrw].filter((v) => v !== undefined)) {
        expect(text).toContain(formatKrw(krw).replace(/\s+/g, ""));
      }
    }
  });

  it("every phone number in the fixture is published in the facts", () => {
    const text = facts
      .map((f) => `${f.department} ${f.how_to_apply}`)
      .join(" ")
      .replace(/-/g, "");
    const input = fixtureInput();
    const phones = [
      ...(input.departments as { id: string; phone: string }[])
        .filter((d) => FACT_DEPARTMENTS.includes(d.id))
        .map((d) => d.phone),
      ...factBased.flatMap((p) => p.contacts.map((c) => c.phone)),
      snapshot.guidebook.mainPhone,
    ];
    expect(phones.length).toBeGreaterThan(10);
    for (const phone of phones) {
      // Area code dropped: the facts sometimes give "☎797-4049, 지역번호 061".
      expect(text).toContain(phone.replace(/^0\d{1,2}-/, "").replace(/-/g, ""));
    }
  });

  it("slugs of the fixture are what slugify makes of the titles", () => {
    for (const policy of factBased) expect(policy.slug).toBe(slugify(policy.title));
  });
});
