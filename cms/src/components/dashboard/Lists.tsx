import { MISSING, type MissingRow } from "../../dashboard/missing-info.ts";
import type { OverdueRow } from "../../dashboard/overdue.ts";
import type { EntryRef } from "../../dashboard/query.ts";
import type { PendingRow, ReturnedRow } from "../../dashboard/review-queue.ts";
import type { UpcomingRow } from "../../dashboard/upcoming.ts";
import { kstDay, kstDayTime } from "./format.ts";

/** The entry's title linked to its edit page, and what kind of entry it is. */
function Entry({ entry }: { entry: EntryRef }) {
  return (
    <>
      <a href={entry.href}>{entry.title}</a> <span className="work-dashboard__kind">{entry.kind}</span>
    </>
  );
}

/** A table with a caption (read by screen readers) and column headers. */
function Table({ caption, headers, children }: { caption: string; headers: string[]; children: React.ReactNode }) {
  return (
    <table className="work-dashboard__table">
      <caption className="work-dashboard__caption">{caption}</caption>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** 검토 대기 rows: entry, who asked, when (KST). */
export function PendingTable({ rows }: { rows: PendingRow[] }) {
  return (
    <Table caption="검토 대기 목록" headers={["항목", "요청한 사람", "요청 시각"]}>
      {rows.map((r) => (
        <tr key={`${r.collection}/${r.id}`}>
          <td>
            <Entry entry={r} />
          </td>
          <td>{r.requestedByName || "—"}</td>
          <td>{kstDayTime(r.requestedAt)}</td>
        </tr>
      ))}
    </Table>
  );
}

/** 반려됨 rows: entry, the reason, who returned it and when (KST). */
export function ReturnedTable({ rows }: { rows: ReturnedRow[] }) {
  return (
    <Table caption="반려된 내 항목" headers={["항목", "반려 사유", "반려한 사람", "반려 시각"]}>
      {rows.map((r) => (
        <tr key={`${r.collection}/${r.id}`}>
          <td>
            <Entry entry={r} />
          </td>
          <td className="work-dashboard__note">{r.returnComment || "—"}</td>
          <td>{r.returnedByName || "—"}</td>
          <td>{kstDayTime(r.returnedAt)}</td>
        </tr>
      ))}
    </Table>
  );
}

/** 검토 기한 지남 rows: policy and its last review day (KST). */
export function OverdueTable({ rows }: { rows: OverdueRow[] }) {
  return (
    <Table caption="검토 기한이 지난 정책" headers={["정책", "마지막 검토일"]}>
      {rows.map((r) => (
        <tr key={r.id}>
          <td>
            <a href={r.href}>{r.title}</a>
          </td>
          <td>{kstDay(r.lastReviewedAt)}</td>
        </tr>
      ))}
    </Table>
  );
}

/** 곧 바뀜 rows: policy, which date and the day (KST). */
export function UpcomingTable({ rows }: { rows: UpcomingRow[] }) {
  return (
    <Table caption="30일 안에 바뀌는 정책" headers={["정책", "바뀌는 것", "날짜"]}>
      {rows.map((r) => (
        <tr key={`${r.id}/${r.what}`}>
          <td>
            <a href={r.href}>{r.title}</a>
          </td>
          <td>{r.what}</td>
          <td>{kstDay(r.on)}</td>
        </tr>
      ))}
    </Table>
  );
}

/** 빠진 정보 rows: policy and what it lacks. */
export function MissingTable({ rows }: { rows: MissingRow[] }) {
  return (
    <Table caption="정보가 빠진 게시 정책" headers={["정책", "빠진 정보"]}>
      {rows.map((r) => (
        <tr key={r.id}>
          <td>
            <a href={r.href}>{r.title}</a>
          </td>
          <td>{r.missing.map((m) => MISSING[m]).join(", ")}</td>
        </tr>
      ))}
    </Table>
  );
}
