import type { PayloadRequest } from "payload";

/** Collects the media ids of upload fields and Lexical upload nodes anywhere inside `value`. */
function collect(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (!value || typeof value !== "object") return;
  const node = value as { type?: unknown; relationTo?: unknown; value?: unknown };
  if (node.type === "upload" && node.relationTo === "media" && node.value !== undefined && node.value !== null) {
    const ref = node.value as { id?: unknown } | string | number;
    into.add(String(typeof ref === "object" ? ref.id : ref));
  }
  for (const child of Object.values(value)) collect(child, into);
}

/**
 * Ids of the images residents see: those used by a published policy (`images`, rich text), a
 * published 복지 캐릭터 (`image`) or the published 안내서 설정 (발간사). Reads main documents only
 * (a draft save never changes them), with full access and the caller's transaction.
 */
export async function liveMediaIds(req: PayloadRequest): Promise<string[]> {
  const published = { _status: { equals: "published" } } as const;
  const common = { where: published, depth: 0, limit: 0, pagination: false, overrideAccess: true, req } as const;
  const [policies, mascots, guidebook] = await Promise.all([
    req.payload.find({ collection: "policies", ...common }),
    req.payload.find({ collection: "mascots", ...common, select: { image: true } }),
    req.payload.findGlobal({ slug: "guidebook", depth: 0, overrideAccess: true, req }),
  ]);
  const ids = new Set<string>();
  const addRef = (ref: unknown) => {
    if (ref !== null && ref !== undefined) ids.add(String(typeof ref === "object" ? (ref as { id: unknown }).id : ref));
  };
  for (const policy of policies.docs) {
    for (const image of policy.images ?? []) addRef(image);
    collect(policy, ids);
  }
  for (const mascot of mascots.docs) addRef(mascot.image);
  if (guidebook._status === "published") collect(guidebook.foreword, ids);
  return [...ids];
}
