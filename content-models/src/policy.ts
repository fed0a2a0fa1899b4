import { z } from "zod";
import {
  AMOUNT_PERIOD_VALUES,
  APPLICATION_CHANNEL_VALUES,
  APPLICATION_PERIOD_KIND_VALUES,
} from "./code-lists/application.ts";
import { HOUSEHOLD_SITUATION_VALUES } from "./code-lists/household-situations.ts";
import { INTEREST_TOPIC_VALUES } from "./code-lists/interest-topics.ts";
import { CHAPTER_VALUES, LIFE_STAGE_VALUES } from "./code-lists/life-stages.ts";
import { POLICY_STATUS_VALUES } from "./code-lists/policy-statuses.ts";
import { SUPPORT_TYPE_VALUES } from "./code-lists/support-types.ts";
import { eligibility } from "./eligibility.ts";
import { imageRef } from "./media.ts";
import { kstDate } from "./rules/kst-date.ts";
import { TEXT_MAX } from "./rules/limits.ts";
import { phoneNumber } from "./rules/phone.ts";
import {
  hasScheduledDate,
  isPrimaryChapterAllowed,
  PRIMARY_CHAPTER_MESSAGE,
  SCHEDULED_DATE_MESSAGE,
} from "./rules/policy-rules.ts";
import { SLUG_PATTERN, STABLE_ID_PATTERN } from "./rules/slug.ts";
import { koreanText, safeHtml } from "./rules/text.ts";
import { httpsUrl, sourceUrl } from "./rules/url.ts";

/**
 * A structured amount (지원 금액) in KRW, e.g. 월 30만 원 for up to 3 months:
 * `{ amountKrw: 300000, period: "month", maxCount: 3, maxTotalKrw: 900000 }`.
 * `upTo` prints "최대". `label` names the case, e.g. "수도권 진료 시".
 */
export const amountSchema = z.object({
  label: koreanText({ max: TEXT_MAX.policy.amountLabel }).optional(),
  amountKrw: z.number().int().min(0).max(10_000_000_000),
  period: z.enum(AMOUNT_PERIOD_VALUES),
  upTo: z.boolean().default(false),
  /** Maximum number of payments (e.g. 3 for "최대 3개월"). */
  maxCount: z.number().int().positive().optional(),
  /** Maximum total in KRW (e.g. 연 50만 원 한도). */
  maxTotalKrw: z.number().int().positive().optional(),
});
/** A parsed amount in KRW. */
export type Amount = z.infer<typeof amountSchema>;

/** 문의처: who to call, with a number as published. `departmentId` links the department directory. */
export const contactSchema = z.object({
  label: koreanText({ max: TEXT_MAX.policy.contactLabel }),
  departmentId: z.string().regex(STABLE_ID_PATTERN).optional(),
  phone: phoneNumber,
});
/** A parsed 문의처 (phone normalised). */
export type Contact = z.infer<typeof contactSchema>;

/** 신청방법: channels, 접수기관, online address, and details as sanitised HTML. */
export const applicationMethodSchema = z.object({
  channels: z.array(z.enum(APPLICATION_CHANNEL_VALUES)).default([]),
  /** 접수기관, e.g. 주소지 읍·면·동 행정복지센터. */
  receivingOrganization: koreanText({ max: TEXT_MAX.policy.receivingOrganization }).optional(),
  /** 온라인 신청 주소 (https only). */
  onlineUrl: httpsUrl.optional(),
  details: safeHtml.default("" as never),
});

/** 신청기한. Dates are KST calendar dates; `description` says it in words (e.g. 출생일로부터 90일 이내). */
export const applicationPeriodSchema = z
  .object({
    kind: z.enum(APPLICATION_PERIOD_KIND_VALUES).default("unknown"),
    startDate: kstDate.optional(),
    endDate: kstDate.optional(),
    description: koreanText({ max: TEXT_MAX.policy.periodDescription }).optional(),
  })
  .refine((p) => !p.startDate || !p.endDate || p.startDate <= p.endDate, {
    message: "신청 시작일은 마감일보다 늦을 수 없습니다.",
    path: ["endDate"],
  });

/** 상태 with its effective dates (KST). A `scheduled` policy shows its expected start date. */
export const policyStatusSchema = z
  .object({
    value: z.enum(POLICY_STATUS_VALUES),
    effectiveFrom: kstDate.optional(),
    effectiveUntil: kstDate.optional(),
    note: koreanText({ max: TEXT_MAX.policy.statusNote }).optional(),
  })
  .refine((s) => !s.effectiveFrom || !s.effectiveUntil || s.effectiveFrom <= s.effectiveUntil, {
    message: "시행 시작일은 종료일보다 늦을 수 없습니다.",
    path: ["effectiveUntil"],
  });

/** A policy slug (`SLUG_PATTERN`), NFC. */
export const policySlug = z
  .string()
  .regex(SLUG_PATTERN, { message: "주소(슬러그)는 한글·영문 소문자·숫자와 하이픈만 쓸 수 있습니다." })
  .transform((s) => s.normalize("NFC"));

