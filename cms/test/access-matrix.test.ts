import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPHQL_FIELDS, INTERNAL_COLLECTIONS, REST_ROUTES } from "../src/access/routes.ts";
import { ACCESS_TABLE, type Operation, type Row, type Target } from "../src/access/table.ts";
import { allProbes } from "./access-matrix/all-probes.ts";
import { collectionNames, globalName, http, payload, startMatrix, stopMatrix } from "./access-matrix/context.ts";
import { tryRow } from "./access-matrix/try-row.ts";

/**
 * The access table (`cms/src/access/table.ts`), cell by cell (one case per row; the probes of each
 * row are in `access-matrix/`): every (collection/global, operation, actor) is tried over REST and GraphQL against a real HTTP server and through the Local API with
 * `overrideAccess: false`, and must be allowed exactly when the table grants it. "Allowed" is
 * judged by the effect (the live document changed, the draft was saved, the document is gone…),
 * not only by the status code, so a 200 that changed nothing counts as refused. A second test
 * enumerates the running config (REST endpoints of every collection, global and the root, and the
 * GraphQL Query and Mutation fields) and fails on anything the table does not name, so an upgrade
 * that adds a route or operation is caught.
 */

beforeAll(() => startMatrix());
afterAll(stopMatrix);

describe("access table, cell by cell", () => {
  let probes: ReturnType<typeof allProbes>;
  beforeAll(() => {
    probes = allProbes();
  });

  // One case per row, in the table's order (the rows share one CMS, as before the split).
  it.each(Object.keys(ACCESS_TABLE) as Target[])(
    "%s: every cell is allowed exactly when the table grants it (REST, GraphQL, Local API)",
    async (target) => {
      const { cells, failures } = await tryRow(target, probes[target]);
      console.log(`${target}: cells tried: REST ${cells.rest}, GraphQL ${cells.graphql}, Local API ${cells.local}`);
      expect(failures).toEqual([]);
    },
    600_000,
  );

  it("anonymous REST and GraphQL reads are refused by default (CMS_PUBLIC_READ off); staff still read", async () => {
    for (const path of ["/api/policies", "/api/departments?limit=1", "/api/search-terms", "/api/globals/guidebook"])
      expect((await http.anonymous.get(path)).status, path).toBe(403);
    const gql = await http.anonymous.graphql("{ Policies { docs { id } } Guidebook { title } }");
    expect(gql.json.errors.map((e: { extensions: { statusCode: number } }) => e.extensions.statusCode)).toEqual([
      403, 403,
    ]);
    expect((await http.editor.get("/api/policies?limit=1")).status).toBe(200);
  });

  it("names every REST route and GraphQL field the running config offers", async () => {
    const config = payload.config;
    const missing: string[] = [];
    const rows = ACCESS_TABLE as Record<string, Row>;
    const covered = (target: string, operations: readonly Operation[] | undefined) =>
      Boolean(operations?.some((operation) => rows[target]?.[operation] !== undefined));
    const seen = new Set<string>(["@root"]);
    for (const collection of config.collections) {
      if ((INTERNAL_COLLECTIONS as readonly string[]).includes(collection.slug)) {
        expect(collection.endpoints || []).toEqual([]);
        expect(collection.graphQL).toBe(false);
        continue;
      }
      seen.add(collection.slug);
      if (!rows[collection.slug]) missing.push(`collection ${collection.slug}: no row`);
      for (const endpoint of collection.endpoints || [])
        if (!covered(collection.slug, REST_ROUTES[`${endpoint.method} ${endpoint.path}`]))
          missing.push(`${endpoint.method.toUpperCase()} /api/${collection.slug}${endpoint.path}`);
    }
    for (const global of config.globals) {
      seen.add(global.slug);
      if (!rows[global.slug]) missing.push(`global ${global.slug}: no row`);
      for (const endpoint of global.endpoints || [])
        if (!covered(global.slug, REST_ROUTES[`${endpoint.method} ${endpoint.path}`]))
          missing.push(`${endpoint.method.toUpperCase()} /api/globals/${global.slug}${endpoint.path}`);
    }
    for (const endpoint of config.endpoints)
      if (!covered("@root", REST_ROUTES[`${endpoint.method} ${endpoint.path}`]))
        missing.push(`${endpoint.method.toUpperCase()} /api${endpoint.path}`);
    for (const target of Object.keys(rows)) if (!seen.has(target)) missing.push(`row ${target}: not in the config`);

    // GraphQL: every Query and Mutation field, matched against the patterns with each target's names.
    const names: [string, string, string][] = [
      ...config.collections
        .filter((c) => c.graphQL !== false)
        .map((c) => {
          const { S, P } = collectionNames(c.slug, c.graphQL);
          return [c.slug, S, P] as [string, string, string];
        }),
      ...config.globals
        .filter((g) => g.graphQL !== false)
        .map((g) => [g.slug, globalName(g.slug, g.graphQL), globalName(g.slug, g.graphQL)] as [string, string, string]),
      ["@root", "", ""],
    ];
    const introspection = await http.admin.graphql(
      "{ __schema { queryType { fields { name } } mutationType { fields { name } } } }",
    );
    const fields = ["queryType", "mutationType"].flatMap((type) =>
      (introspection.json.data.__schema[type].fields as { name: string }[]).map((f) => f.name),
    );
    expect(fields.length).toBeGreaterThan(50);
    for (const field of fields) {
      const ok = Object.entries(GRAPHQL_FIELDS).some(([pattern, operations]) =>
        names.some(([target, S, P]) => {
          const name = pattern.replace(/S$/, S).replace(/P$/, P).replace(/^S$/, S).replace(/^P$/, P);
          return (
            (target === "@root" ? pattern === field : name === field && /[SP]$/.test(pattern)) &&
            covered(target, operations)
          );
        }),
      );
      if (!ok) missing.push(`GraphQL ${field}`);
    }
    expect(missing).toEqual([]);
  });
});
