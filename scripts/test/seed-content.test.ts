import { existsSync } from "node:fs";
import {
  CHAPTER_VALUES,
  departmentSchema,
  guidebookSettingsSchema,
  match,
  type Policy,
  policySchema,
  residentProfile,
  slugify,
} from "@lifewelfare/content-models";
import { FLAGSHIP_TITLES } from "@lifewelfare/content-models/testing";
import {
  type RichTextSource,
  renderMascotPng,
  type SeedPolicy,
  seedDepartments,
  seedGuidebook,
  seedMascots,
  seedPolicies,
} from "@lifewelfare/seed-content";
import sharp from "sharp";
import { describe, expect, it } from "vitest";

/** Minimal RichTextSource → HTML for schema checks (the seed script converts to Lexical instead). */
function toHtml(source: RichTextSource | undefined): string {
  if (!source) return "";
  return source
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split("\n");
      if (lines.every((l) => l.startsWith("- ")))
        return `<ul>${lines.map((l) => `<li>${l.slice(2)}</li>`).join("")}</ul>`;
      if (block.startsWith("## ")) return `<h2>${block.slice(3)}</h2>`;
      return `<p>${block}</p>`;
    })
    .join("");
}

function toPolicyInput(seed: SeedPolicy) {
  return {
    ...seed,
    slug: slugify(seed.title),
    publishedAt: "2026-11-20T00:00:00+09:00",
    targetAudience: toHtml(seed.targetAudience),
    selectionCriteria: toHtml(seed.selectionCriteria),
    benefits: toHtml(seed.benefits),
    applicationMethod: { ...seed.applicationMethod, details: toHtml(seed.applicationMethod.details) },
  };
}

const policies: Policy[] = seedPolicies.map((seed) => {
  const result = policySchema.safeParse(toPolicyInput(seed));
  if (!result.success) throw new Error(`${seed.id}: ${JSON.stringify(result.error.issues, null, 2)}`);
  return result.data;
});
const byTitle = (title: string) => {
  const policy = policies.find((p) => p.title === title);
  if (!policy) throw new Error(`missing policy: ${title}`);
  return policy;
};
const ON = "2026-11-20";

describe("seed content", () => {
  it("has at least 60 policies that all pass policySchema", () => {
    expect(policies.length).toBeGreaterThanOrEqual(60);
  });

  it("covers every handbook chapter", () => {
    const chapters = new Set(policies.map((p) => p.primaryChapter));
    expect([...chapters].sort()).toEqual([...CHAPTER_VALUES].sort());
  });

  it("covers every household situation", () => {
    const situations = new Set(policies.flatMap((p) => p.householdSituations));
    expect([...situations].sort()).toEqual(
      ["disability", "low-income", "multi-child", "multicultural", "single-parent", "veteran"].sort(),
    );
  });

  it("includes the 12 flagship policies, marked new and local", () => {
    for (const title of FLAGSHIP_TITLES) {
      const policy = byTitle(title);
      expect(policy.isNew, title).toBe(true);
      expect(policy.isLocal, title).toBe(true);
    }
  });

  it("uses unique ids and unique slugs", () => {
    expect(new Set(policies.map((p) => p.id)).size).toBe(policies.length);
    expect(new Set(policies.map((p) => p.slug)).size).toBe(policies.length);
  });

  it("references only existing departments", () => {
    const departments = seedDepartments.map((d) => departmentSchema.parse(d));
    const ids = new Set(departments.map((d) => d.id));
    expect(ids.size).toBe(departments.length);
    for (const policy of policies) {
      if (policy.departmentId) expect(ids.has(policy.departmentId), policy.id).toBe(true);
      for (const contact of policy.contacts) {
        if (contact.departmentId) expect(ids.has(contact.departmentId), policy.id).toBe(true);
      }
    }
  });

  it("cites at least one source and a review date for every policy", () => {
    for (const policy of policies) {
      expect(policy.sourceUrls.length, policy.id).toBeGreaterThan(0);
      expect(policy.lastReviewedAt, policy.id).toBe("2026-11-20");
    }
  });

  it("marks every policy without how-to-apply or contact facts as needing verification, with a note", () => {
    const phones = new Map(seedDepartments.map((d) => [d.id, d.phone]));
    for (const policy of policies) {
      const hasContact = policy.contacts.length > 0 || Boolean(policy.departmentId && phones.get(policy.departmentId));
      const hasHowTo = policy.applicationMethod.channels.length > 0;
      if (!hasContact || !hasHowTo) expect(policy.needsVerification, policy.id).toBe(true);
      if (policy.needsVerification) expect(policy.verificationNote, policy.id).toBeTruthy();
    }
  });

  it("gives the guidebook settings that pass guidebookSettingsSchema", () => {
    const settings = guidebookSettingsSchema.parse({ ...seedGuidebook, foreword: toHtml(seedGuidebook.foreword) });
    expect(settings.title).toBe("광양시 생애복지 안내서");
    expect(settings.editionYear).toBe(2026);
    expect(settings.isGovernmentOperator).toBe(false);
  });
});

