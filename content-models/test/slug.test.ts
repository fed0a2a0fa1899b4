import { describe, expect, it } from "vitest";
import { newStableId, STABLE_ID_PATTERN, slugify, uniqueSlug } from "../src/index.ts";

describe("slugify", () => {
  it("keeps Hangul, Latin letters and digits; everything else becomes one hyphen", () => {
    expect(slugify("65세 이상 어르신 시내버스 무료(교통카드)")).toBe("65세-이상-어르신-시내버스-무료-교통카드");
    expect(slugify("작은결혼식(스몰웨딩) 지원")).toBe("작은결혼식-스몰웨딩-지원");
    expect(slugify("24시 열린어린이집")).toBe("24시-열린어린이집");
    expect(slugify("결혼이민자 TOPIK 응시료")).toBe("결혼이민자-topik-응시료");
    expect(slugify("  힘내라! 청년 도서구입비 지원  ")).toBe("힘내라-청년-도서구입비-지원");
    expect(slugify("초·중·고등학생 100원 시내버스")).toBe("초-중-고등학생-100원-시내버스");
  });

  it("is deterministic and NFC first: NFD and NFC titles give the same slug", () => {
    const title = "임신축하금 지원";
    expect(slugify(title.normalize("NFD"))).toBe(slugify(title));
    expect(slugify(title)).toBe(slugify(title));
    expect(slugify(title.normalize("NFD"))).toBe("임신축하금-지원");
  });

  it("is never empty", () => {
    expect(slugify("")).toBe("policy");
    expect(slugify("!!! ···")).toBe("policy");
    expect(slugify("★", "g-senior-bus")).toBe("g-senior-bus");
  });

  it("is at most 80 characters and never ends with a hyphen", () => {
    const slug = slugify(`${"가".repeat(79)} 나다라`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toBe("가".repeat(79));
  });
});

describe("uniqueSlug", () => {
  it("uses the plain slug when free, else suffixes the stable id", () => {
    expect(uniqueSlug("임신축하금", "g-pregnancy-gift", new Set())).toBe("임신축하금");
    expect(uniqueSlug("임신축하금", "g-pregnancy-gift", new Set(["임신축하금"]))).toBe("임신축하금-g-pregnancy-gift");
  });

  it("two policies with the same title get different slugs", () => {
    const taken = new Set<string>();
    const a = uniqueSlug("시민안전보험", "aaa1", taken);
    taken.add(a);
    const b = uniqueSlug("시민안전보험", "bbb2", taken);
    expect(a).not.toBe(b);
  });
});

describe("stable ids", () => {
  it("newStableId matches STABLE_ID_PATTERN and never starts with a digit", () => {
    for (const value of [0, 0.5, 0.99]) {
      const id = newStableId(() => value);
      expect(id).toMatch(STABLE_ID_PATTERN);
      expect(id).toHaveLength(8);
      expect(id).toMatch(/^[a-z]/);
    }
  });

  it("is deterministic with an injected random source", () => {
    let i = 0;
    const seq = () => [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8][i++ % 8]!;
    const first = newStableId(seq);
    i = 0;
    expect(newStableId(seq)).toBe(first);
  });

  it("STABLE_ID_PATTERN accepts fixture ids and refuses bad ones", () => {
    for (const id of ["g-senior-bus", "birth-health", "p1234567"]) expect(id).toMatch(STABLE_ID_PATTERN);
    for (const id of ["ab", "G-SENIOR", "-abc", "정책1", "a".repeat(33), "g senior"])
      expect(id).not.toMatch(STABLE_ID_PATTERN);
  });
});
