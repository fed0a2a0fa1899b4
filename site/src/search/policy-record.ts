import {
  CHAPTERS,
  type Department,
  formatAmount,
  LIFE_STAGES,
  type Policy,
  periodText,
  UI_WORDS,
} from "@lifewelfare/content-models";
import { htmlAttr, htmlText } from "@lifewelfare/content-models/escape";
import { plainText } from "@lifewelfare/content-models/plain-text";
import { label } from "../i18n/ko.ts";
import { dictionaryTerms, type TermGroup } from "./dictionary.ts";
import { expansionTerms } from "./korean-terms.ts";

/** Separates a record's readable text from its extra search terms; the search UI cuts excerpts here. */
export const TERMS_MARKER = "⁂";

/**
 * The search record of a policy as a small HTML document for Pagefind's `addHTMLFile`:
 * the page's readable text (title as h1, summary, 지원대상 … 문의처), then — after TERMS_MARKER —
 * the generic extra terms: word parts of that text (see korean-terms.ts) and the labels of the
 * policy's code lists (생애주기, 관심주제, 가구상황, 지원유형, 신청 경로, 부서), so a resident's word for
 * a category finds policies the city files under it; and the 검색어 사전 words of every group one of
 * whose words the policy's text holds (노인 for a policy written with 어르신). Filters use the
 * code-list values.
 */
export function policyRecordHtml(policy: Policy, department: Department | undefined, groups: TermGroup[] = []): string {
  const readable = [
    policy.summary,
    plainText(policy.targetAudience, { oneLine: true }),
    plainText(policy.selectionCriteria, { oneLine: true }),
    plainText(policy.benefits, { oneLine: true }),
    policy.amounts.map(formatAmount).join(" "),
    policy.applicationMethod.receivingOrganization ?? "",
    plainText(policy.applicationMethod.details, { oneLine: true }),
    periodText(policy),
    policy.requiredDocuments.join(" "),
    policy.contacts.map((c) => c.label).join(" "),
    policy.legalBasis.join(" "),
  ].filter(Boolean);
  const stageInfo = policy.lifeStages.map((v) => LIFE_STAGES.find((s) => s.value === v));
  const labels = [
    ...policy.lifeStages.map(label.stage),
    ...stageInfo.map((s) => s?.description ?? ""),
    label.chapter(policy.primaryChapter),
    CHAPTERS.find((c) => c.value === policy.primaryChapter)?.description ?? "",
    ...policy.householdSituations.map(label.situation),
    ...policy.interestTopics.map(label.topic),
    ...policy.supportTypes.map(label.supportType),
    ...policy.applicationMethod.channels.map(label.channel),
    label.status(policy.status.value),
    policy.isLocal ? UI_WORDS.local : "",
    department ? [department.organization, department.name, department.team].filter(Boolean).join(" ") : "",
  ].join(" ");
  const wordTerms = expansionTerms([policy.title, ...readable].join(" "));
  const labelTerms = expansionTerms(labels);
  const synonyms = dictionaryTerms([policy.title, ...readable, labels].join(" "), groups);
  const filters = [
    ...(policy.lifeStages.length ? policy.lifeStages : ["common"]).map((v) => `lifeStage:${v}`),
    ...policy.interestTopics.map((v) => `topic:${v}`),
    ...policy.householdSituations.map((v) => `situation:${v}`),
  ];
  return [
    `<html lang="ko"><body><main data-pagefind-body>`,
    `<h1 data-pagefind-meta="title">${htmlText(policy.title)}</h1>`,
    ...readable.map((text) => `<p>${htmlText(text)}</p>`),
    `<p>${TERMS_MARKER}</p>`,
    `<p>${htmlText(wordTerms.join(" "))}</p>`,
    `<p>${htmlText(synonyms.join(" "))}</p>`,
    `<p data-pagefind-weight="0.5">${htmlText(labels)} ${htmlText(labelTerms.join(" "))}</p>`,
    ...filters.map((f) => `<span data-pagefind-filter="${htmlAttr(f)}"></span>`),
    `</main></body></html>`,
  ].join("");
}
