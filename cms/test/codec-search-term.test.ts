import { ContentValidationError } from "@lifewelfare/content-models";
import { describe, expect, it } from "vitest";
import { searchTermFromCms as fromCms, searchTermToCms as toCms } from "../src/codec/search-term.ts";

/** The 검색어 사전 codec: the domain entry ⇄ the `search-terms` document, both ways checked by the schema. */
describe("codec/search-term", () => {
  it("toCms then fromCms gives the normalised entry back (NFC, trimmed; empty 메모/출처 as null in the CMS)", () => {
    const data = toCms({ id: "baby", term: " 아기 ".normalize("NFD"), synonyms: ["애기", "영아"] });
    expect(data).toEqual({ stableId: "baby", term: "아기", synonyms: ["애기", "영아"], note: null, sourceUrl: null });
    expect(fromCms(data)).toEqual({ id: "baby", term: "아기", synonyms: ["애기", "영아"] });
    const full = {
      id: "senior",
      term: "어르신",
      synonyms: ["노인"],
      note: "메모",
      sourceUrl: "https://www.bokjiro.go.kr/",
    };
    expect(fromCms(toCms(full))).toEqual(full);
  });

  it("a stored entry that breaks the schema names the entry and the field (Korean)", () => {
    const bad = { stableId: "senior", term: "어르신", synonyms: [], note: null, sourceUrl: "javascript:alert(1)" };
    const error = (() => {
      try {
        fromCms(bad);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ContentValidationError);
    const issues = (error as ContentValidationError).issues.map((i) => [i.document, i.field]);
    expect(issues).toEqual([
      ["검색어 「어르신」 (senior)", "같은 뜻의 말"],
      ["검색어 「어르신」 (senior)", "출처"],
    ]);
  });
});
