import { describe, expect, it } from "vitest";
import {
  ContentValidationError,
  parseContent,
  SNAPSHOT_SCHEMA_VERSION,
  slugify,
  snapshotSchema,
} from "../src/index.ts";
import { FLAGSHIP_TITLES } from "../src/testing/index.ts";
import { fixtureInput, loadFixture } from "./helpers/fixture.ts";

/** Parses a snapshot and returns the issues as `path: message` strings. */
function issuesOf(input: unknown): string[] {
  try {
    parseContent(snapshotSchema, input, "스냅숏 snapshot.json");
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    return (error as ContentValidationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
}

describe("fixture snapshot (test/fixtures/snapshot.json)", () => {
  const snapshot = loadFixture();

  it("is a valid snapshot of the 2026 edition", () => {
    expect(snapshot.schemaVersion).toBe(SNAPSHOT_SCHEMA_VERSION);
    expect(snapshot.guidebook).toMatchObject({
      title: "광양시 생애복지 안내서",
      editionYear: 2026,
      cityName: "광양시",
      operatorName: "광양시",
      isGovernmentOperator: false,
      siteOrigin: "https://guide.example.kr",
    });
    expect(snapshot.guidebook.foreword).toMatch(/^<p>/);
    expect(snapshot.mascots).toEqual([]);
  });

  it("contains the 12 flagship policies and a few more", () => {
    const titles = snapshot.policies.map((p) => p.title);
    for (const title of FLAGSHIP_TITLES) expect(titles).toContain(title);
    expect(titles.length).toBeGreaterThanOrEqual(14);
    expect(titles.find((t) => t.includes("수강료") || t.includes("수강권"))).toBeDefined();
  });

  it("has at least 5 departments, each with a published number", () => {
    expect(snapshot.departments.length).toBeGreaterThanOrEqual(5);
    const phones = snapshot.departments.map((d) => d.phone);
    for (const phone of [
      "061-797-4758",
      "061-797-4026",
      "061-797-2776",
      "061-797-4049",
      "061-797-1940",
      "061-797-3853",
    ]) {
      expect(phones).toContain(phone);
    }
  });

  it("derives every slug from the title", () => {
    for (const policy of snapshot.policies) expect(policy.slug).toBe(slugify(policy.title));
  });

  it("sets generatedAt to the newest publish time", () => {
    const newest = snapshot.policies
      .map((p) => p.publishedAt)
      .sort()
      .at(-1);
    expect(snapshot.generatedAt).toBe(newest);
  });

  it("has one (synthetic, test-only) scheduled policy with its start date, a common-chapter policy for all, and flags unconfirmed ones", () => {
    const scheduled = snapshot.policies.filter((p) => p.status.value === "scheduled");
    expect(scheduled.map((p) => p.id)).toEqual(["t-scheduled-example"]);
    expect(scheduled[0]?.status.effectiveFrom).toBe("2027-03-01");
    const common = snapshot.policies.filter((p) => p.primaryChapter === "common");
    expect(common.some((p) => p.eligibility.appliesToAll)).toBe(true);
    const fetal = snapshot.policies.find((p) => p.title === "태아 정밀건강검진비 지원");
    expect(fetal?.needsVerification).toBe(true);
    expect(fetal?.amounts).toEqual([]);
    for (const policy of snapshot.policies.filter((p) => p.id.startsWith("g-"))) {
      expect(policy.lastReviewedAt).toBe("2026-11-20");
    }
  });

  it("writes rich text as HTML", () => {
    for (const policy of snapshot.policies.filter((p) => p.id.startsWith("g-"))) {
      for (const html of [policy.targetAudience, policy.benefits, policy.applicationMethod.details]) {
        expect(html).toMatch(/^<(p|ul)>[\s\S]*<\/(p|ul)>$/);
      }
    }
  });
});

describe("snapshotSchema cross-document rules", () => {
  it("refuses a duplicate stable id and names the policy index", () => {
    const input = fixtureInput();
    const [first, second] = input.policies as [Record<string, unknown>, Record<string, unknown>];
    second.id = first.id;
    const issues = issuesOf(input);
    expect(issues).toContainEqual(`policies.1.id: 고유 ID가 중복됩니다: ${first.id}`);
  });

  it("refuses a duplicate slug, including a slug reused as another policy's previous slug", () => {
    const input = fixtureInput();
    const [first, second, third] = input.policies as Record<string, unknown>[];
    second!.slug = first!.slug;
    third!.previousSlugs = [first!.slug];
    const issues = issuesOf(input);
    expect(issues).toContainEqual(`policies.1.slug: 주소(슬러그)가 중복됩니다: ${first!.slug}`);
    expect(issues).toContainEqual(`policies.2.slug: 주소(슬러그)가 중복됩니다: ${first!.slug}`);
  });

  it("accepts a policy that lists its own current slug among its previous slugs", () => {
    const input = fixtureInput();
    const [first] = input.policies as Record<string, unknown>[];
    first!.previousSlugs = [first!.slug];
    expect(issuesOf(input)).toEqual([]);
  });

  it("refuses a policy pointing to an unknown department", () => {
    const input = fixtureInput();
    const policy = input.policies.find((p) => p.departmentId)!;
    const index = input.policies.indexOf(policy);
    policy.departmentId = "no-such-dept";
    expect(issuesOf(input)).toContainEqual(`policies.${index}.departmentId: 없는 부서를 가리킵니다: no-such-dept`);
  });

  it("refuses a contact pointing to an unknown department", () => {
    const input = fixtureInput();
    const index = input.policies.findIndex((p) => (p.contacts as unknown[] | undefined)?.length);
    const contact = (input.policies[index]!.contacts as Record<string, unknown>[])[0]!;
    contact.departmentId = "no-such-dept";
    expect(issuesOf(input)).toContainEqual(
      `policies.${index}.contacts.0.departmentId: 없는 부서를 가리킵니다: no-such-dept`,
    );
  });

  it("refuses duplicate department ids", () => {
    const input = fixtureInput();
    const departments = input.departments as Record<string, unknown>[];
    departments.push({ ...departments[0]!, name: "중복 부서" });
    expect(issuesOf(input)).toContainEqual(
      `departments.${departments.length - 1}.id: 부서 ID가 중복됩니다: ${departments[0]!.id}`,
    );
  });

  it("refuses a cover mascot that is not in the snapshot", () => {
    const input = fixtureInput();
    (input.guidebook as Record<string, unknown>).coverMascotId = "haetsal-default";
    expect(issuesOf(input)).toContainEqual("guidebook.coverMascotId: 없는 캐릭터를 가리킵니다: haetsal-default");
  });

  it("refuses another schema version and a generatedAt that is not an ISO timestamp", () => {
    const input = fixtureInput();
    input.schemaVersion = 2;
    input.generatedAt = "2026-11-20";
    const issues = issuesOf(input);
    expect(issues.some((i) => i.startsWith("schemaVersion:"))).toBe(true);
    expect(issues.some((i) => i.startsWith("generatedAt:"))).toBe(true);
  });

  it("names the document and the Korean field path in the error message", () => {
    const input = fixtureInput();
    (input.departments as Record<string, unknown>[])[0]!.phone = "02-12-345";
    expect(() => parseContent(snapshotSchema, input, "스냅숏 snapshot.json")).toThrow(
      /스냅숏 snapshot\.json · 부서 › 1번째 › 전화번호 \(departments\.0\.phone\): 전화번호 형식이 올바르지 않습니다/,
    );
  });
});
