import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Cookie that carries the token from the 첫 관리자 link to the form's POST (set by `src/proxy.ts`). */
export const FIRST_USER_COOKIE = "lifewelfare-first-user";

/** How long the cookie set from the link stays valid (seconds). */
export const FIRST_USER_COOKIE_MAX_AGE = 30 * 60;

/**
 * Writes a new one-time token for creating the first 관리자 into `file` (64 hex characters, mode 600,
 * replacing an older one so that earlier links stop working) and returns it.
 */
export function createFirstUserToken(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const token = randomBytes(32).toString("hex");
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return token;
}

/** Removes the token file (no error when it is already gone): the first 관리자 exists. */
export function deleteFirstUserToken(file: string): void {
  rmSync(file, { force: true });
}

/**
 * True when `candidate` equals the token stored in `file`, compared in constant time (both sides are
 * hashed first, so neither the content nor the length leaks through timing). False when no token file
 * exists or `candidate` is empty.
 */
export function matchesFirstUserToken(candidate: string | null | undefined, file: string): boolean {
  if (!candidate) return false;
  let stored: string;
  try {
    stored = readFileSync(file, "utf8").trim();
  } catch {
    return false;
  }
  if (!stored) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(candidate.trim()), digest(stored));
}
