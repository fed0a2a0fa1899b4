import { describe, expect, it } from "vitest";
import {
  departmentSchema,
  guidebookSettingsSchema,
  LIFE_STAGES,
  mascotAssetSchema,
  parseContent,
  residentProfile,
} from "../src/index.ts";
import { fixtureInput } from "./helpers/fixture.ts";

const guidebook = () => fixtureInput().guidebook as Record<string, unknown>;
const department = () => (fixtureInput().departments as Record<string, unknown>[])[0]!;
const mascot = () => ({
  id: "haetsal-greeting",
  name: "햇살이",
  pose: "greeting",
  image: {
    id: "m1",
    alt: "손을 흔드는 햇살이",
    original: { name: "original", src: "media/haetsal.png", width: 1200, height: 1200, mimeType: "image/png" },
  },
});

describe("guidebookSettingsSchema", () => {
  it("parses the fixture's settings", () => {
    const settings = guidebookSettingsSchema.parse(guidebook());
    expect(settings.mainPhone).toBe("061-797-2776");
    expect(settings.isGovernmentOperator).toBe(false);
  });

  it.each([
    ["siteOrigin", "http://guide.example.kr", "https:// 로 시작하는 올바른 주소를 입력하세요."],
    ["mainPhone", "797-2776", "전화번호 형식이 올바르지 않습니다."],
    ["editionYear", 1999, ""],
    ["title", " ", "내용을 입력하세요."],
  ])("refuses a bad %s", (field, value, message) => {
    const input = { ...guidebook(), [field]: value };
    expect(() => parseContent(guidebookSettingsSchema, input, "안내서 설정")).toThrow(message);
    try {
      parseContent(guidebookSettingsSchema, input, "안내서 설정");
    } catch (error) {
      expect((error as { issues: { path: string }[] }).issues[0]?.path).toBe(field);
    }
  });
});

describe("departmentSchema", () => {
  it("parses fixture departments and normalises the published (061)797-4049", () => {
    expect(departmentSchema.parse({ ...department(), phone: "(061)797-4049" }).phone).toBe("061-797-4049");
    expect(departmentSchema.parse({ id: "safety", name: "안전과" })).toMatchObject({ order: 0 });
  });

  it("refuses a bad id and a bad phone, naming the field", () => {
    expect(() => parseContent(departmentSchema, { ...department(), id: "출생보건과" }, "부서 「출생보건과」")).toThrow(
      "부서 「출생보건과」 · 고유 ID (id): 영문 소문자·숫자·하이픈 3~32자여야 합니다.",
    );
    expect(() => parseContent(departmentSchema, { ...department(), phone: "02-12-345" }, "부서")).toThrow(
      "부서 · 전화번호 (phone): 전화번호 형식이 올바르지 않습니다.",
    );
  });
});

describe("mascotAssetSchema", () => {
  it("parses a pose with alt text and defaults the usage notes", () => {
    expect(mascotAssetSchema.parse(mascot())).toMatchObject({ pose: "greeting", usageNotes: "" });
  });

  it("refuses an unknown pose, an unknown chapter and a missing alt text", () => {
    expect(mascotAssetSchema.safeParse({ ...mascot(), pose: "dance" }).success).toBe(false);
    expect(mascotAssetSchema.safeParse({ ...mascot(), pose: "chapter", chapter: "baby" }).success).toBe(false);
    const noAlt = mascot();
    noAlt.image.alt = "";
    expect(() => parseContent(mascotAssetSchema, noAlt, "캐릭터 햇살이")).toThrow(
      "캐릭터 햇살이 · 이미지 › 대체 텍스트 (image.alt): 내용을 입력하세요.",
    );
  });
});

describe("residentProfile", () => {
  it("defaults lists and the number of babies", () => {
    expect(residentProfile.parse({ pregnancy: { weeks: 12 } })).toMatchObject({
      children: [],
      householdSituations: [],
      pregnancy: { weeks: 12, babies: 1 },
    });
  });

  it("refuses impossible answers", () => {
    expect(residentProfile.safeParse({ birthDate: "1990-02-30" }).success).toBe(false);
    expect(residentProfile.safeParse({ pregnancy: { weeks: 50 } }).success).toBe(false);
    expect(residentProfile.safeParse({ householdSituations: ["rich"] }).success).toBe(false);
    expect(residentProfile.safeParse({ monthsResident: -1 }).success).toBe(false);
  });
});

describe("code lists", () => {
  it("life stages follow the 복지로 lifeArray codes in display order", () => {
    expect(LIFE_STAGES.map((s) => [s.value, s.bokjiroCode])).toEqual([
      ["pregnancy", "007"],
      ["infant", "001"],
      ["child", "002"],
      ["teen", "003"],
      ["youth", "004"],
      ["middle-aged", "005"],
      ["senior", "006"],
    ]);
  });
});
