import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SnapshotInput } from "@lifewelfare/content-models";

const SHARED = createRequire(import.meta.url).resolve("@lifewelfare/content-models/fixtures/snapshot.json");

/** The shared fixture snapshot (content-models/test/fixtures/snapshot.json). */
export async function fixtureSnapshot(): Promise<SnapshotInput> {
  return JSON.parse(await readFile(SHARED, "utf8"));
}

/** A policy whose text holds characters that must stay text: braces, a script tag, 〈개정〉 notes. */
export const HOSTILE_POLICY_ID = "hostile-text";
export function hostilePolicy(departmentId: string | undefined): SnapshotInput["policies"][number] {
  return {
    id: HOSTILE_POLICY_ID,
    slug: "특수문자-검증-정책",
    title: "특수문자 검증 정책 {중괄호} </script><script>alert(2)</script>",
    summary: "요약에 <script>alert(1)</script> 와 {props} 가 있습니다.",
    lifeStages: ["youth"],
    primaryChapter: "youth",
    targetAudience: "<p>{대상} &lt;script&gt;alert(1)&lt;/script&gt; &lt;개정 2024. 1. 1.&gt;</p>",
    benefits: "<p>지원 {금액} &lt;개정 2024. 1. 1.&gt;</p>",
    applicationMethod: { channels: ["visit"], details: "<p>{신청} 방법</p>" },
    requiredDocuments: ["<script>alert(1)</script> 신분증", "{서류} <개정 2024. 1. 1.>"],
    contacts: [{ label: "<b>문의</b> {부서}", phone: "061-797-2114" }],
    legalBasis: ["광양시 조례 <개정 2024. 1. 1.>"],
    status: { value: "active" },
    sourceUrls: ["https://www.gwangyang.go.kr/"],
    lastReviewedAt: "2026-11-01",
    publishedAt: "2026-11-01T00:00:00Z",
    ...(departmentId ? { departmentId } : {}),
  };
}

/**
 * Writes a snapshot folder (snapshot.json + open-data files) under a new temp dir and returns it.
 * The open-data files are simple stand-ins: the site only copies them.
 */
export async function writeSnapshotDir(snapshot: SnapshotInput, dir?: string): Promise<string> {
  const target = dir ?? (await mkdtemp(join(tmpdir(), "lw-site-snapshot-")));
  await mkdir(target, { recursive: true });
  await writeFile(join(target, "snapshot.json"), JSON.stringify(snapshot, null, 1));
  await writeFile(
    join(target, "policies.json"),
    JSON.stringify(snapshot.policies.map((p) => ({ id: p.id, title: p.title }))),
  );
  await writeFile(
    join(target, "policies.csv"),
    `id,title\n${snapshot.policies.map((p) => `${p.id},"${p.title}"`).join("\n")}\n`,
  );
  await writeFile(join(target, "policies.schema.json"), JSON.stringify({ type: "object" }));
  await writeFile(join(target, "policies.xlsx"), "stand-in");
  return target;
}

/** A fresh temp dir for build output. */
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDirs(...dirs: (string | undefined)[]): Promise<void> {
  await Promise.all(dirs.filter(Boolean).map((d) => rm(d!, { recursive: true, force: true })));
}

export { cp };