/**
 * 생애복지정책: one welfare policy, as published in a snapshot.
 *
 * Field names map the 공공서비스(혜택) API (서비스명, 지원대상, 선정기준, 지원내용, 신청방법, 신청기한,
 * 구비서류, 문의처, 법령) and 복지로 (lifeArray, trgterIndvdlArray, intrsThemaArray) to English
 * identifiers; see shared/docs/domain-research.md §2. Rich-text fields hold sanitised HTML.
 * Facts the sources do not give stay empty and `needsVerification` is set (shown as 확인 중).
 */
export const policySchema = z
  .object({
    /** Stable id, never reused, independent of the database; the permanent URL is `/p/<id>/`. */
    id: z.string().regex(STABLE_ID_PATTERN, { message: "고유 ID는 영문 소문자·숫자·하이픈 3~32자여야 합니다." }),
    /** URL slug (Hangul kept), set once from the title. */
    slug: policySlug,
    /** Earlier slugs that must keep redirecting (each a slug: they become redirect pages' paths). */
    previousSlugs: z.array(policySlug).default([]),
    /** 서비스명. */
    title: koreanText({ max: TEXT_MAX.policy.title }),
    /** 한 줄 요약 (서비스목적요약). */
    summary: koreanText({ max: TEXT_MAX.policy.summary }),
    /** 생애주기 (may be empty for policies for all residents). */
    lifeStages: z.array(z.enum(LIFE_STAGE_VALUES)).default([]),
    /** The one chapter the handbook prints the entry in: a life stage or `common` (공통). */
    primaryChapter: z.enum(CHAPTER_VALUES),
    /** 가구상황. */
    householdSituations: z.array(z.enum(HOUSEHOLD_SITUATION_VALUES)).default([]),
    /** 관심주제. */
    interestTopics: z.array(z.enum(INTEREST_TOPIC_VALUES)).default([]),
    /** 지원유형. */
    supportTypes: z.array(z.enum(SUPPORT_TYPE_VALUES)).default([]),
    /** 지원대상 (HTML). */
    targetAudience: safeHtml,
    /** 선정기준 (HTML, may be empty). */
    selectionCriteria: safeHtml.default("" as never),
    /** Structured eligibility used by the finder. */
    eligibility: eligibility.default({ appliesToAll: false, rules: [] }),
    /** 지원내용 (HTML). */
    benefits: safeHtml,
    /** Structured amounts in KRW. */
    amounts: z.array(amountSchema).default([]),
    /** 신청방법. */
    applicationMethod: applicationMethodSchema,
    /** 신청기한. */
    applicationPeriod: applicationPeriodSchema.default({ kind: "unknown" }),
    /** 구비서류. */
    requiredDocuments: z.array(koreanText({ max: TEXT_MAX.policy.listEntry })).default([]),
    /** 담당부서 (department id). */
    departmentId: z.string().regex(STABLE_ID_PATTERN).optional(),
    /** 문의처. */
    contacts: z.array(contactSchema).default([]),
    /** 근거 법령·조례. */
    legalBasis: z.array(koreanText({ max: TEXT_MAX.policy.listEntry })).default([]),
    status: policyStatusSchema,
    /** 신규 정책 (shown on the home page). */
    isNew: z.boolean().default(false),
    /** 광양형: the city's own policy rather than a national one. */
    isLocal: z.boolean().default(false),
    /** 보조금24 서비스ID (12 digits), e.g. 484000000137. */
    gov24ServiceId: z
      .string()
      .regex(/^\d{12}$/, { message: "보조금24 서비스ID는 숫자 12자리입니다." })
      .optional(),
    /** 복지로 servId, e.g. WLF00001188. */
    bokjiroServId: z
      .string()
      .regex(/^WLF\d{8}$/, { message: "복지로 서비스ID는 WLF와 숫자 8자리입니다." })
      .optional(),
    /** 출처: where the facts come from (at least one). */
    sourceUrls: z.array(sourceUrl).min(1, { message: "출처 주소를 하나 이상 입력하세요." }),
    /** 최종 검토일 (KST). */
    lastReviewedAt: kstDate,
    /** Facts not yet confirmed by the city: shown as 확인 중 with the city's main number. */
    needsVerification: z.boolean().default(false),
    /** What still needs confirming. */
    verificationNote: koreanText({ max: TEXT_MAX.policy.verificationNote }).optional(),
    /** Images shown with the entry. */
    images: z.array(imageRef).default([]),
    /** Last publish time (ISO 8601, UTC). */
    publishedAt: z.iso.datetime({ offset: true }),
  })
  .superRefine((policy, ctx) => {
    if (!isPrimaryChapterAllowed(policy.primaryChapter, policy.lifeStages)) {
      ctx.addIssue({ code: "custom", path: ["primaryChapter"], message: PRIMARY_CHAPTER_MESSAGE });
    }
    if (!hasScheduledDate(policy)) {
      ctx.addIssue({ code: "custom", path: ["status", "effectiveFrom"], message: SCHEDULED_DATE_MESSAGE });
    }
  });
/** A parsed policy: text NFC, phones normalised, defaults filled in. */
export type Policy = z.infer<typeof policySchema>;
/** Input accepted by `policySchema` (defaults may be omitted). */
export type PolicyInput = z.input<typeof policySchema>;
