import { slugify, uniqueSlug } from "@lifewelfare/content-models";
import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from "payload";

type SlugDoc = {
  id?: number | string;
  title?: string;
  stableId?: string;
  slug?: string;
  previousSlugs?: string[] | null;
  publishedAt?: string | null;
  _status?: string | null;
};

/**
 * Slugs (주소) of policies, after content-models `slugify`/`uniqueSlug`:
 * - on create: from the Korean title (an import may bring its own), never empty, suffixed with the
 *   stable id when the plain slug is taken; a duplicate gets a fresh one;
 * - while a policy has never been published, a slug the editor did not set follows the title (an
 *   autosaved draft starts before its title is typed, and no URL of it exists yet);
 * - once published: kept when the title changes; when an editor changes it, the old slug goes to
 *   `previousSlugs` (so its URL keeps redirecting) and the new one must not be used by another policy.
 */
export const manageSlug: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const original = (originalDoc ?? {}) as SlugDoc;
  // A duplicate's originalDoc is the source document (with its id); a plain create gets only
  // Payload's empty groups (`{ eligibility: {}, … }`), which must not count as a source.
  const isDuplicate = operation === "create" && original.id !== undefined;
  if (operation === "create") {
    const title = String(data.title ?? original.title ?? "");
    const stableId = String(data.stableId ?? original.stableId ?? "");
    const wanted =
      !isDuplicate && typeof data.slug === "string" && data.slug.trim() ? slugify(data.slug) : slugify(title);
    const taken = await takenSlugs(req, wanted, undefined);
    data.slug = uniqueSlug(wanted, stableId, taken);
    data.previousSlugs = isDuplicate ? [] : (data.previousSlugs ?? []);
    return data;
  }
  const oldSlug = original.slug;
  const incoming = typeof data.slug === "string" ? data.slug.trim() : "";
  const neverPublished = !original.publishedAt && original._status !== "published";
  const derivedFromTitle =
    !oldSlug ||
    oldSlug === slugify(String(original.title ?? "")) ||
    oldSlug.startsWith(`${slugify(String(original.title ?? ""))}-`);
  if (neverPublished && derivedFromTitle && (!incoming || incoming === oldSlug)) {
    const wanted = slugify(String(data.title ?? original.title ?? ""));
    const taken = await takenSlugs(req, wanted, original.id);
    data.slug = uniqueSlug(wanted, String(original.stableId ?? data.stableId ?? ""), taken);
    return data;
  }
  if (!incoming) {
    data.slug = oldSlug || slugify(String(data.title ?? original.title ?? ""));
    return data;
  }
  const newSlug = slugify(incoming, oldSlug || "policy");
  data.slug = newSlug;
  if (!oldSlug || newSlug === oldSlug) return data;
  if ((await takenSlugs(req, newSlug, original.id)).size > 0) {
    throw new APIError(
      `주소(슬러그) "${newSlug}"는 이미 다른 정책이 쓰고 있거나 썼던 주소입니다.`,
      400,
      undefined,
      true,
    );
  }
  const previous = new Set<string>((data.previousSlugs as string[] | undefined) ?? original.previousSlugs ?? []);
  previous.add(oldSlug);
  previous.delete(newSlug);
  data.previousSlugs = [...previous];
  return data;
};

/** Slugs equal to `slug` held (now or before) by policies other than `exceptId`. */
async function takenSlugs(
  req: PayloadRequest,
  slug: string,
  exceptId: number | string | undefined,
): Promise<Set<string>> {
  const result = await req.payload.find({
    collection: "policies",
    where: {
      and: [
        { or: [{ slug: { equals: slug } }, { previousSlugs: { in: [slug] } }] },
        ...(exceptId === undefined ? [] : [{ id: { not_equals: exceptId } }]),
      ],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  });
  return result.docs.length > 0 ? new Set([slug]) : new Set();
}
