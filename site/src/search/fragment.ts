/** The part of a Pagefind fragment the results list uses. */
export type Fragment = { content: string };

/**
 * Pagefind writes each of its files (fragments, index chunks, wasm) as gzip of this signature
 * followed by the data; the build stores them decompressed (integrations/pagefind-plain.ts).
 */
export const FRAGMENT_SIGNATURE = "pagefind_dcd";

/**
 * Loads Pagefind's fragment (the stored page text) of page `id` from `<base>pagefind/fragment/`,
 * stored decompressed by the build (the signature, then JSON; the server may compress it for the
 * wire, which the browser undoes). Only called for results shown on
 * screen, so the first query does not download the text of results nobody sees.
 * @throws Error when the file is missing or not a Pagefind fragment.
 */
export async function loadFragment(base: string, id: string): Promise<Fragment> {
  const response = await fetch(`${base}pagefind/fragment/${encodeURIComponent(id)}.pf_fragment`);
  if (!response.ok) throw new Error(`fragment ${id}: HTTP ${response.status}`);
  const text = await response.text();
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`fragment ${id}: not a Pagefind fragment`);
  return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as Fragment;
}
