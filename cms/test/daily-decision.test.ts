import { describe, expect, it } from "vitest";
import { type DatedPolicy, decideDailyRebuild, lastBuiltOn } from "../src/rebuild/daily.ts";

const deadline: DatedPolicy = {
  title: "마감 있는 정책",
  status: { value: "active" },
  applicationPeriod: { kind: "fixed", startDate: "2026-03-02", endDate: "2026-03-31" },
};

describe("decideDailyRebuild", () => {
  it("does not rebuild on the deadline day, and rebuilds the day after it (신청 마감)", () => {
    expect(decideDailyRebuild([deadline], "2026-03-30", "2026-03-31").rebuild).toBe(false);
    const after = decideDailyRebuild([deadline], "2026-03-31", "2026-04-01");
    expect(after.rebuild).toBe(true);
    expect(after.changed).toEqual(["「마감 있는 정책」 시행중·신청 중 → 시행중·신청 마감"]);
  });

  it("catches up on a change missed while no build ran", () => {
    expect(decideDailyRebuild([deadline], "2026-02-01", "2026-03-10").rebuild).toBe(true);
  });
});

describe("lastBuiltOn", () => {
  it("takes the KST day a successful run started, not the day it finished after midnight", () => {
    const history = [
      { state: "succeeded", at: "2026-02-28T15:03:00Z" }, // 00:03 KST on 2026-03-01
      { state: "running", at: "2026-02-28T14:58:00Z" }, // 23:58 KST on 2026-02-28
      { state: "failed", at: "2026-02-27T01:00:00Z" },
    ];
    expect(lastBuiltOn(history)).toBe("2026-02-28");
  });

  it("is null when no run ever succeeded", () => {
    expect(lastBuiltOn([{ state: "failed", at: "2026-02-27T01:00:00Z" }])).toBeNull();
  });
});
