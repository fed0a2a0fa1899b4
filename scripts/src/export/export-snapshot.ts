import {
  departmentFromCms,
  type FromCmsContext,
  guidebookFromCms,
  mascotFromCms,
  policyFromCms,
  searchTermFromCms,
} from "@lifewelfare/cms/codec";
import type {
  Department,
  Guidebook,
  Mascot,
  Media,
  Policy,
  SearchTerm as SearchTermDoc,
} from "@lifewelfare/cms/payload-types";
import {
  ContentValidationError,
  describePolicy,
  type ImageRef,
  type KstDate,
  type MascotAssetInput,
  type PolicyInput,
  parseContent,
  policySchema,
  resolveBuildOrigin,
  SNAPSHOT_SCHEMA_VERSION,
  type Snapshot,
} from "@lifewelfare/content-models";
import type { Payload, Where } from "payload";
import { localSiteOrigin } from "../lib/site-origin.ts";
import { mediaSource } from "./media-path.ts";
import { isMedia, mediaImageRef } from "./media-ref.ts";
import { type RichTextContext, richTextToHtml } from "./rich-text.ts";
import { type SnapshotFile, writeSnapshot } from "./write-snapshot.ts";

export type ExportResult = { snapshot: Snapshot; sha256: string; warnings: string[] };

/**
 * `pnpm export`: reads **published** content only (policies, departments, mascots, 검색어 사전,
 * 안내서 설정) through the Local API and writes the snapshot
 * (see content-models `snapshotSchema`) to `dir` atomically, with its images and open data.
 * A link to an unpublished policy becomes plain text with a warning; an invalid entry stops the
 * export with an error naming the policy and field, leaving the previous snapshot untouched.
 * `siteUrl` gives a policy's permanent address for the open data; default `<origin>/p/<id>/` on
 * the build origin (`resolveBuildOrigin` over `origin.override`, 안내서 설정's `siteOrigin` and
 * `origin.localOrigin`, default `localSiteOrigin()`).
 * @throws ContentValidationError when any published document breaks the content rules.
 */
export async function exportSnapshot(
  payload: Payload,
  options: {
    dir: string;
    mediaDir: string;
    siteUrl?: (id: string) => string;
    origin?: { override?: string; localOrigin: string };
    log?: (line: string) => void;
    /** The build's KST date for the open data's statuses (default today in Korea). */
    today?: KstDate;
  },
): Promise<ExportResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const warnings: string[] = [];
  const files = new Map<string, SnapshotFile>();

  const [departmentDocs, policyDocs, mascotDocs, searchTermDocs] = await Promise.all([
    findPublished(payload, "departments"),
    findPublished(payload, "policies"),
    findPublished(payload, "mascots"),
    findPublished(payload, "search-terms"),
  ]);
  const guidebookDoc = await publishedGuidebook(payload);
  log(
    `    읽음: 정책 ${policyDocs.length}건, 부서 ${departmentDocs.length}곳, 캐릭터 ${mascotDocs.length}개, 검색어 ${searchTermDocs.length}개`,
  );

  const departmentsByCmsId = new Map(departmentDocs.map((d) => [d.id, d.stableId ?? undefined]));
  const publishedPolicies = new Map(policyDocs.map((p) => [String(p.id), p.stableId]));

  const links: Omit<RichTextContext, "warn"> = {
    hrefOf: (relationTo, value) => {
      if (relationTo !== "policies") return null;
      const cmsId = typeof value === "object" && value && "id" in value ? String(value.id) : String(value);
      const stableId = publishedPolicies.get(cmsId);
      return stableId ? `/p/${stableId}/` : null;
    },
    imageOf: (value) => {
      const ref = isMedia(value) ? imageRef(value) : null;
      return ref
        ? { src: ref.original.src, alt: ref.alt, width: ref.original.width, height: ref.original.height }
        : null;
    },
  };
  const context: FromCmsContext = {
    toHtml: (state, document) =>
      richTextToHtml(state, { ...links, warn: (message) => warnings.push(`${document}: ${message}`) }),
    departmentStableId: (value) => {
      if (value === null || value === undefined) return undefined;
      if (typeof value === "object") return value.stableId ?? undefined;
      return departmentsByCmsId.get(value);
    },
    imageRef: (value) => (value && typeof value === "object" ? (imageRef(value) ?? undefined) : undefined),
  };

  /** The snapshot's reference to an upload; its files are copied into the snapshot's `media/`. */
  function imageRef(doc: Media): ImageRef | null {
    const owner = `이미지 ${doc.id}${doc.alt ? ` 「${doc.alt}」` : ""}`;
    return mediaImageRef(doc, (filename, field) => {
      const source = mediaSource(options.mediaDir, filename, owner, field);
      const path = `media/${filename}`;
      files.set(path, { path, source });
      return path;
    });
  }

  const policies = validateEach(policyDocs.map((doc) => policyFromCms(doc, context)));
  const mascots = mascotDocs.flatMap((doc): MascotAssetInput[] => {
    const mascot = mascotFromCms(doc, context);
    if (!mascot) warnings.push(`복지 캐릭터 「${doc.name}」: 이미지가 없어 내보내지 않았습니다.`);
    return mascot ? [mascot] : [];
  });
  // The newest publish time: derived from the content (not the clock), so that the same content
  // gives the same bytes, also after an export → import round trip. A guide without any published
  // policy is dated by its 안내서 설정 (policies.xlsx is a ZIP, which holds no date before 1980).
  const newest =
    policies
      .map((p) => p.publishedAt)
      .sort()
      .at(-1) ?? String(guidebookDoc.updatedAt);
  const generatedAt = new Date(newest).toISOString();

  const guidebook = guidebookFromCms(guidebookDoc, context);
  const { origin } = resolveBuildOrigin({
    override: options.origin?.override,
    configured: guidebook.siteOrigin,
    localOrigin: options.origin?.localOrigin ?? localSiteOrigin(),
  });
  const siteUrl = options.siteUrl ?? ((id: string) => `${origin}/p/${id}/`);
  const { snapshot, sha256 } = await writeSnapshot({
    dir: options.dir,
    snapshot: {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      generatedAt,
      guidebook,
      departments: departmentDocs.map(departmentFromCms),
      mascots,
      policies,
      searchTerms: searchTermDocs.map(searchTermFromCms),
    },
    files: [...files.values()],
    siteUrl,
    ...(options.today ? { today: options.today } : {}),
  });
  for (const warning of warnings) log(`    경고: ${warning}`);
  log(
    `    스냅숏: 정책 ${snapshot.policies.length}건, 이미지 파일 ${files.size}개, 경고 ${warnings.length}건 → ${options.dir}`,
  );
  return { snapshot, sha256, warnings };
}

