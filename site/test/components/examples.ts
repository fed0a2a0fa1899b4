/**
 * Examples of a policy in each state residents can meet, with what the policy components must
 * show for it on the build date `ON` (GOV.UK's component-examples habit: one small file names the
 * states a component has, and the tests render every one). Built from the shared fixture's
 * 어린이 중증환자 교통비 지원, changed only where the example says.
 */
import {
  type Department,
  type GuidebookSettings,
  type Policy,
  STATUS_WORDS,
  snapshotSchema,
  UI_WORDS,
} from "@lifewelfare/content-models";
import { fixtureSnapshot } from "@lifewelfare/content-models/testing";

/** The build date every example is rendered for (SITE_BUILD_DATE). */
export const ON = "2026-03-15";

const snapshot = snapshotSchema.parse(fixtureSnapshot());
const base = snapshot.policies.find((p) => p.id === "g-child-travel") as Policy;

/** The fixture's 안내서 설정 (대표 전화 061-797-2114). */
export const guidebook: GuidebookSettings = snapshot.guidebook;
/** The department of the base policy (건강증진과). */
export const department = snapshot.departments.find((d) => d.id === base.departmentId) as Department;

/** One state of a policy and what the components show for it. */
export type PolicyExample = {
  name: string;
  policy: Policy;
  /** The badges as `tone:text`, in order (PolicyBadges). */
  badges: string[];
  /** The status notice's paragraphs (StatusNotice), or [] for none; `상태:` opens the first. */
  notice: string[];
  /** Whether the status notice has the 종료/중단 look (`app-notice--ended`). */
  ended?: true;
  /** Whether the 확인 중 notice is shown. */
  verifying: boolean;
  /** The 신청기한 line of the 어떻게 신청하나요? facts. */
  period: string;
};

const policy = (overrides: Partial<Policy>): Policy => ({
  ...base,
  status: { value: "active" },
  applicationPeriod: { kind: "always" },
  isNew: false,
  isLocal: false,
  needsVerification: false,
  ...overrides,
});

export const EXAMPLES: PolicyExample[] = [
  {
    name: "시행중, 연중 상시: no badge, no notice",
    policy: policy({}),
    badges: [],
    notice: [],
    verifying: false,
    period: "연중 상시",
  },
  {
    name: "시행예정 with its start date: the date in the badge and the notice, 신청 예정",
    policy: policy({ status: { value: "scheduled", effectiveFrom: "2027-03-01" } }),
    badges: ["warning:시행예정 2027. 3. 1.", "secondary:신청 예정"],
    notice: ["상태: 시행예정 2027. 3. 1."],
    verifying: false,
    period: "연중 상시",
  },
  {
    name: "a stale stored 시행예정 whose start date has passed reads 시행중",
    policy: policy({ status: { value: "scheduled", effectiveFrom: "2026-03-01", note: "3월부터 시행" } }),
    badges: [],
    notice: ["상태: 시행중", "3월부터 시행"],
    verifying: false,
    period: "연중 상시",
  },
  {
    name: "시행중 until a date",
    policy: policy({ status: { value: "active", effectiveUntil: "2026-12-31" } }),
    badges: [],
    notice: ["상태: 시행중 · 2026. 12. 31.까지"],
    verifying: false,
    period: "연중 상시",
  },
  {
    name: "종료 with its end date and a note: no 신청 마감 beside it",
    policy: policy({ status: { value: "ended", effectiveUntil: "2026-02-28", note: "2027년 재개 검토" } }),
    badges: ["danger:종료 2026. 2. 28."],
    notice: ["상태: 종료 2026. 2. 28.", STATUS_WORDS.endedNote, "2027년 재개 검토"],
    ended: true,
    verifying: false,
    period: "연중 상시",
  },
  {
    name: "a passed fixed 신청기한 with a description: 신청 마감",
    policy: policy({
      applicationPeriod: {
        kind: "fixed",
        startDate: "2026-01-01",
        endDate: "2026-02-27",
        description: "예산 소진 시 조기 마감",
      },
    }),
    badges: ["danger:신청 마감"],
    notice: [],
    verifying: false,
    period: "정해진 기간 · 2026. 1. 1. ~ 2026. 2. 27. · 예산 소진 시 조기 마감",
  },
  {
    name: "중단, 확인 중, 신규, 광양형 together",
    policy: policy({
      status: { value: "suspended" },
      applicationPeriod: { kind: "after-event", description: "진료일부터 1년 이내" },
      needsVerification: true,
      verificationNote: "2026년 예산 확인 중",
      isNew: true,
      isLocal: true,
    }),
    badges: ["danger:중단", `warning:${UI_WORDS.verifying}`, `primary:${UI_WORDS.new}`, `secondary:${UI_WORDS.local}`],
    notice: ["상태: 중단", STATUS_WORDS.suspendedNote],
    ended: true,
    verifying: true,
    period: "사유 발생 후 기한 내 · 진료일부터 1년 이내",
  },
];

/** A policy whose words look like markup: every one must reach the page as text. */
export const HOSTILE = policy({
  title: "교통비 </h1><script>alert(1)</script> {title}",
  summary: "요약 <b>굵게</b> {summary}",
  requiredDocuments: ["<img src=x onerror=alert(1)> 신분증"],
  contacts: [{ label: "<i>문의</i>", phone: "061-797-4049" }],
});
