import { TERMS_MARKER } from "./policy-record.ts";

/** A piece of an excerpt; `mark` pieces matched the query. Rendered as text nodes, never HTML. */
export type ExcerptPart = { text: string; mark: boolean };

/** The readable part of a search record (before the extra terms). */
export function readablePart(content: string): string {
  const cut = content.indexOf(TERMS_MARKER);
  return (cut === -1 ? content : content.slice(0, cut)).trim();
}

/**
 * A short excerpt of `text` around the first occurrence of any query term, with every occurrence
 * in the window marked. Matches inside words count (버스 in 시내버스). Without any occurrence (the
 * record matched through a category label), the start of the text. `max` is in characters.
 */
export function excerpt(text: string, terms: string[], max = 110): ExcerptPart[] {
  const needles = terms.filter((t) => t.length > 0).map((t) => t.toLowerCase());
  const lower = text.toLowerCase();
  const first = Math.min(...needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0));
  const start = Number.isFinite(first) ? Math.max(0, first - Math.floor(max / 3)) : 0;
  const end = Math.min(text.length, start + max);
  const window = text.slice(start, end);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: "… ", mark: false });
  const windowLower = window.toLowerCase();
  let at = 0;
  while (at < window.length) {
    let next = -1;
    let length = 0;
    for (const n of needles) {
      const i = windowLower.indexOf(n, at);
      if (i !== -1 && (next === -1 || i < next || (i === next && n.length > length))) {
        next = i;
        length = n.length;
      }
    }
    if (next === -1) {
      parts.push({ text: window.slice(at), mark: false });
      break;
    }
    if (next > at) parts.push({ text: window.slice(at, next), mark: false });
    parts.push({ text: window.slice(next, next + length), mark: true });
    at = next + length;
  }
  if (end < text.length) parts.push({ text: " …", mark: false });
  return parts;
}