/**
 * Checks every policy on its own first, so that an error names the policy (「서비스명」 and stable
 * id) and the field, and reports all invalid policies at once.
 * @throws ContentValidationError listing every issue of every invalid policy.
 */
function validateEach(policies: PolicyInput[]): PolicyInput[] {
  const issues = policies.flatMap((policy) => {
    try {
      parseContent(policySchema, policy, describePolicy(policy));
      return [];
    } catch (error) {
      if (error instanceof ContentValidationError) return error.issues;
      throw error;
    }
  });
  if (issues.length > 0) throw new ContentValidationError(issues);
  return policies;
}

/**
 * 안내서 설정 as last published: the live document when it is published, else (a version restored
 * as a draft, or an unpublish) its newest published version. Never a draft.
 * @throws Error (Korean) when 안내서 설정 has never been published.
 */
async function publishedGuidebook(payload: Payload): Promise<Omit<Guidebook, "id">> {
  const live = await payload.findGlobal({ slug: "guidebook", depth: 1, draft: false });
  if (live._status === "published") return live;
  const { docs } = await payload.findGlobalVersions({
    slug: "guidebook",
    where: { "version._status": { equals: "published" } },
    sort: "-updatedAt",
    limit: 1,
    depth: 1,
  });
  const version = docs[0]?.version;
  if (!version)
    throw new Error("안내서 설정이 아직 게시되지 않았습니다. 검토자가 안내서 설정을 게시한 뒤 다시 내보내세요.");
  return version;
}

/** The collections an edition is exported from, by slug. */
type Exported = { departments: Department; policies: Policy; mascots: Mascot; "search-terms": SearchTermDoc };

/** Every published document of a collection (all of them when it has no drafts), depth 1. */
async function findPublished<S extends keyof Exported>(payload: Payload, slug: S): Promise<Exported[S][]> {
  const hasDrafts = Boolean(payload.collections[slug]?.config.versions?.drafts);
  const where: Where | undefined = hasDrafts ? { _status: { equals: "published" } } : undefined;
  const result = await payload.find({
    collection: slug,
    where,
    draft: false,
    depth: 1,
    limit: 0,
    pagination: false,
    sort: "id",
    overrideAccess: true,
  });
  return result.docs;
}

/** True for a populated `media` document (an upload node's value at depth 1). */
