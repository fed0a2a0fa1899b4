import { describe, expect, test } from "vitest";
import { readApiOpenApiDocument, readApiPageFile, readApiPolicyFile } from "../src/read-api/index.ts";

type Properties = Record<string, Record<string, unknown>>;
const schemas = () =>
  (readApiOpenApiDocument() as { components: { schemas: Record<string, { properties: Properties }> } }).components
    .schemas;

describe("the read API's OpenAPI document", () => {
  test("names each field's 공공서비스(혜택) API field and open-data column, with Korean descriptions", () => {
    const policy = schemas().Policy!.properties;
    expect(policy.title).toMatchObject({ "x-gov24-field": "서비스명", "x-open-data-column": "서비스명" });
    expect(policy.summary).toMatchObject({ "x-gov24-field": "서비스목적요약" });
    expect(policy.targetAudience).toMatchObject({ "x-gov24-field": "지원대상", type: "string" });
    expect(policy.publishedAt).toMatchObject({ "x-gov24-field": "수정일시" });
    expect(policy.url).toMatchObject({ "x-gov24-field": "상세조회URL" });
    const method = policy.applicationMethod as { properties: Properties };
    expect(method.properties.onlineUrl).toMatchObject({ "x-gov24-field": "온라인신청사이트URL" });
    expect(method.properties.receivingOrganization).toMatchObject({ "x-gov24-field": "접수기관명" });
    // A field without a 공공서비스 counterpart keeps its column but no x-gov24-field.
    expect(policy.lifeStages).toMatchObject({ "x-open-data-column": "생애주기" });
    expect(policy.lifeStages).not.toHaveProperty("x-gov24-field");
    expect(schemas().Department!.properties.name).toMatchObject({ "x-gov24-field": "부서명" });
    for (const [name, schema] of Object.entries(schemas())) {
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        expect(property.description, `${name}.${field}`).toMatch(/\p{Script=Hangul}/u);
      }
    }
  });

  test("describes text fields the schemas normalise (NFC, trimming) by their type, not as anything", () => {
    const policy = schemas().Policy!.properties;
    expect(policy.slug).toMatchObject({ type: "string" });
    expect(policy.benefits).toMatchObject({ type: "string" });
  });
});

describe("read API file names", () => {
  test("a policy's file is named by its stable id, checked where it becomes a path", () => {
    expect(readApiPolicyFile("g-small-wedding")).toBe("policies/g-small-wedding.json");
    for (const id of ["..", "../etc", "a/b/c", "임신축하금", "Abc", "x", "a\u0000bc", "abc.json"]) {
      expect(() => readApiPolicyFile(id), id).toThrow(/파일 이름으로 쓸 수 없습니다/);
    }
  });

  test("index pages are policies.json, then policies-<n>.json", () => {
    expect([1, 2, 10].map(readApiPageFile)).toEqual(["policies.json", "policies-2.json", "policies-10.json"]);
    expect(() => readApiPageFile(0)).toThrow(RangeError);
  });
});
