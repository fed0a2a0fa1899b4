/** 신청 경로 (application channels), after the 공공서비스(혜택) API 신청방법 values. */
export const APPLICATION_CHANNELS = [
  { value: "visit", label: "방문" },
  { value: "online", label: "온라인" },
  { value: "phone", label: "전화" },
  { value: "mail", label: "우편" },
  { value: "app", label: "앱" },
  { value: "automatic", label: "신청 없이 자동 지원" },
  { value: "school", label: "학교를 통해 신청" },
] as const;

/** One application channel value. */
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number]["value"];
/** Application channel values as a non-empty tuple for `z.enum`. */
export const APPLICATION_CHANNEL_VALUES = APPLICATION_CHANNELS.map((c) => c.value) as [
  ApplicationChannel,
  ...ApplicationChannel[],
];

/** 지원주기 (payment period of an amount), after 복지로 `sprtCycNm`. */
export const AMOUNT_PERIODS = [
  { value: "once", label: "1회", prefix: "" },
  { value: "month", label: "월", prefix: "월 " },
  { value: "year", label: "연", prefix: "연 " },
  { value: "case", label: "건당", prefix: "건당 " },
  { value: "hour", label: "시간당", prefix: "시간당 " },
  { value: "day", label: "일", prefix: "일 " },
] as const;

/** One payment period value. */
export type AmountPeriod = (typeof AMOUNT_PERIODS)[number]["value"];
/** Payment period values as a non-empty tuple for `z.enum`. */
export const AMOUNT_PERIOD_VALUES = AMOUNT_PERIODS.map((p) => p.value) as [AmountPeriod, ...AmountPeriod[]];

/** 신청기한 (application period) kinds. */
export const APPLICATION_PERIOD_KINDS = [
  { value: "always", label: "연중 상시" },
  { value: "fixed", label: "정해진 기간" },
  { value: "after-event", label: "사유 발생 후 기한 내" },
  { value: "none", label: "신청 불필요" },
  { value: "unknown", label: "확인 중" },
] as const;

/** One application period kind. */
export type ApplicationPeriodKind = (typeof APPLICATION_PERIOD_KINDS)[number]["value"];
/** Application period kinds as a non-empty tuple for `z.enum`. */
export const APPLICATION_PERIOD_KIND_VALUES = APPLICATION_PERIOD_KINDS.map((k) => k.value) as [
  ApplicationPeriodKind,
  ...ApplicationPeriodKind[],
];
