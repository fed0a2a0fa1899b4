import {
  type HouseholdSituation,
  isKstDate,
  type MatchResult,
  match,
  type ResidentProfile,
  todayKst,
} from "@lifewelfare/content-models";
import { T } from "../i18n/ko.ts";
import type { FinderPolicy } from "../lib/finder-data.ts";

const F = T.finder;

/** A whole number from an input within [min, max], or undefined when empty or invalid. */
function intValue(input: HTMLInputElement | null, min: number, max: number): number | undefined {
  if (!input || input.value.trim() === "") return undefined;
  const n = Number(input.value);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** A past-or-today KST date from a date input, or undefined. */
function dateValue(input: HTMLInputElement | null, today: string): string | undefined {
  const v = input?.value ?? "";
  return isKstDate(v) && v <= today ? v : undefined;
}

/** The ResidentProfile the form describes; unanswered questions stay undefined ("unknown"). */
export function readProfile(form: HTMLFormElement, today: string): ResidentProfile {
  const q = <E extends Element>(selector: string) => form.querySelector<E>(selector);
  const sex = q<HTMLInputElement>("input[name=sex]:checked")?.value;
  const pregnant = q<HTMLInputElement>("#f-pregnant")?.checked;
  const years = intValue(q("#f-res-years"), 0, 150);
  const months = intValue(q("#f-res-months"), 0, 11);
  const income = q<HTMLSelectElement>("#f-income")?.value;
  const birthDate = dateValue(q("#f-birth"), today);
  const ageYears = intValue(q("#f-age"), 0, 130);
  const weeks = intValue(q("#f-weeks"), 0, 45);
  return {
    ...(birthDate ? { birthDate } : {}),
    ...(ageYears !== undefined ? { ageYears } : {}),
    ...(sex === "male" || sex === "female" ? { sex } : {}),
    ...(pregnant
      ? { pregnancy: { ...(weeks !== undefined ? { weeks } : {}), babies: intValue(q("#f-babies"), 1, 5) ?? 1 } }
      : {}),
    children: [...form.querySelectorAll<HTMLInputElement>("input[name=childBirth]")]
      .map((input) => dateValue(input, today))
      .filter((d): d is string => d !== undefined)
      .map((birthDate) => ({ birthDate })),
    householdSituations: [...form.querySelectorAll<HTMLInputElement>("input[name=situation]:checked")].map(
      (b) => b.value as HouseholdSituation,
    ),
    ...(years !== undefined || months !== undefined ? { monthsResident: (years ?? 0) * 12 + (months ?? 0) } : {}),
    ...(income ? { incomePercentOfMedian: Number(income) } : {}),
  };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** One result: the policy link, its status, the reasons, and for near misses the missing conditions. */
function resultItem(policy: FinderPolicy, result: MatchResult, base: string): HTMLLIElement {
  const li = el("li", undefined, "app-card");
  const heading = el("h4", undefined, "app-card__title");
  const link = el("a", policy.t);
  link.href = `${base}policies/${policy.s}/`;
  heading.append(link);
  li.append(heading);
  if (policy.n) li.append(el("p", policy.n, "app-hint"));
  const conditions = result.rule?.conditions ?? [];
  const met = conditions.filter((c) => c.outcome === "met").map((c) => c.reason);
  const missing = conditions.filter((c) => c.outcome === "unknown").map((c) => c.reason);
  const reasons = conditions.length ? met : result.reasons;
  if (reasons.length) {
    const ul = el("ul", undefined, "app-reasons");
    for (const r of reasons) ul.append(el("li", r));
    li.append(ul);
  }
  if (missing.length) {
    li.append(el("p", `${F.missing}:`, "app-hint"));
    const ul = el("ul", undefined, "app-reasons");
    for (const r of missing) ul.append(el("li", r));
    li.append(ul);
  }
  return li;
}

/** A titled group of results (h3 + list). */
function group(title: string, items: HTMLLIElement[]): HTMLElement {
  const section = el("section");
  section.append(el("h3", `${title} (${items.length})`));
  const ol = el("ol", undefined, "app-grid");
  ol.append(...items);
  section.append(ol);
  return section;
}

/**
 * The finder's policies from `url` (finder-data.json), fetched once the page has painted, so the
 * data, which grows with the number of policies, never delays the first paint. Returns the loader:
 * it resolves to the policies; a failed fetch is tried again on the next call.
 */
function policyLoader(url: string): () => Promise<FinderPolicy[]> {
  let pending: Promise<FinderPolicy[]> | undefined;
  const load = () => {
    pending ??= fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`finder data: HTTP ${response.status}`);
        return response.json() as Promise<FinderPolicy[]>;
      })
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    return pending;
  };
  afterFirstPaint(() => load().catch(() => undefined));
  return load;
}

