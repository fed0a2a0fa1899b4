import { z } from "zod";
import { departmentSchema } from "./department.ts";
import { policySchema } from "./policy.ts";

/** Version of the open-data shape (`policies.json`); bumped on incompatible changes. */
export const OPEN_DATA_VERSION = 1;

/** Joins the values of a multi-valued open-data cell, as the 공공서비스(혜택) API does. */
export const OPEN_DATA_MULTI_VALUE_SEPARATOR = "||";

/**
 * One column of the tabular open data (`policies.csv` and the sheets of `policies.xlsx`), as the
 * open-data page and the 열 설명 sheet describe it: `name` is the header (Hangul), `apiField` the
 * field of the 행정안전부 공공서비스(혜택) API with the same meaning, or "" when that API has none.
 * @see shared/docs/domain-research.md §2a (serviceList / serviceDetail fields)
 */
export type OpenDataColumn = {
  name: string;
  meaning: string;
  type: string;
  example: string;
  apiField: string;
};

const TEXT = "텍스트";
const MULTI = "텍스트(여러 값, || 구분)";
const DATE = "날짜(YYYY-MM-DD)";
const URL = "URL";

/**
 * Columns of the 정책 table, in file order. The one definition shared by the CSV, the XLSX and the
 * open-data page; `scripts/src/export/open-data.ts` gives each its value (keyed by `name`).
 */
export const OPEN_DATA_POLICY_COLUMNS = [
  {
    name: "서비스ID",
    meaning: "이 안내서의 정책 고유 ID(바뀌지 않음, 상세 주소 /p/<ID>/)",
    type: TEXT,
    example: "g-small-wedding",
    apiField: "서비스ID",
  },
  {
    name: "보조금24서비스ID",
    meaning: "보조금24(정부24 혜택)의 12자리 서비스ID",
    type: "텍스트(숫자 12자리, 앞의 0 유지)",
    example: "484000000137",
    apiField: "서비스ID",
  },
  { name: "복지로서비스ID", meaning: "복지로 서비스ID", type: TEXT, example: "WLF00001188", apiField: "" },
  { name: "서비스명", meaning: "정책 이름", type: TEXT, example: "임신축하금", apiField: "서비스명" },
  {
    name: "서비스목적요약",
    meaning: "한 줄 요약",
    type: TEXT,
    example: "임신부에게 축하금을 드립니다.",
    apiField: "서비스목적요약",
  },
  {
    name: "지원유형",
    meaning: "현금, 현물, 서비스 등 지원 방식",
    type: MULTI,
    example: "현금||이용권·바우처",
    apiField: "지원유형",
  },
  { name: "생애주기", meaning: "정책이 해당하는 생애주기", type: MULTI, example: "임신·출산||영유아", apiField: "" },
  { name: "가구상황", meaning: "정책이 해당하는 가구상황", type: MULTI, example: "다자녀||한부모·조손", apiField: "" },
  { name: "관심주제", meaning: "정책의 관심주제", type: MULTI, example: "임신·출산||생활지원", apiField: "" },
  {
    name: "지원대상",
    meaning: "누가 받을 수 있는지",
    type: TEXT,
    example: "광양시에 주민등록을 둔 임신부",
    apiField: "지원대상",
  },
  {
    name: "선정기준",
    meaning: "선정 기준(없으면 빈칸)",
    type: TEXT,
    example: "신청일 기준 6개월 이상 거주",
    apiField: "선정기준",
  },
  {
    name: "지원내용",
    meaning: "어떤 혜택을 받는지(금액 포함)",
    type: TEXT,
    example: "1회 50만 원",
    apiField: "지원내용",
  },
  {
    name: "신청방법",
    meaning: "신청 경로(첫 줄, || 구분)와 설명",
    type: TEXT,
    example: "방문||온라인",
    apiField: "신청방법",
  },
  {
    name: "신청기한",
    meaning: "신청 기간의 종류, 시작일 ~ 마감일(한국 시간), 설명을 ' · '로 이은 글",
    type: TEXT,
    example: "사유 발생 후 기한 내 · 출산 후 1년 이내",
    apiField: "신청기한",
  },
  {
    name: "신청상태",
    meaning: "만든 날(한국 시간) 기준 신청 상태: 신청 예정, 신청 중, 신청 마감, 또는 빈칸(기한이 날짜로 정해지지 않음)",
    type: TEXT,
    example: "신청 중",
    apiField: "",
  },
  {
    name: "접수기관명",
    meaning: "신청을 받는 기관",
    type: TEXT,
    example: "주소지 읍면동 행정복지센터",
    apiField: "접수기관명",
  },
  {
    name: "온라인신청사이트URL",
    meaning: "온라인 신청 주소",
    type: URL,
    example: "https://www.gov.kr/",
    apiField: "온라인신청사이트URL",
  },
  {
    name: "구비서류",
    meaning: "신청할 때 낼 서류",
    type: MULTI,
    example: "신분증||주민등록등본",
    apiField: "구비서류",
  },
  { name: "소관기관명", meaning: "정책을 운영하는 기관", type: TEXT, example: "광양시", apiField: "소관기관명" },
  { name: "부서명", meaning: "담당 부서와 팀", type: TEXT, example: "출생보건과 출생지원팀", apiField: "부서명" },
  {
    name: "전화문의",
    meaning: "문의처 이름/전화번호",
    type: MULTI,
    example: "출생보건과/061-797-4758",
    apiField: "전화문의",
  },
  { name: "법령", meaning: "근거 법령·조례", type: MULTI, example: "광양시 출산장려금 지원 조례", apiField: "법령" },
  { name: "상태", meaning: "시행 상태", type: TEXT, example: "시행중", apiField: "" },
  { name: "시행일", meaning: "시행(예정)일, 없으면 빈칸", type: DATE, example: "2026-01-01", apiField: "" },
  { name: "확인중", meaning: "시에서 아직 확인 중인 내용이 있으면 Y", type: "Y 또는 N", example: "N", apiField: "" },
  {
    name: "최종검토일",
    meaning: "내용을 마지막으로 검토한 날(한국 시간)",
    type: DATE,
    example: "2026-11-02",
    apiField: "",
  },
  {
    name: "출처",
    meaning: "내용의 출처 주소",
    type: `${URL}(여러 값, || 구분)`,
    example: "https://www.gwangyang.go.kr/",
    apiField: "",
  },
  {
    name: "상세조회URL",
    meaning: "이 누리집의 정책 안내 주소",
    type: URL,
    example: "https://누리집주소/p/g-small-wedding/",
    apiField: "상세조회URL",
  },
  {
    name: "수정일시",
    meaning: "마지막 게시 시각(ISO 8601, UTC)",
    type: "일시(ISO 8601)",
    example: "2026-11-20T01:00:00.000Z",
    apiField: "수정일시",
  },
] as const satisfies readonly OpenDataColumn[];

