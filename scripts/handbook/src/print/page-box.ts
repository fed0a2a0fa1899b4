import type { Browser, BrowserContext } from "puppeteer-core";
import type { PageGeometry } from "../editions.ts";
import { pageBoxCss } from "../html/document.ts";
import { readAnchorPositions } from "./page-numbers.ts";

/** Size of a page's content box in CSS px, as Chromium lays pages out. */
export type PageBox = { width: number; height: number };

/** Probes per dimension, 1/64 px apart (Chromium's layout unit), spanning one pixel. */
const STEPS = 64;

/** Extra page height (px) a print holds beyond the probe's measure; see measurePageBox. */
const PRINT_SLACK = 6 / 64;

const cache = new Map<string, PageBox>();

/**
 * Measures the content box Chromium really uses when printing pages of `geometry`: it rounds the
 * paper size and margins to device units, so the box differs from the millimetres by a fraction
 * of a pixel, enough to move a page break in a long book. One small print (about 70 empty pages)
 * with probes every 1/64 px around the nominal size: a probe block that still fits on its page
 * gives the height; a probe box that still fits on its line gives the width. Cached per geometry.
 */
export async function measurePageBox(browser: Browser | BrowserContext, geometry: PageGeometry): Promise<PageBox> {
  const key = JSON.stringify(geometry);
  const cached = cache.get(key);
  if (cached) return cached;
  const mm = 96 / 25.4;
  const nominalWidth = Math.floor((geometry.width - 2 * geometry.marginSide) * mm * 64) / 64;
  const nominalHeight = Math.floor((geometry.height - geometry.marginTop - geometry.marginBottom) * mm * 64) / 64;
  const base = { width: nominalWidth - 0.5, height: nominalHeight - 0.5 };
  const unit = 1 / 64;
  const heights = Array.from(
    { length: STEPS },
    (_, i) =>
      `<div class="s" id="hs${i}"><div style="height:${base.height + i * unit}px"></div><div id="h${i}" style="height:${unit}px"></div></div>`,
  ).join("");
  const widths = Array.from(
    { length: STEPS },
    (_, i) =>
      `<div class="r" id="wr${i}"><span class="b" style="width:${base.width + i * unit}px"></span>&#8203;<span class="b" id="w${i}" style="width:${unit}px"></span></div>`,
  ).join("");
  const ids = [...Array(STEPS).keys()].flatMap((i) => [`hs${i}`, `h${i}`, `wr${i}`, `w${i}`]);
  const html = `<!doctype html><html><head><style>${pageBoxCss(geometry)}
body { margin: 0; } .s, .w { break-before: page; } .r { line-height: 40px; height: 80px; overflow: hidden; break-inside: avoid; }
.b { display: inline-block; height: 10px; vertical-align: top; } nav { break-before: page; font-size: 1px; }
</style></head><body>${heights}<div class="w">${widths}</div><nav>${ids.map((id) => `<a href="#${id}">.</a>`).join("")}</nav></body></html>`;

  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: 0 });
    const at = (await readAnchorPositions(pdf)).positions;
    const fits = (probe: string, container: string) => {
      const a = at.get(probe);
      const b = at.get(container);
      return a !== undefined && b !== undefined && a.page === b.page && Math.abs(a.y - b.y) < 15;
    };
    // Height: probe i fits when its 1/64 px target stays on the page of its section.
    const lastHeight = lastIndex((i) => at.get(`h${i}`)?.page === at.get(`hs${i}`)?.page);
    // Width: probe i fits when its 1/64 px box stays on the line of its row.
    const lastWidth = lastIndex((i) => fits(`w${i}`, `wr${i}`));
    const box = {
      width: lastWidth >= 0 && lastWidth < STEPS - 1 ? base.width + (lastWidth + 1) * unit : nominalWidth,
      // Measured on Chromium 156: a printed page holds up to 6/64 px more than this probe shows
      // (A4, 400 policies: 956.3125 px needed, probe 956.21875 px). A wrong guess only costs a
      // second print (print-parts.ts verifies every number), never a wrong page number.
      height:
        (lastHeight >= 0 && lastHeight < STEPS - 1 ? base.height + (lastHeight + 1) * unit : nominalHeight) +
        PRINT_SLACK,
    };
    cache.set(key, box);
    return box;
  } finally {
    await page.close();
  }
}

function lastIndex(predicate: (i: number) => boolean): number {
  let last = -1;
  for (let i = 0; i < STEPS; i++) if (predicate(i)) last = i;
  return last;
}
