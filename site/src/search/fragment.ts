/** The part of a Pagefind fragment the results list uses. */
export type Fragment = { content: string };

/** Pagefind writes each fragment as gzip of this signature followed by JSON. */
export const FRAGMENT_SIGNATURE = "pagefind_dcd";

/**
 * Loads Pagefind's fragment (the stored page text) of page `id` from `<base>pagefind/fragment/`,
 * as pagefind.js does: gzip, then a signature, then JSON. Only called for results shown on
 * screen, so the first query does not download the text of results nobody sees.
 * @throws Error when the file is missing or not a Pagefind fragment.
 */
export async function loadFragment(base: string, id: string): Promise<Fragment> {
  const response = await fetch(`${base}pagefind/fragment/${encodeURIComponent(id)}.pf_fragment`);
  if (!response.ok || !response.body) throw new Error(`fragment ${id}: HTTP ${response.status}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).text();
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`fragment ${id}: not a Pagefind fragment`);
  return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
}
