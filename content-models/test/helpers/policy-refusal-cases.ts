import { expect } from "vitest";
import { ContentValidationError, describePolicy, parseContent, policySchema } from "../../src/index.ts";
import { rawPolicy } from "./fixture.ts";

// biome-ignore lint/suspicious/noExplicitAny: the tests mutate raw JSON input at arbitrary depth.
export type Raw = Record<string, any>;

/** The valid fixture policy 임신축하금 (g-pregnancy-gift) as raw JSON, to break one rule at a time. */
export const basePolicy = (): Raw => rawPolicy("g-pregnancy-gift");

/** Parses `input` as a policy and returns the thrown ContentValidationError. */
export function errorOf(input: Raw): ContentValidationError {
  try {
    parseContent(policySchema, input, describePolicy(input));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    return error as ContentValidationError;
  }
  throw new Error("expected the policy to be refused");
}

/** One refusal: [what, mutate, path, the field as the error names it in Korean, the Korean message (its start)]. */
export type RefusalCase = [string, (p: Raw) => void, string, string, string];

/** Every rule of the policy schema outside 자격 조건, with an input breaking it. */
export const POLICY_REFUSALS: RefusalCase[] = [
  [
    "id with capitals",
    (p) => (p.id = "G-Pregnancy"),
    "id",
    "고유 ID",
    "고유 ID는 영문 소문자·숫자·하이픈 3~32자여야 합니다.",
  ],
  ["id too short", (p) => (p.id = "ab"), "id", "고유 ID", "고유 ID는"],
  [
    "slug with spaces",
    (p) => (p.slug = "임신 축하금"),
    "slug",
    "주소(슬러그)",
    "주소(슬러그)는 한글·영문 소문자·숫자와 하이픈만",
  ],
  ["slug with a trailing hyphen", (p) => (p.slug = "임신축하금-"), "slug", "주소(슬러그)", "주소(슬러그)는"],
  ["empty title", (p) => (p.title = "   "), "title", "서비스명", "내용을 입력하세요."],
  ["title over 100 characters", (p) => (p.title = "가".repeat(101)), "title", "서비스명", "100자 이하로 입력하세요."],
  [
    "summary over 200 characters",
    (p) => (p.summary = "나".repeat(201)),
    "summary",
    "한 줄 요약",
    "200자 이하로 입력하세요.",
  ],
  [
    "unknown life stage",
    (p) => (p.lifeStages = ["baby"]),
    "lifeStages.0",
    "생애주기 › 1번째",
    '잘못된 옵션: "pregnancy"또는 "infant"',
  ],
  [
    "unknown chapter",
    (p) => (p.primaryChapter = "everyone"),
    "primaryChapter",
    "대표 생애주기(안내서 수록 장)",
    '잘못된 옵션: "pregnancy"또는 "infant"',
  ],
  [
    "primaryChapter not in lifeStages",
    (p) => (p.primaryChapter = "senior"),
    "primaryChapter",
    "대표 생애주기(안내서 수록 장)",
    "대표 생애주기는 선택한 생애주기 중 하나이거나 '공통'이어야 합니다.",
  ],
  [
    "unknown household situation",
    (p) => (p.householdSituations = ["rich"]),
    "householdSituations.0",
    "가구상황 › 1번째",
    '잘못된 옵션: "multicultural"또는 "multi-child"',
  ],
  [
    "unknown interest topic",
    (p) => (p.interestTopics = ["sports"]),
    "interestTopics.0",
    "관심주제 › 1번째",
    '잘못된 옵션: "physical-health"또는 "mental-health"',
  ],
  [
    "unknown support type",
    (p) => (p.supportTypes = ["gift"]),
    "supportTypes.0",
    "지원유형 › 1번째",
    '잘못된 옵션: "cash"또는 "in-kind"',
  ],
  [
    "missing targetAudience",
    (p) => delete p.targetAudience,
    "targetAudience",
    "지원대상",
    "잘못된 입력: 예상 타입은 string, 받은 타입은 undefined입니다",
  ],
  [
    "missing benefits",
    (p) => delete p.benefits,
    "benefits",
    "지원내용",
    "잘못된 입력: 예상 타입은 string, 받은 타입은 undefined입니다",
  ],
  [
    "negative amount",
    (p) => (p.amounts[0].amountKrw = -1000),
    "amounts.0.amountKrw",
    "지원 금액 › 1번째 › 금액(원)",
    "number이 너무 작습니다: 0 이상이어야 합니다",
  ],
  [
    "amount as text",
    (p) => (p.amounts[0].amountKrw = "100만 원"),
    "amounts.0.amountKrw",
    "지원 금액 › 1번째 › 금액(원)",
    "잘못된 입력: 예상 타입은 number, 받은 타입은 string입니다",
  ],
  [
    "unknown amount period",
    (p) => (p.amounts[0].period = "week"),
    "amounts.0.period",
    "지원 금액 › 1번째 › 지급 주기",
    '잘못된 옵션: "once"또는 "month"',
  ],
  [
    "unknown channel",
    (p) => (p.applicationMethod.channels = ["fax"]),
    "applicationMethod.channels.0",
    "신청방법 › 신청 경로 › 1번째",
    '잘못된 옵션: "visit"또는 "online"',
  ],
  [
    "http online address",
    (p) => (p.applicationMethod.onlineUrl = "http://www.gov.kr/"),
    "applicationMethod.onlineUrl",
    "신청방법 › 온라인 신청 주소",
    "https:// 로 시작하는 올바른 주소를 입력하세요.",
  ],
  [
    "application period ending before it starts",
    (p) => (p.applicationPeriod = { kind: "fixed", startDate: "2026-03-31", endDate: "2026-03-01" }),
    "applicationPeriod.endDate",
    "신청기한 › 마감일",
    "신청 시작일은 마감일보다 늦을 수 없습니다.",
  ],
  [
    "application period with an impossible date",
    (p) => (p.applicationPeriod = { kind: "fixed", startDate: "2026-02-30" }),
    "applicationPeriod.startDate",
    "신청기한 › 시작일",
    "날짜는 YYYY-MM-DD 형식의 실제 날짜여야 합니다.",
  ],
  [
    "empty required document",
    (p) => (p.requiredDocuments = ["신분증", " "]),
    "requiredDocuments.1",
    "구비서류 › 2번째",
    "내용을 입력하세요.",
  ],
  [
    "department id with spaces",
    (p) => (p.departmentId = "birth health"),
    "departmentId",
    "담당부서",
    "잘못된 문자열: 정규식 /^[a-z0-9][a-z0-9-]{2,31}$/ 패턴과 일치해야 합니다",
  ],
  [
    "bad contact phone",
    (p) => (p.contacts[0].phone = "02-12-345"),
    "contacts.0.phone",
    "문의처 › 1번째 › 전화번호",
    "전화번호 형식이 올바르지 않습니다. 예: 061-797-2776, 1588-1234, 129",
  ],
  [
    "contact without a label",
    (p) => (p.contacts[0].label = ""),
    "contacts.0.label",
    "문의처 › 1번째 › 구분",
    "내용을 입력하세요.",
  ],
  [
    "unknown status",
    (p) => (p.status = { value: "draft" }),
    "status.value",
    "상태 › 값",
    '잘못된 옵션: "preview"또는 "consulting"',
  ],
  [
    "status ending before it starts",
    (p) => (p.status = { value: "ended", effectiveFrom: "2025-01-01", effectiveUntil: "2024-12-31" }),
    "status.effectiveUntil",
    "상태 › 종료일",
    "시행 시작일은 종료일보다 늦을 수 없습니다.",
  ],
  [
    "scheduled without a date",
    (p) => (p.status = { value: "scheduled" }),
    "status.effectiveFrom",
    "상태 › 시행일",
    "시행예정 정책에는 시행 예정일을 입력하세요.",
  ],
  [
    "status date not ISO",
    (p) => (p.status.effectiveFrom = "2025.01.01"),
    "status.effectiveFrom",
    "상태 › 시행일",
    "날짜는 YYYY-MM-DD",
  ],
  [
    "보조금24 id of 11 digits",
    (p) => (p.gov24ServiceId = "48400000013"),
    "gov24ServiceId",
    "보조금24 서비스ID",
    "보조금24 서비스ID는 숫자 12자리입니다.",
  ],
  [
    "복지로 id without WLF",
    (p) => (p.bokjiroServId = "00001188"),
    "bokjiroServId",
    "복지로 서비스ID",
    "복지로 서비스ID는 WLF와 숫자 8자리입니다.",
  ],
  ["no source", (p) => (p.sourceUrls = []), "sourceUrls", "출처", "출처 주소를 하나 이상 입력하세요."],
  [
    "source that is not a web address",
    (p) => (p.sourceUrls = ["javascript:alert(1)"]),
    "sourceUrls.0",
    "출처 › 1번째",
    "출처는 http(s):// 로 시작하는 올바른 주소여야 합니다.",
  ],
  [
    "review date not a date",
    (p) => (p.lastReviewedAt = "2026-11-31"),
    "lastReviewedAt",
    "최종 검토일",
    "날짜는 YYYY-MM-DD",
  ],
  ["publish time without time", (p) => (p.publishedAt = "2026-11-20"), "publishedAt", "게시일", "잘못된 ISO 날짜시간"],
  [
    "verification note over 300 characters",
    (p) => (p.verificationNote = "확".repeat(301)),
    "verificationNote",
    "확인할 내용",
    "300자 이하로 입력하세요.",
  ],
  [
    "image without alt text",
    (p) =>
      (p.images = [
        {
          id: "img1",
          alt: "",
          original: { name: "original", src: "media/a.png", width: 10, height: 10, mimeType: "image/png" },
        },
      ]),
    "images.0.alt",
    "이미지 › 1번째 › 대체 텍스트",
    "내용을 입력하세요.",
  ],
  [
    "image with zero width",
    (p) =>
      (p.images = [
        {
          id: "img1",
          alt: "임신축하금 안내",
          original: { name: "o", src: "media/a.png", width: 0, height: 10, mimeType: "image/png" },
        },
      ]),
    "images.0.original.width",
    "이미지 › 1번째 › 원본 이미지 › 너비",
    "number이 너무 작습니다: 0 초과여야 합니다",
  ],
];
