import type { Json } from "../helpers/http.ts";
import { policyData } from "../helpers/lexical.ts";
import { collectionNames, mascotImage, payload, quiet, unique } from "./context.ts";

// Documents of the drafted collections (정책, 부서, 복지 캐릭터, 검색어 사전) in a chosen history, and how to read them back.

export type DraftedSlug = "policies" | "departments" | "mascots" | "search-terms";
const TEXT_FIELD: Record<DraftedSlug, "title" | "name" | "term"> = {
  policies: "title",
  departments: "name",
  mascots: "name",
  "search-terms": "term",
};

export function draftedData(slug: DraftedSlug, text: string): Record<string, unknown> {
  if (slug === "policies") return policyData({ title: text });
  if (slug === "departments") return { name: text, phone: "061-797-2776" };
  if (slug === "search-terms") return { term: text, synonyms: [`${text} 다른 말`] };
  return { name: text, pose: "default", image: mascotImage, alt: "캐릭터" };
}

/** `draftedData` as GraphQL input (its schema makes a group with a required field required too). */
export function gqlData(slug: DraftedSlug, text: string, status?: "draft" | "published"): Record<string, unknown> {
  const extra = slug === "policies" ? { applicationPeriod: { kind: "always" } } : {};
  return { ...draftedData(slug, text), ...extra, ...(status ? { _status: status } : {}) };
}

/** Main (live) document, read with full access. */
export const liveDoc = (slug: DraftedSlug, id: number) =>
  payload.db.findOne({ collection: slug, where: { id: { equals: id } } }) as Promise<Json>;
export const latestDraft = (slug: DraftedSlug, id: number) =>
  payload.findByID({ collection: slug, id, draft: true, depth: 0 }) as Promise<Json>;

/** A document with a given history (full access): "published", "draft" (never published), or "published+draft". */
export async function fixture(slug: DraftedSlug, state: "published" | "draft" | "published+draft") {
  const field = TEXT_FIELD[slug];
  const text = unique("기준");
  const doc = (await payload.create({
    collection: slug,
    data: { ...draftedData(slug, text), _status: state === "draft" ? "draft" : "published" } as never,
    draft: state === "draft",
    ...quiet,
  })) as Json;
  let draftText: string | undefined;
  if (state === "published+draft") {
    draftText = unique("초안");
    await payload.update({
      collection: slug,
      id: doc.id,
      data: { [field]: draftText } as never,
      draft: true,
      ...quiet,
    });
  }
  return { id: doc.id as number, text, draftText, field };
}

/** The id of the newest version of `id` whose content has `field === text`. */
export async function versionWith(slug: DraftedSlug, id: number, field: string, text: string): Promise<number> {
  const { docs } = await payload.findVersions({
    collection: slug,
    where: { parent: { equals: id } },
    sort: "-updatedAt",
    limit: 50,
    depth: 0,
  });
  const version = docs.find((v) => (v.version as Json)[field] === text);
  if (!version) throw new Error(`no version of ${slug} ${id} with ${field}=${text}`);
  return Number(version.id);
}

/** The names a drafted collection's probes use: GraphQL names, text field, REST base. */
export function draftedNames(slug: DraftedSlug) {
  const { S, P } = collectionNames(slug, payload.collections[slug]?.config.graphQL);
  const field = TEXT_FIELD[slug];
  const base = `/api/${slug}`;
  return { S, P, field, base };
}
