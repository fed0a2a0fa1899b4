import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

type OpenApiDocument = {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }>;
};

/** OpenAPI's keywords outside JSON Schema, and our field annotations, known to ajv (strict mode stays on). */
const OPENAPI_KEYWORDS = [
  "openapi",
  "jsonSchemaDialect",
  "info",
  "servers",
  "paths",
  "components",
  "x-gov24-field",
  "x-open-data-column",
];

/**
 * Validates answers against an OpenAPI 3.1 document with ajv (JSON Schema 2020-12, formats on):
 * `validate(path, status, body)` finds the document's path template matching `path` (relative to
 * its server, e.g. `/policies-2.json`) and checks `body` against that response's JSON schema.
 * Returns ajv's errors, or a message when the document does not describe the answer.
 */
export function openApiResponseValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(OPENAPI_KEYWORDS);
  ajv.addSchema({ ...document, $id: "https://read-api.test/openapi.json" });
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "([^/]+)")}$`),
  }));
  return (path: string, status: number, body: unknown): unknown[] => {
    const match = templates.find((t) => t.pattern.test(path));
    if (!match) return [`no path of the document matches ${path}`];
    const response = document.paths[match.template]?.get.responses[String(status)];
    if (!response?.content?.["application/json"]) return [`no JSON ${status} response for ${match.template}`];
    const pointer = ["paths", match.template, "get", "responses", String(status), "content", "application/json"]
      .map((segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1"))
      .join("/");
    const validate = ajv.getSchema(`https://read-api.test/openapi.json#/${encodeURI(pointer)}/schema`);
    if (!validate) return [`ajv cannot resolve ${pointer}`];
    return validate(body) ? [] : (validate.errors ?? []);
  };
}

/**
 * The OpenAPI Initiative's schema of OpenAPI 3.1 documents (`$id` …/oas/3.1/schema/2026-08-03, Apache-2.0),
 * as @seriousme/openapi-schema-validator 2.11.0 ships it for ajv (its `$dynamicRef`s made plain
 * `$ref`s); it checks the document's structure, not the Schema Objects inside (ajv compiles those
 * in `openApiResponseValidator`, strict mode on).
 */
const OPENAPI_31_SCHEMA = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "fixtures", "openapi-3.1.schema.json"), "utf8"),
) as object;

/** The errors of `document` against the OpenAPI 3.1 schema, by ajv; empty when it is a valid OpenAPI 3.1 document. */
export function openApiDocumentErrors(document: unknown): unknown[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat("media-range", true);
  const validate = ajv.compile(OPENAPI_31_SCHEMA);
  return validate(document) ? [] : (validate.errors ?? []);
}
