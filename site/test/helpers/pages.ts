import type { Page } from "puppeteer-core";

/** Runs the search page for `query` and returns the titles of the first page of results (≤ 10). */
export async function searchTitles(page: Page, origin: string, base: string, query: string): Promise<string[]> {
  await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
  await page.waitForFunction(() => {
    const status = document.querySelector("#search-status")?.textContent ?? "";
    return status !== "" && !status.includes("검색하는 중");
  });
  return page.$$eval("#search-results .app-card__title a", (links) => links.map((a) => a.textContent ?? ""));
}

/** Titles found by a Pagefind bundle loaded from `bundleUrl`, raw query, first 10. */
export async function pagefindTitles(page: Page, bundleUrl: string, query: string): Promise<string[]> {
  // A string, so the test runner's transform leaves the dynamic import alone.
  const script = `(async () => {
    const pf = await import(${JSON.stringify(bundleUrl)});
    const response = await pf.search(${JSON.stringify(query)});
    const data = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
    return data.map((d) => d.meta.title);
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}

export type FinderInput = {
  birthDate?: string;
  sex?: "male" | "female";
  pregnancyWeeks?: number;
  babies?: number;
  children?: string[];
  situations?: string[];
  residencyYears?: number;
};

export type FinderGroup = { heading: string; items: { title: string; reasons: string[]; text: string }[] };

/**
 * Fills the finder like a keyboard user (focus, Space, typing, Enter), submits, and reads the
 * result groups. Keyboard input does not depend on layout, which shifts while web fonts load.
 */
export async function runFinder(page: Page, origin: string, base: string, input: FinderInput): Promise<FinderGroup[]> {
  await page.goto(`${origin}${base}finder/`, { waitUntil: "load" });
  await page.waitForSelector("#finder-form[data-ready]");
  const setValue = (selector: string, value: string) =>
    page.$eval(
      selector,
      (el, v) => {
        (el as HTMLInputElement).value = v;
      },
      value,
    );
  const press = async (selector: string, key: "Space" | "Enter") => {
    await page.focus(selector);
    await page.keyboard.press(key);
  };
  if (input.birthDate) await setValue("#f-birth", input.birthDate);
  if (input.sex) await press(`input[name=sex][value=${input.sex}]`, "Space");
  if (input.pregnancyWeeks !== undefined) {
    await press("#f-pregnant", "Space");
    await page.type("#f-weeks", String(input.pregnancyWeeks));
    await setValue("#f-babies", String(input.babies ?? 1));
  }
  for (const [index, birthDate] of (input.children ?? []).entries()) {
    await press("#f-add-child", "Enter");
    await setValue(`#f-children li:nth-child(${index + 1}) input`, birthDate);
  }
  for (const situation of input.situations ?? []) await press(`input[name=situation][value=${situation}]`, "Space");
  if (input.residencyYears !== undefined) await page.type("#f-res-years", String(input.residencyYears));
  await press("#finder-form button[type=submit]", "Enter");
  // The status says 불러오는 중 while the policies load (a submit before they arrive), then the result.
  await page.waitForFunction(() => {
    const status = document.querySelector("#finder-status")?.textContent ?? "";
    return status !== "" && !status.includes("불러오는 중");
  });
  return page.$$eval("#finder-results section, #finder-results details", (groups) =>
    groups.map((g) => ({
      heading: g.querySelector("h3, summary")?.textContent ?? "",
      items: [...g.querySelectorAll("li.app-card")].map((li) => ({
        title: li.querySelector("a")?.textContent ?? "",
        reasons: [...li.querySelectorAll(".app-reasons li")].map((r) => r.textContent ?? ""),
        text: li.textContent ?? "",
      })),
    })),
  );
}

/** YYYY-MM-DD `years` years and `days` days before a KST date. */
export function yearsBefore(today: string, years: number, days = 0): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1, d - days));
  return date.toISOString().slice(0, 10);
}