/** Columns of the 부서 table, in file order (shared by the XLSX and the open-data page). */
export const OPEN_DATA_DEPARTMENT_COLUMNS = [
  {
    name: "부서ID",
    meaning: "부서 고유 ID(정책 JSON의 departmentId)",
    type: TEXT,
    example: "birth-health",
    apiField: "",
  },
  { name: "부서명", meaning: "부서 이름", type: TEXT, example: "출생보건과", apiField: "부서명" },
  { name: "팀", meaning: "팀 이름(없으면 빈칸)", type: TEXT, example: "출생지원팀", apiField: "" },
  { name: "상위기관", meaning: "부서가 속한 기관", type: TEXT, example: "광양시보건소", apiField: "소관기관명" },
  { name: "전화번호", meaning: "대표 전화", type: "텍스트(전화번호)", example: "061-797-4758", apiField: "전화문의" },
  { name: "위치", meaning: "건물과 층", type: TEXT, example: "보건소 2층", apiField: "" },
  { name: "업무", meaning: "주민이 문의하는 업무", type: TEXT, example: "임신·출산 지원", apiField: "" },
] as const satisfies readonly OpenDataColumn[];

/** A header of the 정책 table. */
export type OpenDataPolicyColumnName = (typeof OPEN_DATA_POLICY_COLUMNS)[number]["name"];
/** A header of the 부서 table. */
export type OpenDataDepartmentColumnName = (typeof OPEN_DATA_DEPARTMENT_COLUMNS)[number]["name"];

/**
 * One policy of the open data (`policies.json` and the read API's `/api/v1/policies/<id>.json`):
 * the policy without its internal fields (images' file layout, the verification note for staff),
 * plus its permanent page `url` and its `applicationState` (신청 예정 / 신청 중 / 신청 마감 on the day
 * the file was made, or ""). `.shape` drops the policy's cross-field refinements, which JSON Schema
 * cannot state.
 */
export const openDataPolicySchema = z
  .object(policySchema.shape)
  .omit({ images: true, verificationNote: true })
  .extend({ url: z.url(), applicationState: z.string() });
/** A policy as the open data publishes it. */
export type OpenDataPolicy = z.infer<typeof openDataPolicySchema>;

/**
 * `policies.json`: the public part of a snapshot. A policy without its internal fields (images'
 * file layout, the verification note for staff) plus its permanent `url`; `$schema` points at
 * `policies.schema.json` beside it. The cross-document rules of the snapshot are not repeated.
 */
export const openDataDocumentSchema = z.object({
  $schema: z.string().optional(),
  openDataVersion: z.literal(OPEN_DATA_VERSION),
  title: z.string(),
  publisher: z.string(),
  editionYear: z.number().int(),
  generatedAt: z.iso.datetime({ offset: true }),
  /** The 공공누리 type's Korean name, e.g. "공공누리 제1유형: 출처표시". */
  license: z.string(),
  departments: z.array(departmentSchema),
  policies: z.array(openDataPolicySchema),
});
/** A parsed `policies.json` document. */
export type OpenDataDocument = z.infer<typeof openDataDocumentSchema>;

/**
 * The JSON Schema (draft 2020-12) of `policies.json`, generated from `openDataDocumentSchema`
 * (zod's `toJSONSchema`, output side: defaults filled in, so every key a consumer reads is
 * required). Deterministic, so the same code gives the same file.
 */
export function openDataJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(openDataDocumentSchema, { io: "output", unrepresentable: "any" }),
    title: "생애복지 안내서 공공데이터 (policies.json)",
  };
}
