import type { EvalQuery } from "@lifewelfare/seed-content/search-eval";
import type { Page } from "puppeteer-core";

/** What the search page showed for a query: titles of the first page, and whether help was offered. */
export type Shown = { titles: string[]; helpWithSuggestions: boolean };

/**
 * Runs `query` through the search page already open in `page` (types it, submits the form) and
 * reads the first page of results and the help block once the status says the search is done.
 */
export async function searchOnPage(page: Page, query: string): Promise<Shown> {
  await page.evaluate((q) => {
    document.querySelector<HTMLElement>("#search-status")!.textContent = "__eval__";
    document.querySelector<HTMLInputElement>("#search-q")!.value = q;
    document.querySelector<HTMLFormElement>("#search-form")!.requestSubmit();
  }, query);
  await page.waitForFunction(() => {
    const text = document.querySelector("#search-status")?.textContent ?? "";
    return text !== "__eval__" && !text.endsWith("…");
  });
  return page.evaluate(() => ({
    titles: [...document.querySelectorAll("#search-results .app-card__title a")].map((a) => a.textContent ?? ""),
    helpWithSuggestions:
      !document.querySelector<HTMLElement>("#search-help")!.hidden &&
      document.querySelectorAll("#search-suggestions li").length > 0,
  }));
}

/** recall@10, MRR (reciprocal rank of the first expected entry, 0 past 10) and the misses. */
export type EvalFigures = {
  queries: number;
  recallAt10: number;
  mrr: number;
  /** Share of `title` queries whose entry came first. */
  exactTitleFirst: number;
  /** Queries that showed no result and no suggestion. */
  emptyWithoutSuggestions: string[];
  misses: string[];
};

/** Scores the top-10 titles shown for each query of `queries` (same order). */
export function evalFigures(queries: EvalQuery[], shown: Shown[]): EvalFigures {
  let found = 0;
  let reciprocal = 0;
  let titles = 0;
  let titlesFirst = 0;
  const misses: string[] = [];
  const empty: string[] = [];
  for (const [i, q] of queries.entries()) {
    const { titles: top, helpWithSuggestions } = shown[i] ?? { titles: [], helpWithSuggestions: false };
    const rank = top.slice(0, 10).findIndex((t) => q.expected.includes(t));
    if (rank >= 0) {
      found += 1;
      reciprocal += 1 / (rank + 1);
    } else misses.push(`${q.query} (${q.kind})`);
    if (q.kind === "title") {
      titles += 1;
      if (top[0] === q.expected[0]) titlesFirst += 1;
    }
    if (top.length === 0 && !helpWithSuggestions) empty.push(q.query);
  }
  const n = Math.max(1, queries.length);
  return {
    queries: queries.length,
    recallAt10: found / n,
    mrr: reciprocal / n,
    exactTitleFirst: titles ? titlesFirst / titles : 1,
    emptyWithoutSuggestions: empty,
    misses,
  };
}
