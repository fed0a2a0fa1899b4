import { FIELD_LABELS, telHref } from "@lifewelfare/content-models";
import { htmlText } from "@lifewelfare/content-models/escape";
import type { Book } from "../book.ts";
import { MATTER } from "./front-matter.ts";

/** 부서 연락처: every department in directory order with its 업무, phone number and location. */
export function directoryHtml(book: Book): string {
  const rows = book.departments
    .map((d) => {
      const org = [d.organization, d.name, d.team].filter(Boolean).join(" ");
      const phone = d.phone ? `<a class="phone" href="${telHref(d.phone)}">${htmlText(d.phone)}</a>` : "";
      return `<tr><th scope="row">${htmlText(org)}</th><td>${htmlText(d.description ?? "")}</td><td class="directory__phone">${phone}</td><td>${htmlText(d.location ?? "")}</td></tr>`;
    })
    .join("");
  return `<section class="matter matter--directory">
<h1 class="matter__title" id="${MATTER.directory}">부서 연락처</h1>
<p class="matter__lead">정책을 맡은 부서와 전화번호입니다. 어디에 물어야 할지 모를 때는 대표 전화 <a class="phone" href="${telHref(book.guidebook.mainPhone)}">${htmlText(book.guidebook.mainPhone)}</a>로 문의하세요.</p>
<table class="directory">
<thead><tr><th scope="col">${htmlText(FIELD_LABELS.departmentId)}</th><th scope="col">업무</th><th scope="col">${htmlText(FIELD_LABELS.phone)}</th><th scope="col">${htmlText(FIELD_LABELS.location)}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</section>`;
}
