import {
  AMOUNT_PERIOD_VALUES,
  APPLICATION_CHANNEL_VALUES,
  APPLICATION_PERIOD_KIND_VALUES,
  CHAPTER_VALUES,
  type ConditionInput,
  type DepartmentInput,
  type GuidebookSettingsInput,
  HOUSEHOLD_SITUATION_VALUES,
  INTEREST_TOPIC_VALUES,
  LIFE_STAGE_VALUES,
  MASCOT_POSE_VALUES,
  type MascotAssetInput,
  OPEN_DATA_LICENSE_VALUES,
  POLICY_STATUS_VALUES,
  type PolicyInput,
  SCHOOL_GRADE_VALUES,
  SUPPORT_TYPE_VALUES,
  toKstDate,
} from "@lifewelfare/content-models";
import fc from "fast-check";

/**
 * fast-check generators of valid domain values (content-models inputs), every optional field
 * sometimes set and sometimes left out, for the codec's round-trip property test.
 */

/** A generator for every field of `T`: a schema field the generators miss is a compile error. */
type Every<T> = Record<keyof T, fc.Arbitrary<unknown>>;

const word = fc.stringMatching(/^[가-힣]{1,8}$/);
/** Korean single-line text of up to `max` characters (already trimmed and NFC). */
const korean = (max: number) =>
  fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" ").slice(0, max).trim());
const stableId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{2,20}$/);
const slug = fc.stringMatching(/^[가-힣a-z0-9]{1,10}(-[가-힣a-z0-9]{1,10}){0,2}$/);
const phone = fc.constantFrom("061-797-2776", "1588-1234", "129", "02-123-4567");
const url = fc.constantFrom(
  "https://www.gwangyang.go.kr/",
  "https://www.bokjiro.go.kr/ssis-tbu/",
  "https://www.gov.kr/",
);
const day = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => toKstDate(d));
const instant = fc
  .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
/** Rich text as the codec's callers give it (HTML for the import, Markdown for the seed). */
const richSource = korean(60).map((text) => `<p>${text}</p>`);
const someOf = <T>(values: readonly T[]) => fc.subarray([...values]);
const oneOf = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** One stored size of an image. */
const variant = (name: string) =>
  fc.record({
    name: fc.constant(name),
    src: fc.stringMatching(/^media\/[a-z0-9]{3,12}\.png$/),
    width: fc.integer({ min: 1, max: 4000 }),
    height: fc.integer({ min: 1, max: 4000 }),
    mimeType: fc.constant("image/png"),
  });

/** An image already uploaded (its id is the file name), with one web variant sometimes. */
export const imageInput = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{3,12}\.png$/),
  alt: korean(100),
  original: variant("original"),
  variants: fc.array(variant("small"), { maxLength: 1 }),
});

/** One eligibility condition of any kind. */
export const condition: fc.Arbitrary<ConditionInput> = fc.oneof(
  fc.record(
    {
      kind: fc.constant("age" as const),
      subject: oneOf(["applicant", "child"] as const),
      unit: oneOf(["years", "months"] as const),
      min: fc.integer({ min: 0, max: 100 }),
      max: fc.integer({ min: 100, max: 1800 }),
      multiplesOnly: fc.boolean(),
    },
    { requiredKeys: ["kind", "subject", "unit", "max"] },
  ),
  fc.record(
    {
      kind: fc.constant("pregnancy" as const),
      minWeeks: fc.integer({ min: 0, max: 45 }),
      minBabies: fc.integer({ min: 1, max: 5 }),
    },
    { requiredKeys: ["kind"] },
  ),
  fc.record({ kind: fc.constant("residency" as const), minMonths: fc.integer({ min: 0, max: 600 }) }),
  fc.record(
    {
      kind: fc.constant("income" as const),
      maxPercentOfMedian: fc.integer({ min: 100, max: 1000 }),
      minPercentOfMedian: fc.integer({ min: 0, max: 100 }),
    },
    { requiredKeys: ["kind", "maxPercentOfMedian"] },
  ),
  fc.record({
    kind: fc.constant("household" as const),
    situations: fc.subarray([...HOUSEHOLD_SITUATION_VALUES], { minLength: 1 }),
    match: oneOf(["any", "all"] as const),
  }),
  fc.record({
    kind: fc.constant("schoolGrade" as const),
    subject: oneOf(["applicant", "child"] as const),
    grades: fc.subarray([...SCHOOL_GRADE_VALUES], { minLength: 1 }),
  }),
  fc.record({ kind: fc.constant("sex" as const), value: oneOf(["male", "female"] as const) }),
  fc.record({ kind: fc.constant("other" as const), description: korean(200) }),
);

/** A department among `ids`. */
export const department = (id: string): fc.Arbitrary<DepartmentInput> =>
  fc.record(
    {
      id: fc.constant(id),
      name: korean(80),
      team: korean(80),
      organization: korean(80),
      phone,
      location: korean(200),
      description: korean(500),
      order: fc.integer({ min: 0, max: 100 }),
    } satisfies Every<DepartmentInput>,
    { requiredKeys: ["id", "name", "order"] },
  );

