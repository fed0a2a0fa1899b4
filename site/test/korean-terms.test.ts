import { describe, expect, test } from "vitest";
import { excerpt, readablePart } from "../src/search/excerpt.ts";
import { expansionTerms, queryTerms, stripParticle } from "../src/search/korean-terms.ts";
import { TERMS_MARKER } from "../src/search/policy-record.ts";

describe("Korean search terms", () => {
  test("strips particles but keeps two-syllable stems", () => {
    expect(["어르신에게", "임신을", "버스를", "고등학생에게서", "부모", "광양시의"].map(stripParticle)).toEqual([
      "어르신",
      "임신",
      "버스",
      "고등학생",
      "부모",
      "광양시",
    ]);
  });

  test("adds compound tails, stems and joined spaced compounds", () => {
    const terms = expansionTerms("어르신은 시내버스를 무료로 탑니다. 육아 휴직 장려금");
    expect(terms).toEqual(expect.arrayContaining(["시내버스", "내버스", "버스", "어르신", "육아휴직", "휴직장려금"]));
    expect(terms).not.toContain("시내버스를");
  });

  test("turns a query into particle-free words", () => {
    expect(queryTerms("어르신에게 버스를")).toEqual(["어르신", "버스"]);
  });
});

describe("search excerpts", () => {
  test("never show the extra index terms", () => {
    expect(readablePart(`무료로 탑니다. ${TERMS_MARKER} 내버스 버스`)).toBe("무료로 탑니다.");
  });

  test("mark matches inside words", () => {
    const parts = excerpt("어르신은 시내버스를 무료로 탑니다.", ["버스"]);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(["버스"]);
    expect(parts.map((p) => p.text).join("")).toBe("어르신은 시내버스를 무료로 탑니다.");
  });
});
