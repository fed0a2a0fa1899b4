import { z } from "zod";
import { departmentSchema } from "../department.ts";
import { labelOf } from "../labels.ko.ts";
import {
  OPEN_DATA_DEPARTMENT_COLUMNS,
  OPEN_DATA_POLICY_COLUMNS,
  type OpenDataColumn,
  openDataPolicySchema,
} from "../open-data.ts";
import { STABLE_ID_PATTERN } from "../rules/slug.ts";
import { DEPARTMENT_FIELD_COLUMNS, POLICY_FIELD_COLUMNS } from "./gov24-fields.ts";
import {
  READ_API_PAGE_SIZE,
  READ_API_VERSION,
  readApiDepartmentListSchema,
  readApiLifeStageListSchema,
  readApiLifeStageSchema,
  readApiNotFoundSchema,
  readApiPolicyPageSchema,
  readApiPolicySummarySchema,
} from "./schemas.ts";

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema> };

/** The components, by name, and the field-to-column map each one's properties follow. */
const COMPONENTS: [string, z.ZodType, Record<string, string>, readonly OpenDataColumn[]][] = [
  ["Policy", openDataPolicySchema, POLICY_FIELD_COLUMNS, OPEN_DATA_POLICY_COLUMNS],
  ["PolicySummary", readApiPolicySummarySchema, POLICY_FIELD_COLUMNS, OPEN_DATA_POLICY_COLUMNS],
  ["PolicyPage", readApiPolicyPageSchema, {}, []],
  ["Department", departmentSchema, DEPARTMENT_FIELD_COLUMNS, OPEN_DATA_DEPARTMENT_COLUMNS],
  ["DepartmentList", readApiDepartmentListSchema, {}, []],
  ["LifeStage", readApiLifeStageSchema, {}, []],
  ["LifeStageList", readApiLifeStageListSchema, {}, []],
  ["NotFound", readApiNotFoundSchema, {}, []],
];

/** Korean descriptions of the API's own fields (the content fields take theirs from `FIELD_LABELS`). */
const API_FIELD_WORDS: Record<string, string> = {
  apiVersion: "읽기 API 판 번호(호환되지 않게 바뀌면 올라감)",
  generatedAt: "자료를 만든 시각(가장 최근 게시 시각, ISO 8601)",
  page: "이 쪽의 번호(1부터)",
  pageSize: `한 쪽에 담는 정책 수(${READ_API_PAGE_SIZE}건)`,
  totalItems: "전체 정책 수",
  totalPages: "전체 쪽 수",
  next: "다음 쪽 주소(이 파일 주소 기준 상대 주소), 마지막 쪽이면 null",
  prev: "이전 쪽 주소(이 파일 주소 기준 상대 주소), 첫 쪽이면 null",
  items: "목록",
  detailUrl: "정책 상세 파일 주소(이 파일 주소 기준 상대 주소)",
  url: "정책 안내 누리집 주소",
  applicationState: "만든 날 기준 신청 상태",
  bokjiroCode: "복지로 생애주기 코드(lifeArray)",
  ageMin: "만 나이 하한(없으면 null)",
  ageMax: "만 나이 상한(없으면 null)",
  order: "표시 순서",
  error: "오류",
  status: "HTTP 상태 코드",
  message: "오류 설명",
};

/**
 * A pipe whose output is a transform (the text normalisers: NFC, trimming) has no output type in
 * JSON Schema; its input type is the output's, so it is described by that.
 */
function describeTransforms(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const def = (ctx.zodSchema as z.ZodType)._zod.def as { type: string; in?: z.ZodType; out?: z.ZodType };
  if (def.type !== "pipe" || !def.in || def.out?._zod.def.type !== "transform") return;
  const { $schema: _, ...input } = z.toJSONSchema(def.in, { io: "input" }) as JsonSchema;
  Object.assign(ctx.jsonSchema, input);
}