/** A valid policy whose departments are among `departmentIds` (cross-field rules respected). */
export const policy = (departmentIds: readonly string[]): fc.Arbitrary<PolicyInput> =>
  fc
    .record(
      {
        id: stableId,
        slug,
        previousSlugs: fc.array(slug, { maxLength: 2 }),
        title: korean(100),
        summary: korean(200),
        lifeStages: someOf(LIFE_STAGE_VALUES),
        primaryChapter: oneOf(CHAPTER_VALUES),
        householdSituations: someOf(HOUSEHOLD_SITUATION_VALUES),
        interestTopics: someOf(INTEREST_TOPIC_VALUES),
        supportTypes: someOf(SUPPORT_TYPE_VALUES),
        targetAudience: richSource,
        selectionCriteria: richSource,
        eligibility: fc.record({
          appliesToAll: fc.boolean(),
          rules: fc.array(
            fc.record(
              { label: korean(100), conditions: fc.array(condition, { minLength: 1, maxLength: 3 }) },
              { requiredKeys: ["conditions"] },
            ),
            { maxLength: 2 },
          ),
        }),
        benefits: richSource,
        amounts: fc.array(
          fc.record(
            {
              label: korean(80),
              amountKrw: fc.integer({ min: 0, max: 10_000_000 }),
              period: oneOf(AMOUNT_PERIOD_VALUES),
              upTo: fc.boolean(),
              maxCount: fc.integer({ min: 1, max: 12 }),
              maxTotalKrw: fc.integer({ min: 1, max: 100_000_000 }),
            },
            { requiredKeys: ["amountKrw", "period", "upTo"] },
          ),
          { maxLength: 2 },
        ),
        applicationMethod: fc.record(
          {
            channels: someOf(APPLICATION_CHANNEL_VALUES),
            receivingOrganization: korean(120),
            onlineUrl: url,
            details: richSource,
          },
          { requiredKeys: ["channels"] },
        ),
        applicationPeriod: fc
          .record(
            { kind: oneOf(APPLICATION_PERIOD_KIND_VALUES), startDate: day, endDate: day, description: korean(200) },
            { requiredKeys: ["kind"] },
          )
          .filter((p) => !p.startDate || !p.endDate || p.startDate <= p.endDate),
        requiredDocuments: fc.array(korean(200), { maxLength: 3 }),
        departmentId: oneOf(departmentIds),
        contacts: fc.array(
          fc.record(
            { label: korean(80), departmentId: oneOf(departmentIds), phone },
            { requiredKeys: ["label", "phone"] },
          ),
          { maxLength: 2 },
        ),
        legalBasis: fc.array(korean(200), { maxLength: 2 }),
        status: fc
          .record(
            { value: oneOf(POLICY_STATUS_VALUES), effectiveFrom: day, effectiveUntil: day, note: korean(200) },
            { requiredKeys: ["value"] },
          )
          .filter((s) => !s.effectiveFrom || !s.effectiveUntil || s.effectiveFrom <= s.effectiveUntil),
        isNew: fc.boolean(),
        isLocal: fc.boolean(),
        gov24ServiceId: fc.stringMatching(/^\d{12}$/),
        bokjiroServId: fc.stringMatching(/^WLF\d{8}$/),
        sourceUrls: fc.array(url, { minLength: 1, maxLength: 2 }),
        lastReviewedAt: day,
        needsVerification: fc.boolean(),
        verificationNote: korean(300),
        images: fc.uniqueArray(imageInput, { maxLength: 2, selector: (image) => image.id }),
        publishedAt: instant,
      } satisfies Every<PolicyInput>,
      {
        requiredKeys: ["id", "slug", "title", "summary", "primaryChapter", "targetAudience", "benefits"],
      },
    )
    .map((p) => ({
      ...p,
      applicationMethod: p.applicationMethod ?? { channels: [] },
      status: p.status ?? { value: "active" as const },
      sourceUrls: p.sourceUrls ?? ["https://www.gov.kr/"],
      lastReviewedAt: p.lastReviewedAt ?? "2026-01-15",
      publishedAt: p.publishedAt ?? "2026-01-15T00:00:00.000Z",
      // Cross-field rules (content-models policy-rules.ts): keep the chapter among the stages.
      primaryChapter:
        p.primaryChapter === "common" || p.lifeStages?.includes(p.primaryChapter) ? p.primaryChapter : "common",
      needsVerification: p.status?.value === "scheduled" && !p.status.effectiveFrom ? true : p.needsVerification,
    }));

/** 안내서 설정 with every optional field sometimes set. */
export const guidebook = (mascotIds: readonly string[]): fc.Arbitrary<GuidebookSettingsInput> =>
  fc.record(
    {
      title: korean(80),
      subtitle: korean(120),
      editionYear: fc.integer({ min: 2000, max: 2100 }),
      cityName: korean(40),
      operatorName: korean(60),
      isGovernmentOperator: fc.boolean(),
      foreword: richSource,
      mainPhone: phone,
      contacts: fc.array(fc.record({ label: korean(60), phone }), { maxLength: 2 }),
      siteOrigin: url.map((u) => new URL(u).origin),
      coverMascotId: oneOf(mascotIds),
      openDataLicense: oneOf(OPEN_DATA_LICENSE_VALUES),
    } satisfies Every<GuidebookSettingsInput>,
    { requiredKeys: ["title", "editionYear", "cityName", "operatorName", "foreword", "mainPhone"] },
  );

/** A mascot pose with its image. */
export const mascot: fc.Arbitrary<MascotAssetInput> = fc.record(
  {
    id: stableId,
    name: korean(40),
    pose: oneOf(MASCOT_POSE_VALUES),
    chapter: oneOf(CHAPTER_VALUES),
    image: imageInput,
    usageNotes: korean(1000),
  } satisfies Every<MascotAssetInput>,
  { requiredKeys: ["id", "name", "pose", "image"] },
);
