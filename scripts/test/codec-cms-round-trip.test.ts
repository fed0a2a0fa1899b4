import { join } from "node:path";
import { departmentToCms, guidebookToCms, mascotToCms, policyToCms } from "@lifewelfare/cms/codec";
import { startTempCms } from "@lifewelfare/cms/testing";
import {
  type DepartmentInput,
  departmentSchema,
  type GuidebookSettingsInput,
  guidebookSettingsSchema,
  type PolicyInput,
  policySchema,
} from "@lifewelfare/content-models";
import { convertHTMLToLexical, editorConfigFactory } from "@payloadcms/richtext-lexical";
import { JSDOM } from "jsdom";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { exportSnapshot } from "../src/export/export-snapshot.ts";

/**
 * One policy with every field set (every condition kind, an image, previous slugs, both service
 * ids…), its departments, a mascot and 안내서 설정 written into a real Payload (SQLite) through the
 * codec with the import's HTML → Lexical converter, then exported: the snapshot holds the same
 * values. Complements the codec's property test (cms/test/codec-round-trip.test.ts), which runs
 * without a database.
 */

let cms: Awaited<ReturnType<typeof startTempCms>>;
beforeAll(async () => {
  cms = await startTempCms("codec-round-trip");
});
afterAll(async () => {
  await cms?.close();
});

const departments: DepartmentInput[] = [
  {
    id: "birth-health",
    name: "출생보건과",
    team: "출생지원팀",
    organization: "광양시보건소",
    phone: "061-797-4758",
    location: "보건소 2층",
    description: "임신·출산 지원",
    order: 1,
  },
  { id: "women-family", name: "여성가족과", phone: "061-797-2776", order: 2 },
];

const image = {
  id: "round-trip.png",
  alt: "햇살이가 손을 흔드는 그림",
  original: { name: "original", src: "media/round-trip.png", width: 1200, height: 900, mimeType: "image/png" },
};

const full: PolicyInput = {
  id: "round-trip-all",
  slug: "왕복-정책",
  previousSlugs: ["예전-주소"],
  title: "모든 항목 정책",
  summary: "모든 항목을 채운 정책입니다.",
  lifeStages: ["pregnancy", "infant"],
  primaryChapter: "infant",
  householdSituations: ["multi-child", "low-income"],
  interestTopics: ["pregnancy-birth", "childcare"],
  supportTypes: ["cash", "voucher"],
  targetAudience: "<p>광양시에 사는 임신부</p>",
  selectionCriteria: "<p>기준 중위소득 150% 이하</p>",
  eligibility: {
    appliesToAll: false,
    rules: [
      {
        label: "임신 중",
        conditions: [
          { kind: "age", subject: "applicant", unit: "years", min: 19, max: 45, multiplesOnly: true },
          { kind: "pregnancy", minWeeks: 12, minBabies: 2 },
          { kind: "residency", minMonths: 6 },
          { kind: "income", maxPercentOfMedian: 150, minPercentOfMedian: 50 },
        ],
      },
      {
        conditions: [
          { kind: "household", situations: ["multi-child"], match: "all" },
          { kind: "schoolGrade", subject: "child", grades: ["e1", "e2"] },
          { kind: "sex", value: "female" },
          { kind: "other", description: "육아휴직 중인 사람" },
        ],
      },
    ],
  },
  benefits: "<p>1인당 30만 원</p>",
  amounts: [{ label: "첫째", amountKrw: 300000, period: "month", upTo: true, maxCount: 3, maxTotalKrw: 900000 }],
  applicationMethod: {
    channels: ["visit", "online"],
    receivingOrganization: "주소지 행정복지센터",
    onlineUrl: "https://www.gov.kr/",
    details: "<p>신분증을 가져오세요.</p>",
  },
  applicationPeriod: { kind: "fixed", startDate: "2026-03-01", endDate: "2026-12-31", description: "연중 두 번" },
  requiredDocuments: ["신청서", "주민등록등본"],
  departmentId: "birth-health",
  contacts: [{ label: "출생지원팀", departmentId: "women-family", phone: "061-797-2776" }],
  legalBasis: ["모자보건법 제10조"],
  status: { value: "active", effectiveFrom: "2026-01-01", effectiveUntil: "2027-12-31", note: "올해 확대" },
  isNew: true,
  isLocal: true,
  gov24ServiceId: "484000000137",
  bokjiroServId: "WLF00001188",
  sourceUrls: ["https://www.gwangyang.go.kr/", "https://www.bokjiro.go.kr/"],
  lastReviewedAt: "2026-02-15",
  needsVerification: true,
  verificationNote: "금액 확인 중",
  images: [image],
  publishedAt: "2026-02-20T01:02:03.000Z",
};

