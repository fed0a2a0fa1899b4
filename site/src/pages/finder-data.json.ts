import type { APIRoute } from "astro";
import { finderData } from "../lib/finder-data.ts";
import { siteData } from "../lib/site-data.ts";

/** finder-data.json: the 맞춤형 찾기 page's policies and their eligibility (`finderData`). */
export const GET: APIRoute = async () => {
  const { policies } = await siteData();
  return new Response(JSON.stringify(finderData(policies)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