describe("seed eligibility in the finder", () => {
  const outcome = (title: string, profile: Parameters<typeof residentProfile.parse>[0]) =>
    match(byTitle(title).eligibility, residentProfile.parse(profile), ON).outcome;

  it("gives the senior bus to a 70-year-old resident and not to a 60-year-old", () => {
    expect(outcome("65세 이상 어르신 시내버스 무료", { ageYears: 70, monthsResident: 24 })).toBe("applies");
    expect(outcome("65세 이상 어르신 시내버스 무료", { ageYears: 60, monthsResident: 24 })).toBe("does-not-apply");
  });

  it("gives the pregnancy gift from week 20 after 6 months of residence", () => {
    const title = "임신축하금";
    expect(outcome(title, { pregnancy: { weeks: 22, babies: 1 }, monthsResident: 7 })).toBe("applies");
    expect(outcome(title, { pregnancy: { weeks: 12, babies: 1 }, monthsResident: 7 })).toBe("does-not-apply");
    expect(outcome(title, { pregnancy: { weeks: 22, babies: 1 }, monthsResident: 3 })).toBe("does-not-apply");
  });

  it("covers twins in pregnancy and multiples up to 36 months in the group insurance", () => {
    const title = "다태아 안심단체보험";
    expect(outcome(title, { pregnancy: { weeks: 10, babies: 2 } })).toBe("applies");
    const twins = [{ birthDate: "2025-03-01" }, { birthDate: "2025-03-01" }];
    expect(outcome(title, { children: twins })).toBe("applies");
    expect(outcome(title, { children: [{ birthDate: "2025-03-01" }] })).toBe("does-not-apply");
  });

  it("offers the fetal check-up to any pregnancy", () => {
    expect(outcome("태아 정밀건강검진비 지원", { pregnancy: { babies: 1 } })).toBe("applies");
    expect(outcome("태아 정밀건강검진비 지원", {})).toBe("does-not-apply");
  });

  it("matches the 10 o'clock start to parents of first-graders", () => {
    const title = "초등입학기 10시 출근제";
    expect(outcome(title, { children: [{ birthDate: "2019-05-01" }] })).toBe("applies");
    expect(outcome(title, { children: [{ birthDate: "2015-05-01" }] })).toBe("does-not-apply");
  });

  it("gives the Gwangyang single-parent support between 65% and 150% of median income", () => {
    const title = "광양형 한부모가족 지원";
    const base = { householdSituations: ["single-parent" as const], children: [{ birthDate: "2015-01-01" }] };
    expect(outcome(title, { ...base, incomePercentOfMedian: 90 })).toBe("applies");
    expect(outcome(title, { ...base, incomePercentOfMedian: 50 })).toBe("does-not-apply");
    expect(outcome(title, { ...base, householdSituations: [], incomePercentOfMedian: 90 })).toBe("does-not-apply");
  });
});

describe("seed mascots", () => {
  it("has the default, greeting and guide poses and one chapter pose per chapter, each with an SVG file", () => {
    expect(seedMascots.map((m) => m.pose)).toEqual(expect.arrayContaining(["default", "greeting", "guide"]));
    const chapters = seedMascots.filter((m) => m.pose === "chapter").map((m) => m.chapter);
    expect([...chapters].sort()).toEqual([...CHAPTER_VALUES].sort());
    for (const mascot of seedMascots) expect(existsSync(mascot.svgPath), mascot.svgPath).toBe(true);
    expect(seedMascots.some((m) => m.id === seedGuidebook.coverMascotId)).toBe(true);
  });

  it("renders the cover mascot to a square PNG of the requested width", async () => {
    const png = await renderMascotPng(seedMascots[0]!.svgPath, 1200);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe("png");
    expect(meta.width).toBe(1200);
    expect(meta.height).toBe(1200);
  });
});
