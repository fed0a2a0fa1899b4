import { AMOUNT_PERIODS, type AmountPeriod } from "../code-lists/application.ts";
import type { Amount } from "../policy.ts";
import { codeEntry } from "../present/code-label.ts";

const digits = new Intl.NumberFormat("ko-KR");

/**
 * KRW the Korean way, in 만/억 units: 300000 → "30만 원", 1500000 → "150만 원",
 * 120000000 → "1억 2,000만 원", 12345 → "1만 2,345원", 2000 → "2,000원".
 * With `{ digits: true }`: 1500000 → "1,500,000원".
 * @throws RangeError for a negative or non-integer amount.
 */
export function formatKrw(amountKrw: number, options: { digits?: boolean } = {}): string {
  if (!Number.isInteger(amountKrw) || amountKrw < 0) throw new RangeError(`Invalid KRW amount: ${amountKrw}`);
  if (options.digits || amountKrw < 10_000) return `${digits.format(amountKrw)}원`;
  const eok = Math.floor(amountKrw / 100_000_000);
  const man = Math.floor((amountKrw % 100_000_000) / 10_000);
  const won = amountKrw % 10_000;
  const parts = [eok ? `${digits.format(eok)}억` : "", man ? `${digits.format(man)}만` : ""].filter(Boolean);
  if (won) return `${parts.join(" ")} ${digits.format(won)}원`;
  return `${parts.join(" ")} 원`;
}

/** The unit of `maxCount` for each payment period: "최대 3개월", "최대 2년", "최대 10시간", "최대 5회". */
const COUNT_UNITS: Record<AmountPeriod, string> = {
  once: "회",
  month: "개월",
  year: "년",
  case: "회",
  hour: "시간",
  day: "일",
};

/**
 * One structured amount in words, in KRW via `formatKrw`: "월 30만 원 (최대 3개월, 총 90만 원 한도)",
 * "최대 300만 원", "월 최대 20만 원", "시간당 2,000원", "수도권 진료: 건당 10만 원 (총 50만 원 한도)".
 * The period comes first, then "최대" when `upTo`; `maxCount` is counted in the period's unit
 * (개월, 년, 일, 시간, else 회); `label` prefixes the case.
 * @throws RangeError when an amount is not a non-negative integer.
 */
export function formatAmount(amount: Amount): string {
  const period = codeEntry(AMOUNT_PERIODS, amount.period);
  const main = `${period?.prefix ?? ""}${amount.upTo ? "최대 " : ""}${formatKrw(amount.amountKrw)}`;
  const limits: string[] = [];
  if (amount.maxCount) limits.push(`최대 ${amount.maxCount}${COUNT_UNITS[amount.period]}`);
  if (amount.maxTotalKrw) limits.push(`총 ${formatKrw(amount.maxTotalKrw)} 한도`);
  const text = limits.length ? `${main} (${limits.join(", ")})` : main;
  return amount.label ? `${amount.label}: ${text}` : text;
}