const guidebook: GuidebookSettingsInput = {
  title: "광양시 생애복지 안내서",
  subtitle: "모든 시민의 복지 길잡이",
  editionYear: 2026,
  cityName: "광양시",
  operatorName: "광양시",
  isGovernmentOperator: true,
  foreword: "<p>발간사입니다.</p>",
  mainPhone: "061-797-2114",
  contacts: [{ label: "광양시청", phone: "061-797-2114" }],
  siteOrigin: "https://welfare.example.kr",
  coverMascotId: "sun-guide",
  openDataLicense: "kogl-2",
};

describe("codec with a real CMS", () => {
  test("a policy with every field, its departments, a mascot and 안내서 설정 come back from the export", async () => {
    const { payload } = cms;
    const editorConfig = await editorConfigFactory.default({ config: payload.config });
    const toRichText = (html: string) => convertHTMLToLexical({ editorConfig, html, JSDOM });
    const published = { _status: "published" } as const;
    const png = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#ffcc00" } })
      .png()
      .toBuffer();
    const media = await payload.create({
      collection: "media",
      data: { alt: image.alt },
      file: { data: png, name: image.id, mimetype: "image/png", size: png.length },
    });
    const departmentIds = new Map<string, number>();
    for (const department of departments) {
      const doc = await payload.create({
        collection: "departments",
        data: { ...departmentToCms(department), ...published },
      });
      departmentIds.set(department.id, doc.id);
    }
    const mediaDocId = () => media.id;
    const mascot = await payload.create({
      collection: "mascots",
      data: {
        ...mascotToCms(
          { id: "sun-guide", name: "햇살이", pose: "chapter", chapter: "infant", image, usageNotes: "표지에만" },
          { mediaDocId },
        ),
        ...published,
      },
    });
    await payload.create({
      collection: "policies",
      draft: false,
      context: { keepPublishedAt: true, skipRebuild: true },
      data: {
        ...policyToCms(full, { toRichText, mediaDocId, departmentDocId: (id) => departmentIds.get(id) }),
        ...published,
      },
    });
    await payload.updateGlobal({
      slug: "guidebook",
      data: { ...guidebookToCms(guidebook, { toRichText, mascotDocId: () => mascot.id }), ...published },
      context: { skipRebuild: true },
    });

    const { snapshot, warnings } = await exportSnapshot(payload, {
      dir: join(cms.dir, "snapshot"),
      mediaDir: cms.mediaDir,
      log: () => {},
    });
    expect(warnings).toEqual([]);
    const [exported] = snapshot.policies;
    // The export adds the image's web sizes Payload made; the rest is the policy as written.
    expect({ ...exported, images: [] }).toEqual({ ...policySchema.parse(full), images: [] });
    expect(exported?.images.map(({ id, alt, original }) => ({ id, alt, original }))).toEqual([image]);
    expect(snapshot.departments).toEqual(departments.map((d) => departmentSchema.parse(d)));
    expect(snapshot.guidebook).toEqual(guidebookSettingsSchema.parse(guidebook));
    expect(snapshot.mascots.map(({ image: i, ...m }) => ({ ...m, alt: i.alt, file: i.id }))).toEqual([
      {
        id: "sun-guide",
        name: "햇살이",
        pose: "chapter",
        chapter: "infant",
        usageNotes: "표지에만",
        alt: image.alt,
        file: image.id,
      },
    ]);
  }, 120_000);
});
