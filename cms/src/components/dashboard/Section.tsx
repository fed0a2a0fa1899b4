import type { ReactNode } from "react";
import type { Paged } from "../../dashboard/query.ts";
import { pageHref } from "./format.ts";

/**
 * One list of the work dashboard: a titled region (`id` = the list's page parameter, so a pager
 * link returns to it), a short description, the total, the rows (`children`, or `empty` when
 * there are none) and a pager (이전/다음 with the page number) when the list has more than a page.
 */
export function Section(props: {
  id: string;
  title: string;
  description: string;
  list: Pick<Paged<unknown>, "total" | "page" | "totalPages">;
  searchParams: Record<string, unknown>;
  empty: string;
  children: ReactNode;
}) {
  const { id, title, description, list, searchParams, empty, children } = props;
  return (
    <section className="work-dashboard__section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} <span className="work-dashboard__count">{list.total}건</span>
      </h2>
      <p className="work-dashboard__description">{description}</p>
      {list.total === 0 ? <p>{empty}</p> : children}
      {list.totalPages > 1 && (
        <nav className="work-dashboard__pager" aria-label={`${title} 쪽 이동`}>
          {list.page > 1 ? <a href={pageHref(searchParams, id, list.page - 1)}>이전</a> : <span>이전</span>}
          <span aria-current="page">
            {list.page} / {list.totalPages}쪽
          </span>
          {list.page < list.totalPages ? (
            <a href={pageHref(searchParams, id, list.page + 1)}>다음</a>
          ) : (
            <span>다음</span>
          )}
        </nav>
      )}
    </section>
  );
}
