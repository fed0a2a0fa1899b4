import type { OpenDataDepartmentColumnName, OpenDataPolicyColumnName } from "../open-data.ts";

/**
 * Which 정책 column of the open data (`OPEN_DATA_POLICY_COLUMNS`: the CSV/XLSX header, its meaning
 * and its 행정안전부 공공서비스(혜택) API field) each field of the JSON shapes carries, by dotted path
 * in the published policy (`openDataPolicySchema`). The OpenAPI document gives each such field the
 * column's meaning, `x-open-data-column` and `x-gov24-field` from it, so the JSON, the CSV and the
 * 공공서비스 API are mapped in one place. Fields without a column (e.g. `eligibility`) are absent.
 * @see shared/docs/domain-research.md §2a (serviceList / serviceDetail fields)
 */
export const POLICY_FIELD_COLUMNS: Readonly<Record<string, OpenDataPolicyColumnName>> = {
  id: "서비스ID",
  gov24ServiceId: "보조금24서비스ID",
  bokjiroServId: "복지로서비스ID",
  title: "서비스명",
  summary: "서비스목적요약",
  supportTypes: "지원유형",
  lifeStages: "생애주기",
  householdSituations: "가구상황",
  interestTopics: "관심주제",
  targetAudience: "지원대상",
  selectionCriteria: "선정기준",
  benefits: "지원내용",
  applicationMethod: "신청방법",
  "applicationMethod.receivingOrganization": "접수기관명",
  "applicationMethod.onlineUrl": "온라인신청사이트URL",
  applicationPeriod: "신청기한",
  applicationState: "신청상태",
  requiredDocuments: "구비서류",
  departmentId: "부서명",
  contacts: "전화문의",
  legalBasis: "법령",
  status: "상태",
  "status.effectiveFrom": "시행일",
  needsVerification: "확인중",
  lastReviewedAt: "최종검토일",
  sourceUrls: "출처",
  url: "상세조회URL",
  publishedAt: "수정일시",
};

/** The same for the 부서 table (`OPEN_DATA_DEPARTMENT_COLUMNS`), by field of `departmentSchema`. */
export const DEPARTMENT_FIELD_COLUMNS: Readonly<Record<string, OpenDataDepartmentColumnName>> = {
  id: "부서ID",
  name: "부서명",
  team: "팀",
  organization: "상위기관",
  phone: "전화번호",
  location: "위치",
  description: "업무",
};
