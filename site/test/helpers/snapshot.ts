import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { SnapshotInput } from "@lifewelfare/content-models";
import { makePolicy } from "@lifewelfare/content-models/testing";
import { tempDir } from "@lifewelfare/test-support/temp-dir";

/** The read API's files the open-data page links to. */
export const READ_API_LINKED_FILES = ["policies.json", "departments.json", "life-stages.json", "openapi.json"];

/** A policy whose text holds characters that must stay text: braces, a script tag, 〈개정〉 notes. */
export const HOSTILE_POLICY_ID = "hostile-text";
export function hostilePolicy(departmentId: string | undefined): SnapshotInput["policies"][number] {
  return makePolicy({
    id: HOSTILE_POLICY_ID,
    slug: "특수문자-검증-정책",
    title: "특수문자 검증 정책 {중괄호} </script><script>alert(2)</script>",
    summary: "요약에 <script>alert(1)</script> 와 {props} 가 있습니다.",
    targetAudience: "<p>{대상} &lt;script&gt;alert(1)&lt;/script&gt; &lt;개정 2024. 1. 1.&gt;</p>",
    benefits: "<p>지원 {금액} &lt;개정 2024. 1. 1.&gt;</p>",
    applicationMethod: { channels: ["visit"], details: "<p>{신청} 방법</p>" },
    requiredDocuments: ["<script>alert(1)</script> 신분증", "{서류} <개정 2024. 1. 1.>"],
    contacts: [{ label: "<b>문의</b> {부서}", phone: "061-797-2114" }],
    legalBasis: ["광양시 조례 <개정 2024. 1. 1.>"],
    ...(departmentId ? { departmentId } : {}),
  });
}

/**
 * Writes a snapshot folder (snapshot.json + open-data files) under a new temp dir and returns it.
 * The open-data and read API files are simple stand-ins: the site only copies them.
 */
export async function writeSnapshotDir(snapshot: SnapshotInput, dir?: string): Promise<string> {
  const target = dir ?? (await tempDir("lw-site-snapshot-"));
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
  // The read API files the open-data page links (the export writes them all: scripts' read-api.ts).
  await mkdir(join(target, "api", "v1"), { recursive: true });
  for (const file of READ_API_LINKED_FILES) await writeFile(join(target, "api", "v1", file), "{}\n");
  return target;
}
