import { T } from "../i18n/ko.ts";
import { excerpt, readablePart } from "../search/excerpt.ts";
import { queryTerms } from "../search/korean-terms.ts";

type PagefindResult = { data: () => Promise<{ url: string; content: string; meta: { title?: string } }> };
type Pagefind = {
  init: () => Promise<void>;
  search: (
    query: string | null,
    options: { filters: Record<string, { any: string[] }> },
  ) => Promise<{ results: PagefindResult[] } | null>;
};

const FILTERS = ["lifeStage", "topic", "situation"] as const;
const PAGE = 10;

/**
 * The search page: reads `q` and the filter checkboxes (also from the URL, so a GET from the home
 * page's search box works), queries Pagefind with particles stripped (임신을 → 임신), and lists
 * results with an excerpt of the page text (never of the extra index terms).
 */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>("#search-form")!;
  const input = form.querySelector<HTMLInputElement>("#search-q")!;
  const list = document.querySelector<HTMLOListElement>("#search-results")!;
  const status = document.querySelector<HTMLElement>("#search-status")!;
  const more = document.querySelector<HTMLButtonElement>("#search-more")!;
  const base = list.dataset.base ?? "/";
  let pagefind: Promise<Pagefind> | undefined;
  let pending: PagefindResult[] = [];
  let terms: string[] = [];

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
    box.checked = params.getAll(box.name).includes(box.value);
  }

  const load = () => {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.init();
      return pf;
    });
    return pagefind;
  };

  const render = async () => {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const items = await Promise.all(batch.map((r) => r.data()));
    for (const item of items) {
      const li = document.createElement("li");
      li.className = "app-card";
      const heading = document.createElement("h3");
      heading.className = "app-card__title";
      const link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      heading.append(link);
      const p = document.createElement("p");
      const readable = readablePart(item.content);
      const body = readable.startsWith(item.meta.title ?? "\u0000")
        ? readable.slice((item.meta.title ?? "").length)
        : readable;
      for (const part of excerpt(body.replace(/^[\s.·:]+/, ""), terms)) {
        if (part.mark) {
          const mark = document.createElement("mark");
          mark.textContent = part.text;
          p.append(mark);
        } else p.append(part.text);
      }
      li.append(heading, p);
      list.append(li);
    }
    more.hidden = pending.length === 0;
  };

  const run = async () => {
    const q = input.value.trim();
    terms = queryTerms(q);
    const filters: Record<string, { any: string[] }> = {};
    for (const name of FILTERS) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((b) => b.value);
      if (values.length) filters[name] = { any: values };
    }
    list.replaceChildren();
    more.hidden = true;
    if (!terms.length && !Object.keys(filters).length) {
      status.textContent = "";
      return;
    }
    status.textContent = T.search.loading;
    try {
      const pf = await load();
      const response = await pf.search(terms.length ? terms.join(" ") : null, { filters });
      pending = response?.results ?? [];
      const total = pending.length;
      await render();
      status.textContent = total ? T.search.results(q, total) : T.search.empty;
    } catch {
      status.textContent = T.search.failed;
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    history.replaceState(null, "", `?${next.toString()}`);
    void run();
  });
  more.addEventListener("click", () => void render());
  void run();
}
