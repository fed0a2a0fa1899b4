import {
  APIError,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from "payload";
import { labelOf } from "./clientErrors.ts";

/** Where a document of the guarded collection is referenced: a collection and its fields, or a global's field. */
export type Reference =
  | { collection: CollectionSlug; fields: string[]; titleField: string }
  | { global: "guidebook"; field: string };

/** How many referring titles a refusal names before "외 N건". */
const NAMED = 5;

/** `word` followed by the particle that fits its last syllable: `withParticle("부서", "은", "는")` → "부서는". */
function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
  const last = word.charCodeAt(word.length - 1) - 0xac00;
  const consonant = last >= 0 && last < 11172 && last % 28 !== 0;
  return `${word}${consonant ? afterConsonant : afterVowel}`;
}

const idOf = (value: unknown): unknown =>
  value && typeof value === "object" && "id" in value ? (value as { id: unknown }).id : value;

/** True when the live global or its newest draft points at `id` in `reference.field`. */
async function globalRefers(
  req: PayloadRequest,
  reference: Extract<Reference, { global: string }>,
  id: string | number,
): Promise<boolean> {
  for (const draft of [false, true]) {
    const doc = await req.payload.findGlobal({ slug: reference.global, draft, depth: 0, req });
    if (String(idOf((doc as unknown as Record<string, unknown>)[reference.field])) === String(id)) return true;
  }
  return false;
}

/**
 * Titles of the documents of `reference` that point at `id`: the live documents and the newest
 * drafts (Payload keeps a draft newer than the live document in its versions only), each once.
 */
async function referrers(
  req: PayloadRequest,
  reference: Extract<Reference, { collection: string }>,
  id: string | number,
): Promise<string[]> {
  const where: Where = { or: reference.fields.map((field) => ({ [field]: { equals: id } })) };
  const titles = new Map<string, string>();
  for (const draft of [false, true]) {
    const found = await req.payload.find({
      collection: reference.collection,
      where,
      draft,
      depth: 0,
      pagination: false,
      select: { [reference.titleField]: true },
      overrideAccess: true,
      req,
    });
    for (const doc of found.docs as unknown as Record<string, unknown>[]) {
      titles.set(String(doc.id), String(doc[reference.titleField] ?? doc.id));
    }
  }
  return [...titles.values()];
}

/**
 * beforeDelete guard: a document still referenced by `references` (e.g. a 부서 that policies name
 * as 담당부서 or in 문의처) is not deleted — the database would silently empty those fields, and
 * the next export would publish policies without their department. Refuses with 409 and a Korean
 * message naming the collection, the count and up to five referring titles, so staff know what to
 * change first. Live documents and newest drafts both count. Rich-text mentions are not searched.
 * @throws APIError 409 (public) when the document is referenced.
 */
export function refuseDeleteInUse(references: Reference[]): CollectionBeforeDeleteHook {
  return async ({ collection, id, req }) => {
    const uses: string[] = [];
    for (const reference of references) {
      if ("global" in reference) {
        if (await globalRefers(req, reference, id)) uses.push(labelOf(req, reference.global));
        continue;
      }
      const titles = await referrers(req, reference, id);
      if (titles.length === 0) continue;
      const named = titles.slice(0, NAMED).map((title) => `‘${title}’`);
      const rest = titles.length > NAMED ? ` 외 ${titles.length - NAMED}건` : "";
      uses.push(`${labelOf(req, reference.collection)} ${titles.length}건(${named.join(", ")}${rest})`);
    }
    if (uses.length === 0) return;
    const self = labelOf(req, collection.slug);
    throw new APIError(
      `이 ${withParticle(self, "은", "는")} ${uses.join(", ")}에서 쓰고 있어 삭제할 수 없습니다. ` +
        `그 문서에서 ${withParticle(self, "을", "를")} 바꾸거나 빼고 다시 삭제하세요.`,
      409,
      { errors: [{ path: "id", message: `${uses.join(", ")}에서 쓰는 중` }] },
      true,
    );
  };
}
