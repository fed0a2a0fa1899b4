import { searchTermSchema } from "@lifewelfare/content-models";
import type { PayloadRequest, Validate } from "payload";
import { text } from "payload/shared";
import { label } from "./label.ts";
import { ruleMessage } from "./rules.ts";

/**
 * The rules that keep the 검색어 사전 unambiguous: every word (대표어 or 같은 뜻의 말) belongs to one
 * entry only, and an entry names each word once. Words are compared by `wordKey`, so "기초 수급",
 * "기초수급" and an NFD "기초수급" count as the same word. Other entries are read from their live
 * (main) documents, drafts included. A clash is refused whenever the entry is validated — on
 * publish, and on any save not made as a draft (`draft=true` saves, as the admin's, skip validation
 * like everywhere in the CMS); the database's unique index on 대표어 refuses a clashing 대표어 even
 * in a draft (a 400 naming `term`).
 */

/** The comparison key of a word: NFC, spaces removed, Latin letters in lower case. */
export function wordKey(word: string): string {
  return word.normalize("NFC").replace(/\s+/g, "").toLowerCase();
}

type Entry = { id: number | string; term?: string | null; synonyms?: string[] | null };
type Options = { id?: number | string; req: PayloadRequest; data?: Partial<Entry> };

/** The other entries, keyed by each of their words. */
async function wordsOfOtherEntries(req: PayloadRequest, id: number | string | undefined): Promise<Map<string, string>> {
  const { docs } = await req.payload.find({
    collection: "search-terms",
    where: id === undefined ? {} : { id: { not_equals: id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { term: true, synonyms: true },
    req,
  });
  const owners = new Map<string, string>();
  for (const entry of docs as Entry[]) {
    for (const word of [entry.term ?? "", ...(entry.synonyms ?? [])])
      if (word) owners.set(wordKey(word), entry.term ?? "");
  }
  return owners;
}

const taken = (field: string, word: string, owner: string) =>
  `${field} 「${word}」: 이미 검색어 「${owner}」에 들어 있습니다. 한 낱말은 한 검색어에만 넣을 수 있습니다.`;

/**
 * Validator of 대표어: Payload's text rules, content-models `searchTermSchema.shape.term`, and no
 * other entry may use the word (as 대표어 or 같은 뜻의 말).
 */
export const validateTerm: Validate<string> = async (value, options) => {
  const base = await text(value, options as never);
  if (base !== true) return base;
  const rule = ruleMessage(searchTermSchema.shape.term, value ?? "");
  if (rule !== true) return `${label("term")}: ${rule}`;
  const { id, req } = options as unknown as Options;
  const owner = (await wordsOfOtherEntries(req, id)).get(wordKey(value as string));
  return owner === undefined ? true : taken(label("term"), value as string, owner);
};

/**
 * Validator of 같은 뜻의 말: `searchTermSchema.shape.synonyms` (at least one, each ≤ 40
 * characters), no word twice or equal to the 대표어, and none used by another entry.
 */
export const validateSynonyms: Validate<string[]> = async (value, options) => {
  const words = Array.isArray(value) ? value : [];
  const rule = ruleMessage(searchTermSchema.shape.synonyms, words);
  if (rule !== true) return `${label("synonyms")}: ${rule}`;
  const { id, req, data } = options as unknown as Options;
  const seen = new Set([wordKey(data?.term ?? "")]);
  for (const word of words) {
    if (seen.has(wordKey(word)))
      return `${label("synonyms")} 「${word}」: ${label("term")}나 다른 ${label("synonyms")}과 겹칩니다. 한 번만 넣어 주세요.`;
    seen.add(wordKey(word));
  }
  const owners = await wordsOfOtherEntries(req, id);
  const clash = words.find((word) => owners.has(wordKey(word)));
  return clash === undefined ? true : taken(label("synonyms"), clash, owners.get(wordKey(clash)) as string);
};
