import { htmlText } from "@lifewelfare/content-models/escape";
import { pageRef } from "./page-ref.ts";

/**
 * One line of a TOC-like list: the linked title, a dotted leader and the page number of `target`.
 * `note` is small text after the title (e.g. the chapter of a related policy).
 */
export function leaderLine(target: string, title: string, note = ""): string {
  const noteHtml = note ? ` <span class="leader__note">${htmlText(note)}</span>` : "";
  return `<li class="leader"><a href="#${htmlText(target)}"><span class="leader__text">${htmlText(title)}${noteHtml}</span><span class="leader__fill" aria-hidden="true"></span>${pageRef(target)}</a></li>`;
}
