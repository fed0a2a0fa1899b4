/**
 * @lifewelfare/content-models — the one definition of the 생애복지 domain, shared by the CMS,
 * the site and the handbook. Re-exports only.
 */
export * from "./age.ts";
export * from "./code-lists/application.ts";
export * from "./code-lists/household-situations.ts";
export * from "./code-lists/interest-topics.ts";
export * from "./code-lists/life-stages.ts";
export * from "./code-lists/open-data-licenses.ts";
export * from "./code-lists/policy-statuses.ts";
export * from "./code-lists/review-states.ts";
export * from "./code-lists/support-types.ts";
export * from "./department.ts";
export * from "./eligibility.ts";
export * from "./errors.ts";
export * from "./format/amount.ts";
export * from "./guidebook.ts";
export * from "./labels.ko.ts";
export * from "./mascot.ts";
export * from "./match.ts";
export * from "./media.ts";
export * from "./open-data.ts";
export * from "./policy.ts";
export * from "./present/index.ts";
export * from "./profile.ts";
export * from "./rules/base-path.ts";
export * from "./rules/derived-status.ts";
export * from "./rules/kst-date.ts";
export * from "./rules/limits.ts";
export * from "./rules/phone.ts";
export * from "./rules/policy-rules.ts";
export * from "./rules/public-origin.ts";
export * from "./rules/slug.ts";
export * from "./rules/text.ts";
export * from "./rules/url.ts";
export * from "./search-term.ts";
export * from "./snapshot.ts";
