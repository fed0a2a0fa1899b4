import { excerpt, readablePart } from "../search/excerpt.ts";
import { loadFragment } from "../search/fragment.ts";

/** A result to list: title and URL from the lexicon, text loaded when the card is on screen. */
export type ListedEntry = { id: string; url: string; title: string };

/**
 * Appends result cards (title link, then an excerpt filled in once the card scrolls into view)
 * to `list`. `isCurrent` is checked before an excerpt is written, so a card of an older query
 * never changes. Text goes into text nodes only.
 */
export function appendCards(
  list: HTMLOListElement,
  entries: ListedEntry[],
  context: { base: string; terms: string[]; isCurrent: () => boolean },
): void {
  const observer = new IntersectionObserver((seen) => {
    for (const item of seen) {
      if (!item.isIntersecting) continue;
      observer.unobserve(item.target);
      const li = item.target as HTMLLIElement;
      void fillExcerpt(li, context);
    }
  });
  for (const entry of entries) {
    const li = document.createElement("li");
    li.className = "app-card";
    li.dataset.id = entry.id;
    const heading = document.createElement("h3");
    heading.className = "app-card__title";
    const link = document.createElement("a");
    link.href = `${context.base}${entry.url.replace(/^\//, "")}`;
    link.textContent = entry.title;
    heading.append(link);
    li.append(heading, document.createElement("p"));
    list.append(li);
    observer.observe(li);
  }
}

async function fillExcerpt(li: HTMLLIElement, context: { base: string; terms: string[]; isCurrent: () => boolean }) {
  const title = li.querySelector("a")?.textContent ?? "";
  const fragment = await loadFragment(context.base, li.dataset.id ?? "").catch(() => undefined);
  if (!fragment || !context.isCurrent()) return;
  const readable = readablePart(fragment.content);
  const body = readable.startsWith(title) ? readable.slice(title.length) : readable;
  const p = li.querySelector("p")!;
  for (const part of excerpt(body.replace(/^[\s.·:]+/, ""), context.terms)) {
    if (part.mark) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
}

/**
 * Shows or hides the help block (`#search-help`) under weak or empty results and fills its
 * "이런 말로 찾아 보세요" list with links that search each suggestion.
 */
export function showHelp(help: HTMLElement, suggestions: string[], visible: boolean): void {
  help.hidden = !visible;
  const list = help.querySelector<HTMLUListElement>("#search-suggestions")!;
  const block = list.closest<HTMLElement>("[data-suggest]")!;
  list.replaceChildren(
    ...suggestions.map((s) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `?q=${encodeURIComponent(s)}`;
      a.textContent = s;
      li.append(a);
      return li;
    }),
  );
  block.hidden = suggestions.length === 0;
}
