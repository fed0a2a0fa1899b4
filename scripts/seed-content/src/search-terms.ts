import type { SearchTermInput } from "@lifewelfare/content-models";
import { CARE_TERMS } from "./search-terms/care.ts";
import { LIVING_TERMS } from "./search-terms/living.ts";
import { MONEY_HEALTH_TERMS } from "./search-terms/money-health.ts";
import { PEOPLE_TERMS } from "./search-terms/people.ts";

/**
 * The seeded 검색어 사전: welfare vocabulary as residents type it (everyday words, abbreviations,
 * slang), mapped to the words the policies use. Curated from 복지로 service names and 공공서비스(혜택)
 * vocabulary; each entry keeps the page it was taken from in `sourceUrl` (search-terms/sources.ts).
 * Split by theme: people, care, money and health, living. Staff extend it in the CMS (검색어 사전).
 */
export const SEARCH_TERMS: SearchTermInput[] = [...PEOPLE_TERMS, ...CARE_TERMS, ...MONEY_HEALTH_TERMS, ...LIVING_TERMS];
