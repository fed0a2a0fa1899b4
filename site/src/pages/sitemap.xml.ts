import { CHAPTERS, HOUSEHOLD_SITUATIONS, INTEREST_TOPICS } from "@lifewelfare/content-models";
import { htmlText } from "@lifewelfare/content-models/escape";
import type { APIRoute } from "astro";
import { siteData } from "../lib/site-data.ts";
import { STATIC_PAGES } from "../lib/static-pages.ts";
import { absoluteUrl } from "../lib/urls.ts";

/** sitemap.xml: absolute URLs of every indexable page, including every published policy. */
export const GET: APIRoute = async ({ site }) => {
  const { policies } = await siteData();
  const entries: { path: string; lastmod?: string }[] = [
    ...STATIC_PAGES.map((path) => ({ path })),
    ...CHAPTERS.map((c) => ({ path: `stages/${c.value}/` })),
    ...INTEREST_TOPICS.map((t) => ({ path: `topics/${t.value}/` })),
    ...HOUSEHOLD_SITUATIONS.map((s) => ({ path: `situations/${s.value}/` })),
    ...policies.map((p) => ({ path: `policies/${p.slug}/`, lastmod: p.lastReviewedAt })),
  ];
  const body = entries
    .map((e) => {
      const lastmod = e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : "";
      return `<url><loc>${htmlText(absoluteUrl(site, e.path))}</loc>${lastmod}</url>`;
    })
    .join("\n");
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    { headers: { "Content-Type": "application/xml; charset=utf-8" } },
  );
};