/**
 * Runs `task` once the browser reports the first contentful paint (Paint Timing), or a second after
 * `load` where it reports none. `task` may run twice; callers make it idempotent.
 */
function afterFirstPaint(task: () => void): void {
  const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;
  if (painted()) {
    task();
    return;
  }
  try {
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      task();
    });
    observer.observe({ type: "paint", buffered: true });
  } catch {
    // No Paint Timing: the fallback below.
  }
  addEventListener("load", () => setTimeout(task, 1000), { once: true });
}

/**
 * The finder page: children rows (add/remove), and on submit `match` over every policy with today's
 * KST date, listing 신청할 수 있어요 then 해당할 수도 있어요, each with its reasons. The policies load
 * after the first paint (`policyLoader`); a submit before they arrive says so and waits, and a failed
 * load says what to do.
 */
export function startFinder(): void {
  const form = document.querySelector<HTMLFormElement>("#finder-form")!;
  const children = document.querySelector<HTMLOListElement>("#f-children")!;
  const results = document.querySelector<HTMLElement>("#finder-results")!;
  const status = document.querySelector<HTMLElement>("#finder-status")!;
  const heading = document.querySelector<HTMLElement>("#finder-results-title")!;
  const base = results.dataset.base ?? "/";
  const loadPolicies = policyLoader(results.dataset.source ?? `${base}finder-data.json`);
  const collator = new Intl.Collator("ko");

  const renumber = () => {
    [...children.children].forEach((row, index) => {
      row.querySelector("label")!.textContent = F.childBirth(index + 1);
      row.querySelector("button")!.textContent = F.removeChild(index + 1);
    });
  };
  let counter = 0;
  document.querySelector("#f-add-child")!.addEventListener("click", () => {
    counter += 1;
    const row = el("li", undefined, "app-field");
    const label = el("label");
    label.htmlFor = `f-child-${counter}`;
    const input = el("input");
    input.type = "date";
    input.id = label.htmlFor;
    input.name = "childBirth";
    const remove = el("button", undefined, "krds-btn small tertiary");
    remove.type = "button";
    remove.addEventListener("click", () => {
      row.remove();
      renumber();
      document.querySelector<HTMLButtonElement>("#f-add-child")!.focus();
    });
    row.append(label, input, remove);
    children.append(row);
    renumber();
    input.focus();
  });
  form.addEventListener("reset", () => {
    children.replaceChildren();
    results.replaceChildren();
    status.textContent = "";
  });

  let policies: FinderPolicy[] | undefined;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!policies) {
      status.textContent = F.loading;
      try {
        policies = await loadPolicies();
      } catch {
        status.textContent = F.loadFailed;
        return;
      }
    }
    const today = todayKst();
    const profile = readProfile(form, today);
    const applies: HTMLLIElement[] = [];
    const mayApply: HTMLLIElement[] = [];
    const textOnly: HTMLLIElement[] = [];
    const sorted = [...policies].sort((a, b) => collator.compare(a.t, b.t));
    for (const policy of sorted) {
      const result = match(policy.e, profile, today);
      if (result.outcome === "applies") applies.push(resultItem(policy, result, base));
      else if (result.outcome === "may-apply") {
        (policy.e.rules.length ? mayApply : textOnly).push(resultItem(policy, result, base));
      }
    }
    results.replaceChildren();
    results.append(el("p", `${T.finder.decided} · ${T.finder.privacy}`, "app-hint"));
    if (applies.length) results.append(group(F.applies, applies));
    if (mayApply.length) results.append(group(F.mayApply, mayApply));
    if (textOnly.length) {
      const details = el("details");
      details.append(el("summary", `${F.textOnly} (${textOnly.length})`));
      const ol = el("ol", undefined, "app-grid");
      ol.append(...textOnly);
      details.append(ol);
      results.append(details);
    }
    status.textContent = applies.length + mayApply.length ? F.summary(applies.length, mayApply.length) : F.none;
    heading.focus();
  });
  form.dataset.ready = "true";
}
