import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "puppeteer-core";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** WCAG 2.0–2.2 A/AA rules, as KWCAG 2.2 asks. No rule is disabled. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/**
 * axe-core violations of the loaded page (or only of the element matching `scope`, e.g. one
 * component inside a page we do not own): rule id, impact and the failing selectors. axe is
 * evaluated through DevTools, not added as an inline `<script>`, which a strict CSP refuses.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  await page.evaluate(await readFile(AXE_PATH, "utf8"));
  const violations = await page.evaluate(
    async (tags, selector) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Element | Document,
              o: object,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const context = selector ? document.querySelector(selector) : document;
      if (!context) throw new Error(`axe: no element matches ${selector}`);
      const result = await axe.run(context, { runOnly: { type: "tag", values: tags } });
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    },
    AXE_TAGS,
    scope,
  );
  return violations;
}
