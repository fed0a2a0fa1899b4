import { T } from "../i18n/ko.ts";
import { entryUrl, type SearchLexicon, vocabulary } from "../search/lexicon.ts";
import { planQuery, type QueryPlan, relatedWords } from "../search/query-plan.ts";
import { ENOUGH_FULL_MATCHES, rankEntries, type WordHits } from "../search/rank.ts";
import { appendCards, showHelp } from "./search-view.ts";

type Pagefind = {
  options: (options: { noWorker: boolean }) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string | null,
    options: { filters: Record<string, { any: string[] }> },
  ) => Promise<{ results: { id: string; score: number }[] } | null>;
};
type Engine = { pagefind: Pagefind; lexicon: SearchLexicon; vocab: Set<string>; byId: Map<string, number> };

const FILTERS = ["lifeStage", "topic", "situation"] as const;
const PAGE = 10;

/**
 * The search page: reads `q` and the filter checkboxes (also from the URL, so a GET from the home
 * page's search box works), plans the query (`planQuery`: particles, sentences, 검색어 사전, 초성,
 * typos, 한/영), asks Pagefind once per alternative word, ranks (`rankEntries`) and lists the
 * results from the lexicon. Pagefind runs on the main thread (its worker script is not fetched).
 * Each run has a number; a run that is no longer the newest stops at its next step, so results
 * of two queries never mix and the count always describes the list shown. Weak or empty results
 * show the help block (suggestions, links, phone numbers).
 */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>("#search-form")!;
  const input = form.querySelector<HTMLInputElement>("#search-q")!;
  const list = document.querySelector<HTMLOListElement>("#search-results")!;
  const status = document.querySelector<HTMLElement>("#search-status")!;
  const more = document.querySelector<HTMLButtonElement>("#search-more")!;
  const help = document.querySelector<HTMLElement>("#search-help")!;
  const base = list.dataset.base ?? "/";
  let engine: Promise<Engine> | undefined;
  let generation = 0;
  let shown: { lexicon: SearchLexicon; entries: number[]; next: number; terms: string[]; run: number } | undefined;

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
    box.checked = params.getAll(box.name).includes(box.value);
  }

  const load = () => {
    engine ??= (async () => {
      const [pagefind, lexicon] = await Promise.all([
        import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
          await pf.options({ noWorker: true });
          await pf.init();
          return pf;
        }),
        fetch(`${base}pagefind/lexicon.json`).then((r) => {
          if (!r.ok) throw new Error(`lexicon: HTTP ${r.status}`);
          return r.json() as Promise<SearchLexicon>;
        }),
      ]);
      const byId = new Map(lexicon.entries.map(([id], i) => [id, i]));
      return { pagefind, lexicon, vocab: vocabulary(lexicon), byId };
    })();
    engine.catch(() => {
      engine = undefined;
    });
    return engine;
  };

  const renderPage = () => {
    if (!shown) return;
    const { lexicon } = shown;
    const batch = shown.entries.slice(shown.next, shown.next + PAGE);
    shown.next += batch.length;
    const run = shown.run;
    appendCards(
      list,
      batch.map((i) => {
        const entry = lexicon.entries[i]!;
        return { id: entry[0], url: entryUrl(entry), title: entry[2] };
      }),
      { base, terms: shown.terms, isCurrent: () => run === generation },
    );
    more.hidden = shown.next >= shown.entries.length;
  };

  const hitsFor = async (e: Engine, plan: QueryPlan, filters: Record<string, { any: string[] }>) =>
    Promise.all(
      plan.words.map(async (w) => {
        const hits: WordHits = new Map();
        for (const alternative of w.alternatives) {
          const response = await e.pagefind.search(alternative, { filters });
          for (const r of response?.results ?? []) {
            const entry = e.byId.get(r.id);
            if (entry !== undefined) hits.set(entry, Math.max(hits.get(entry) ?? 0, r.score));
          }
        }
        return hits;
      }),
    );

  const run = async () => {
    const current = ++generation;
    const q = input.value.trim();
    const filters: Record<string, { any: string[] }> = {};
    for (const name of FILTERS) {
      const values = [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((b) => b.value);
      if (values.length) filters[name] = { any: values };
    }
    list.replaceChildren();
    more.hidden = true;
    shown = undefined;
    showHelp(help, [], false);
    const filtered = Object.keys(filters).length > 0;
    if (!q && !filtered) {
      status.textContent = "";
      return;
    }
    status.textContent = T.search.loading;
    try {
      const e = await load();
      if (current !== generation) return;
      const plan = planQuery(q, e.lexicon, e.vocab);
      const ids = (r: { results: { id: string }[] } | null) =>
        new Set((r?.results ?? []).flatMap((x) => e.byId.get(x.id) ?? []));
      const allowed = filtered ? ids(await e.pagefind.search(null, { filters })) : undefined;
      const hits = await hitsFor(e, plan, filters);
      if (current !== generation) return;
      const entries = q || !allowed ? rankEntries(plan, hits, e.lexicon, allowed) : [...allowed].sort((a, b) => a - b);
      shown = { lexicon: e.lexicon, entries, next: 0, terms: plan.words.flatMap((w) => w.related), run: current };
      renderPage();
      status.textContent = entries.length ? T.search.results(q, entries.length) : T.search.empty;
      const suggestions = plan.suggestions.length ? plan.suggestions : relatedWords(q, e.lexicon);
      showHelp(help, suggestions, entries.length < ENOUGH_FULL_MATCHES || plan.corrected);
    } catch {
      if (current === generation) status.textContent = T.search.failed;
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    history.replaceState(null, "", `?${next.toString()}`);
    void run();
  });
  more.addEventListener("click", renderPage);
  void run();
}
