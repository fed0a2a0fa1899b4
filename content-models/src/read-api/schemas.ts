import { z } from "zod";
import { LIFE_STAGE_VALUES } from "../code-lists/life-stages.ts";
import { departmentSchema } from "../department.ts";
import { openDataPolicySchema } from "../open-data.ts";
import { STABLE_ID_PATTERN } from "../rules/slug.ts";

/**
 * The static read API published with each release under `/api/v1/` (written by the export beside
 * the open data, copied into the site by its build, served as files): residents' apps and third
 * parties read policies there and never from the CMS.
 *
 * Links inside the files (`next`, `prev`, `detailUrl`) are relative references (RFC 3986 §4.2),
 * resolved against the address of the file that holds them, so the API works under any origin
 * and base path: `new URL(page.next, pageUrl)`.
 */
export const READ_API_VERSION = 1;

/** Policies per page of the index (`policies.json`, `policies-2.json` …). */
export const READ_API_PAGE_SIZE = 50;

/** The API's folder in a release and in the snapshot folder. */
export const READ_API_DIR = "api/v1";

/**
 * The file of the index page `page` (1-based), relative to `READ_API_DIR`: `policies.json` for the
 * first page, `policies-<n>.json` after it (beside it, so that no policy id can name one).
 */
export function readApiPageFile(page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`Page ${page} is not a positive integer.`);
  return page === 1 ? "policies.json" : `policies-${page}.json`;
}

/**
 * The detail file of a policy, relative to `READ_API_DIR`: `policies/<id>.json`. The id is checked
 * against `STABLE_ID_PATTERN` here, where it becomes a path, whatever validated it before.
 * @throws Error naming the id (in Korean) when it is not a stable id (e.g. `..`, `/`, a slug).
 */
export function readApiPolicyFile(id: string): string {
  if (!STABLE_ID_PATTERN.test(id)) {
    throw new Error(`정책 고유 ID "${id}"는 파일 이름으로 쓸 수 없습니다(영문 소문자·숫자·하이픈 3~32자).`);
  }
  return `policies/${id}.json`;
}

const count = z.number().int().min(0);
const generatedAt = z.iso.datetime({ offset: true });
/** A relative reference to another file of the API, resolved against the file holding it. */
const apiLink = z.string().min(1);

/** One item of the index: the policy's essentials and the address of its detail file. */
export const readApiPolicySummarySchema = openDataPolicySchema
  .pick({
    id: true,
    title: true,
    summary: true,
    lifeStages: true,
    supportTypes: true,
    interestTopics: true,
    departmentId: true,
    status: true,
    applicationState: true,
    gov24ServiceId: true,
    url: true,
    publishedAt: true,
  })
  .extend({ detailUrl: apiLink });
/** An index item. */
export type ReadApiPolicySummary = z.infer<typeof readApiPolicySummarySchema>;

/** One page of the index (`policies.json` and `policies-<n>.json`), policies in stable-id order. */
export const readApiPolicyPageSchema = z.object({
  apiVersion: z.literal(READ_API_VERSION),
  generatedAt,
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  totalItems: count,
  totalPages: count,
  next: apiLink.nullable(),
  prev: apiLink.nullable(),
  items: z.array(readApiPolicySummarySchema),
});
/** A page of the index. */
export type ReadApiPolicyPage = z.infer<typeof readApiPolicyPageSchema>;

/** `departments.json`: every department, in stable-id order. */
export const readApiDepartmentListSchema = z.object({
  apiVersion: z.literal(READ_API_VERSION),
  generatedAt,
  items: z.array(departmentSchema),
});
/** The department list. */
export type ReadApiDepartmentList = z.infer<typeof readApiDepartmentListSchema>;

/** One 생애주기 of the code list, with its 복지로 `lifeArray` code. */
export const readApiLifeStageSchema = z.object({
  value: z.enum(LIFE_STAGE_VALUES),
  label: z.string(),
  description: z.string(),
  bokjiroCode: z.string().regex(/^\d{3}$/),
  ageMin: z.number().int().nullable(),
  ageMax: z.number().int().nullable(),
  order: z.number().int(),
});

/** `life-stages.json`: the 생애주기 code list, in display order. */
export const readApiLifeStageListSchema = z.object({
  apiVersion: z.literal(READ_API_VERSION),
  items: z.array(readApiLifeStageSchema),
});
/** The life-stage list. */
export type ReadApiLifeStageList = z.infer<typeof readApiLifeStageListSchema>;

/** Message of the read API's JSON 404 (Korean; the same for every missing file, nothing of the request echoed). */
export const READ_API_NOT_FOUND_MESSAGE =
  "이 주소에 해당하는 자료가 없습니다. 정책 목록(policies.json)의 detailUrl과 next 주소를 따라가세요.";

/** The body of a 404 under `/api/v1/` (a missing page of the list, or a policy id that does not exist). */
export const readApiNotFoundSchema = z.object({
  error: z.object({ status: z.literal(404), message: z.string() }),
});
/** A 404 answer of the read API. */
export type ReadApiNotFound = z.infer<typeof readApiNotFoundSchema>;

/** The JSON text of the read API's 404 answer (`readApiNotFoundSchema`). */
export function readApiNotFoundBody(): string {
  const body: ReadApiNotFound = { error: { status: 404, message: READ_API_NOT_FOUND_MESSAGE } };
  return JSON.stringify(body);
}
