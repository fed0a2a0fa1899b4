import { describe, expect, it } from "vitest";
import {
  APPLICATION_PERIOD_KINDS,
  codeEntry,
  codeLabel,
  labeller,
  type Policy,
  periodText,
  policyMarks,
  STATUS_WORDS,
  SUPPORT_TYPES,
  statusLine,
  statusNotice,
} from "../src/index.ts";

type Input = Pick<Policy, "status" | "applicationPeriod" | "needsVerification" | "isNew" | "isLocal">;
const policy = (overrides: Partial<Input> = {}): Input => ({
  status: { value: "active" },
  applicationPeriod: { kind: "always" },
  needsVerification: false,
  isNew: false,
  isLocal: false,
  ...overrides,
});
const ON = "2026-03-15";

describe("codeLabel / labeller / codeEntry", () => {
  it("gives the Korean label of a value, and the value itself when the list lacks it", () => {
    expect(codeLabel(SUPPORT_TYPES, "cash")).toBe("현금");
    expect(codeLabel(SUPPORT_TYPES, "gift")).toBe("gift");
    expect(["voucher", "nope"].map(labeller(SUPPORT_TYPES))).toEqual(["이용권·바우처", "nope"]);
    expect(codeEntry(APPLICATION_PERIOD_KINDS, "fixed")?.label).toBe("정해진 기간");
    expect(codeEntry(APPLICATION_PERIOD_KINDS, "later")).toBeUndefined();
  });
});

describe("periodText (신청기한 in words)", () => {
  it.each([
    [{ kind: "always" }, "연중 상시"],
    [{ kind: "fixed", startDate: "2026-01-01", endDate: "2026-03-31" }, "정해진 기간 · 2026. 1. 1. ~ 2026. 3. 31."],
    [
      { kind: "fixed", endDate: "2026-03-31", description: "예산 소진 시 마감" },
      "정해진 기간 · ~ 2026. 3. 31. · 예산 소진 시 마감",
    ],
    [{ kind: "fixed", startDate: "2026-01-01" }, "정해진 기간 · 2026. 1. 1. ~"],
    [{ kind: "after-event", description: "출생일로부터 1년 이내" }, "사유 발생 후 기한 내 · 출생일로부터 1년 이내"],
    [{ kind: "none" }, "신청 불필요"],
  ] as const)("%j → %s", (applicationPeriod, text) => {
    expect(periodText(policy({ applicationPeriod }))).toBe(text);
  });

  it("with a date, adds the 신청 상태 that the dates decide on that day", () => {
    const fixed = policy({ applicationPeriod: { kind: "fixed", startDate: "2026-03-01", endDate: "2026-03-10" } });
    expect(periodText(fixed, "2026-02-28")).toBe("정해진 기간 · 2026. 3. 1. ~ 2026. 3. 10. · 신청 예정");
    expect(periodText(fixed, "2026-03-10")).toBe("정해진 기간 · 2026. 3. 1. ~ 2026. 3. 10. · 신청 중");
    expect(periodText(fixed, "2026-03-11")).toBe("정해진 기간 · 2026. 3. 1. ~ 2026. 3. 10. · 신청 마감");
    expect(periodText(policy({ applicationPeriod: { kind: "none" } }), ON)).toBe("신청 불필요");
  });
});

describe("statusLine and statusNotice", () => {
  it.each([
    [{ value: "scheduled", effectiveFrom: "2027-03-01" }, "시행예정 2027. 3. 1."],
    [{ value: "scheduled" }, "시행예정"],
    [{ value: "ended", effectiveUntil: "2026-02-28" }, "종료 2026. 2. 28."],
    [{ value: "active", effectiveUntil: "2026-12-31" }, "시행중 · 2026. 12. 31.까지"],
    [{ value: "active" }, "시행중"],
    [{ value: "suspended" }, "중단"],
    [{ value: "preview" }, "사전공개"],
    [{ value: "consulting" }, "협의 중"],
  ] as const)("%j on 2026-03-15 → %s", (status, line) => {
    expect(statusLine(policy({ status }), ON)).toBe(line);
  });

  it("derives the status for the day: a stale 시행예정 reads 시행중, a passed end date 종료", () => {
    expect(statusLine(policy({ status: { value: "scheduled", effectiveFrom: "2026-03-01" } }), ON)).toBe("시행중");
    expect(statusLine(policy({ status: { value: "active", effectiveUntil: "2026-03-14" } }), ON)).toBe(
      "종료 2026. 3. 14.",
    );
  });

  it("a plain 시행중 has no notice; 종료 and 중단 say what it means, the note follows", () => {
    expect(statusNotice(policy(), ON)).toBeUndefined();
    expect(
      statusNotice(policy({ status: { value: "ended", effectiveUntil: "2026-02-28", note: "2027년 재개 검토" } }), ON),
    ).toEqual({
      tone: "ended",
      lines: ["종료 2026. 2. 28.", STATUS_WORDS.endedNote, "2027년 재개 검토"],
    });
    expect(statusNotice(policy({ status: { value: "suspended" } }), ON)).toEqual({
      tone: "ended",
      lines: ["중단", STATUS_WORDS.suspendedNote],
    });
    expect(statusNotice(policy({ status: { value: "active", note: "3월부터 확대" } }), ON)).toEqual({
      tone: "warning",
      lines: ["시행중", "3월부터 확대"],
    });
  });
});

describe("policyMarks", () => {
  const words = (input: Input, on = ON) => policyMarks(input, on).map((m) => `${m.kind}/${m.tone}/${m.text}`);

  it("a plain 시행중 policy has no marks", () => {
    expect(words(policy())).toEqual([]);
  });
  it("orders status, 신청 상태, 확인 중, 신규, 광양형, each with its kind and tone", () => {
    const all = policy({
      status: { value: "scheduled", effectiveFrom: "2027-03-01" },
      needsVerification: true,
      isNew: true,
      isLocal: true,
    });
    expect(words(all)).toEqual([
      "scheduled/warning/시행예정 2027. 3. 1.",
      "scheduled/secondary/신청 예정",
      "verifying/warning/확인 중",
      "new/primary/신규",
      "local/secondary/광양형",
    ]);
  });
  it("a passed 신청기한 is 신청 마감, but 종료 alone says it for an ended policy", () => {
    const closed = { kind: "fixed", startDate: "2026-01-01", endDate: "2026-02-27" } as const;
    expect(words(policy({ applicationPeriod: closed }))).toEqual(["stopped/danger/신청 마감"]);
    expect(words(policy({ status: { value: "ended", effectiveUntil: "2026-02-28" } }))).toEqual([
      "stopped/danger/종료 2026. 2. 28.",
    ]);
  });
  it("중단 is stopped, 사전공개 and 협의 중 are pending", () => {
    expect(words(policy({ status: { value: "suspended" }, applicationPeriod: { kind: "none" } }))).toEqual([
      "stopped/danger/중단",
    ]);
    expect(words(policy({ status: { value: "consulting" }, applicationPeriod: { kind: "none" } }))).toEqual([
      "pending/warning/협의 중",
    ]);
  });
});
