import type { Policy } from "@lifewelfare/content-models";
import { htmlText } from "@lifewelfare/content-models/escape";
import type { Book } from "../book.ts";
import { MATTER } from "./front-matter.ts";
import { leaderLine } from "./leaders.ts";
import { policyAnchor } from "./page-ref.ts";

const CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
/** Tense consonants are filed under their plain consonant, as Korean indexes do. */
const PLAIN: Record<string, string> = { ㄲ: "ㄱ", ㄸ: "ㄷ", ㅃ: "ㅂ", ㅆ: "ㅅ", ㅉ: "ㅈ" };

/** The index group of a title: its first syllable's initial consonant (ㄱ…ㅎ), else "A–Z·0–9". */
export function indexGroup(title: string): string {
  const code = title.codePointAt(0) ?? 0;
  if (code >= 0xac00 && code <= 0xd7a3) {
    const initial = CHOSEONG[Math.floor((code - 0xac00) / 588)] ?? "";
    return PLAIN[initial] ?? initial;
  }
  if (code >= 0x3131 && code <= 0x314e) return PLAIN[title[0] ?? ""] ?? title[0] ?? "";
  return "A–Z·0–9";
}

/** 찾아보기: every policy in 가나다 order (`book.index`), grouped by initial consonant, with page numbers. */
export function indexHtml(book: Book): string {
  const groups: { name: string; policies: Policy[] }[] = [];
  for (const policy of book.index) {
    const name = indexGroup(policy.title);
    const last = groups.at(-1);
    if (last?.name === name) last.policies.push(policy);
    else groups.push({ name, policies: [policy] });
  }
  const body = groups
    .map(
      (g) =>
        `<div class="index__group"><p class="index__letter">${htmlText(g.name)}</p><ol class="leaders">${g.policies
          .map((p) => leaderLine(policyAnchor(p.id), p.title, book.chapterOf.get(p.id)?.label ?? ""))
          .join("")}</ol></div>`,
    )
    .join("");
  return `<section class="matter matter--index">
<h1 class="matter__title" id="${MATTER.index}">찾아보기</h1>
<p class="matter__lead">모든 정책을 가나다 순서로 실었습니다. 정책 이름 옆은 실린 장입니다.</p>
<div class="index">${body}</div>
</section>`;
}
