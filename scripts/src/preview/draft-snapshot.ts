import {
  departmentFromCms,
  type FromCmsContext,
  guidebookFromCms,
  mascotFromCms,
  policyFromCms,
} from "@lifewelfare/cms/codec";
import type { Department, Guidebook, Mascot, Media, Policy } from "@lifewelfare/cms/payload-types";
import {
  type ImageRef,
  parseContent,
  SNAPSHOT_SCHEMA_VERSION,
  type Snapshot,
  snapshotSchema,
} from "@lifewelfare/content-models";
import { isMedia, mediaImageRef } from "../export/media-ref.ts";
import { richTextToHtml } from "../export/rich-text.ts";

/**
 * What the CMS sends the preview renderer (`POST /web`, `POST /print/…`): the latest draft of one
 * policy read at depth 1 (relationships populated), the 안내서 설정, and the departments and 복지
 * 캐릭터 residents see now (published; the settings may name a cover character). JSON, as Payload
 * returns them.
 */
export type DraftPreviewRequest = {
  policy: Policy;
  guidebook: Guidebook;
  departments: Department[];
  mascots: Mascot[];
};

/**
 * A validated one-policy snapshot of a draft, made by the export's own codec (`policyFromCms`,
 * `guidebookFromCms`, `departmentFromCms`, `mascotFromCms`) and rich-text converter. Image `src`s are
 * `media/<file name>` (the CMS's upload folder is the snapshot's `media/`). Links in rich text to
 * other policies are left as text (a preview knows no other published page); nothing is written.
 * A draft without a stable id or slug yet is shown as `draft-<CMS id>`.
 * @throws ContentValidationError (Korean, naming the policy and field) when the draft is incomplete.
 */
export function draftSnapshot(request: DraftPreviewRequest): Snapshot {
  const warnings: string[] = [];
  const context: FromCmsContext = {
    toHtml: (state, document) =>
      richTextToHtml(state, {
        hrefOf: () => null,
        imageOf: (value) => {
          const ref = isMedia(value) ? imageRef(value) : undefined;
          return ref
            ? { src: ref.original.src, alt: ref.alt, width: ref.original.width, height: ref.original.height }
            : null;
        },
        warn: (message) => warnings.push(`${document}: ${message}`),
      }),
    departmentStableId: (value) => {
      if (value === null || value === undefined) return undefined;
      if (typeof value === "object") return value.stableId ?? undefined;
      return request.departments.find((d) => d.id === value)?.stableId ?? undefined;
    },
    imageRef: (value) => (value && typeof value === "object" ? imageRef(value) : undefined),
  };
  const draft = request.policy;
  const fallback = `draft-${draft.id}`;
  const policy = policyFromCms(
    { ...draft, stableId: draft.stableId || fallback, slug: draft.slug || fallback },
    context,
  );
  const mascots = request.mascots.flatMap((doc) => mascotFromCms(doc, context) ?? []);
  const guidebook = guidebookFromCms(request.guidebook, context);
  // A cover character that is not published (yet) is the cover's business, not this entry's.
  if (!mascots.some((m) => m.id === guidebook.coverMascotId)) guidebook.coverMascotId = undefined;
  return parseContent(
    snapshotSchema,
    {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      generatedAt: new Date(draft.updatedAt).toISOString(),
      guidebook,
      departments: request.departments.map(departmentFromCms),
      mascots,
      policies: [policy],
      searchTerms: [],
    },
    `미리 보기 정책 「${draft.title}」 (${draft.stableId || fallback})`,
  );
}

/** An upload as the snapshot references it; the CMS's upload folder is the snapshot's `media/`. */
function imageRef(doc: Media): ImageRef | undefined {
  return mediaImageRef(doc, (filename) => `media/${filename}`) ?? undefined;
}