/** Adds Korean descriptions and, where a field carries an open-data column, its column and 공공서비스 field. */
function annotate(
  schema: JsonSchema,
  fields: Record<string, string>,
  columns: readonly OpenDataColumn[],
  at = "",
): void {
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const path = at ? `${at}.${key}` : key;
    const column = columns.find((c) => c.name === fields[path]);
    const label = API_FIELD_WORDS[key] ?? labelOf(key);
    if (column) {
      property["x-open-data-column"] = column.name;
      if (column.apiField) property["x-gov24-field"] = column.apiField;
      property.description = `${label === column.meaning ? label : `${label} — ${column.meaning}`}${column.apiField ? ` (공공서비스(혜택) API: ${column.apiField})` : ""}`;
    } else if (label !== key) {
      property.description = label;
    }
    annotate(property, fields, columns, path);
    if (property.items && typeof property.items === "object") annotate(property.items as JsonSchema, {}, [], "");
  }
}

const json = (ref: string, description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const notFound = json("NotFound", "없는 파일");

/**
 * The OpenAPI 3.1 document of the read API (`/api/v1/openapi.json`): the components are generated
 * from content-models' zod schemas (zod's `toJSONSchema`, JSON Schema 2020-12, output side), with
 * Korean descriptions; each field that carries an open-data column has `x-open-data-column` (the
 * CSV/XLSX header) and `x-gov24-field` (the 행정안전부 공공서비스(혜택) API field, e.g. 서비스명).
 * Paths are relative to the document (`servers: ./`). Deterministic.
 */
export function readApiOpenApiDocument(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of COMPONENTS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: "output",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
    override: describeTransforms as never,
  }) as { schemas: Record<string, JsonSchema> };
  for (const [id, , fields, columns] of COMPONENTS) {
    const { $schema: _, $id: __, ...schema } = schemas[id] as JsonSchema;
    annotate(schema, fields, columns);
    schemas[id] = schema;
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "생애복지 안내서 읽기 API",
      version: String(READ_API_VERSION),
      description:
        "누리집과 함께 게시되는 정적 JSON 파일입니다. 인증 없이 읽을 수 있고(CORS 허용), 게시할 때마다 새로 만들어집니다. " +
        `정책 목록은 한 쪽에 ${READ_API_PAGE_SIZE}건씩이며 next 주소를 따라가면 다음 쪽을 읽습니다. ` +
        "필드 이름은 공공데이터(policies.json)와 같고, 각 필드의 x-gov24-field는 행정안전부 공공서비스(혜택) API의 같은 뜻의 필드, " +
        "x-open-data-column은 policies.csv의 열 이름입니다. 문서 안의 주소는 그 파일 주소 기준 상대 주소입니다.",
    },
    servers: [{ url: "./", description: "이 문서가 있는 폴더(/api/v1/)" }],
    paths: {
      "/policies.json": { get: { summary: "정책 목록 첫 쪽", responses: { "200": json("PolicyPage", "정책 목록") } } },
      "/policies-{page}.json": {
        get: {
          summary: "정책 목록 둘째 쪽부터(앞 쪽의 next 주소)",
          parameters: [{ name: "page", in: "path", required: true, schema: { type: "integer", minimum: 2 } }],
          responses: { "200": json("PolicyPage", "정책 목록"), "404": notFound },
        },
      },
      "/policies/{id}.json": {
        get: {
          summary: "정책 하나의 모든 내용",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string", pattern: STABLE_ID_PATTERN.source } },
          ],
          responses: { "200": json("Policy", "정책"), "404": notFound },
        },
      },
      "/departments.json": { get: { summary: "부서 목록", responses: { "200": json("DepartmentList", "부서") } } },
      "/life-stages.json": {
        get: { summary: "생애주기 코드 목록", responses: { "200": json("LifeStageList", "생애주기") } },
      },
    },
    components: { schemas },
  };
}
