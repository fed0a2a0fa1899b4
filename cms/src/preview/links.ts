import { createHash, randomBytes } from "node:crypto";
import type { Payload } from "payload";

/** One 미리 보기 link, as stored server-side (Payload's key-value store, the `payload-kv` collection). */
export type PreviewLink = {
  /** CMS id of the policy whose latest draft the link shows. */
  policyId: number | string;
  /** CMS id of the staff member who asked for it: only they may open it. */
  userId: number | string;
  /** When the link stops working (ISO 8601). */
  expiresAt: string;
};

/** What a token names: a live link, an expired one (410) or nothing (404). */
export type PreviewLookup = { state: "ok"; link: PreviewLink } | { state: "expired" } | { state: "unknown" };

const PREFIX = "preview-link:";
/** A token: 32 random bytes, base64url (43 characters). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The store key of a token: its SHA-256, so that whoever reads the database (or a backup) learns
 * no usable link.
 */
export function previewLinkKey(token: string): string {
  return `${PREFIX}${createHash("sha256").update(token).digest("hex")}`;
}

/**
 * Makes a new unguessable 미리 보기 link for `policyId` and `userId`, valid `minutes` from `now`,
 * and drops the links that have expired (the store stays small). Returns the token (shown once,
 * never stored) and the expiry.
 */
export async function createPreviewLink(
  payload: Payload,
  link: Omit<PreviewLink, "expiresAt">,
  minutes: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: string }> {
  await dropExpired(payload, now);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + minutes * 60_000).toISOString();
  await payload.kv.set(previewLinkKey(token), { ...link, expiresAt } satisfies PreviewLink);
  return { token, expiresAt };
}

/** The link a token names; an expired one is deleted on sight. */
export async function findPreviewLink(payload: Payload, token: string, now = new Date()): Promise<PreviewLookup> {
  if (!TOKEN.test(token)) return { state: "unknown" };
  const key = previewLinkKey(token);
  const link = await payload.kv.get<PreviewLink>(key);
  if (!link) return { state: "unknown" };
  if (Date.parse(link.expiresAt) <= now.getTime()) {
    await payload.kv.delete(key);
    return { state: "expired" };
  }
  return { state: "ok", link };
}

async function dropExpired(payload: Payload, now: Date): Promise<void> {
  for (const key of await payload.kv.keys()) {
    if (!key.startsWith(PREFIX)) continue;
    const link = await payload.kv.get<PreviewLink>(key);
    if (!link || Date.parse(link.expiresAt) <= now.getTime()) await payload.kv.delete(key);
  }
}
