import { formatKstDate, toKstDate } from "@lifewelfare/content-models";

const kstTime = new Intl.DateTimeFormat("ko-KR", {
  timeZone: "Asia/Seoul",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An instant or `YYYY-MM-DD` as its KST day (`2026. 11. 20.`); "—" when missing or not a date. */
export function kstDay(value: string | null | undefined): string {
  if (!value || Number.isNaN(Date.parse(value))) return "—";
  return formatKstDate(/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : toKstDate(value));
}

/** An instant as KST day and time (`2026. 11. 20. 10:00`); "—" when missing or not a date. */
export function kstDayTime(value: string | null | undefined): string {
  if (!value || Number.isNaN(Date.parse(value))) return "—";
  return `${kstDay(value)} ${kstTime.format(new Date(value))}`;
}

/** The query string of the dashboard with the page of list `key` set to `page` (other lists keep theirs). */
export function pageHref(searchParams: Record<string, unknown>, key: string, page: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams))
    if (name !== key && typeof value === "string") params.set(name, value);
  if (page > 1) params.set(key, String(page));
  const query = params.toString();
  return `${query ? `?${query}` : "?"}#${key}`;
}
