/**
 * Slugs for Korean titles. Payload's default slugify drops Hangul, leaving empty or clashing
 * slugs; here Hangul syllables, Latin letters and digits are kept, everything else becomes a
 * single hyphen: "65세 이상 어르신 시내버스 무료(교통카드)" → "65세-이상-어르신-시내버스-무료-교통카드".
 * Deterministic (NFC first), never empty, at most 80 characters.
 */
export function slugify(title: string, fallback = "policy"): string {
  const slug = title
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{Script=Hangul}a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || fallback;
}

/**
 * A slug not in `taken`: the plain slug, else the slug suffixed with the stable id, which is unique
 * by construction. Slugs are set once from the title and kept when the title is edited; a changed
 * slug leaves the old one in `previousSlugs` so that its URL redirects.
 */
export function uniqueSlug(title: string, stableId: string, taken: ReadonlySet<string>): string {
  const base = slugify(title);
  return taken.has(base) ? `${base}-${stableId}` : base;
}

/**
 * A policy slug: Hangul syllables, lowercase Latin letters and digits in runs joined by single
 * hyphens (what `slugify` produces). Slugs and `previousSlugs` become URL paths of the site.
 */
export const SLUG_PATTERN = /^[\p{Script=Hangul}a-z0-9]+(?:-[\p{Script=Hangul}a-z0-9]+)*$/u;

/** Stable ids: lowercase letters and digits, 3–32 characters; never reused, independent of the database. */
export const STABLE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,31}$/;

/**
 * A new random stable id (8 characters of Crockford base32 without ambiguous letters).
 * `random` is injectable for tests.
 */
export function newStableId(random: () => number = Math.random): string {
  const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
  let id = "";
  for (let i = 0; i < 8; i += 1) id += alphabet[Math.floor(random() * alphabet.length)];
  return /^[0-9]/.test(id) ? `p${id.slice(1)}` : id;
}
