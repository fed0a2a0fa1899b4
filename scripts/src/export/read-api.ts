import { mkdir, open } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type KstDate, LIFE_STAGES, type OpenDataPolicy, type Snapshot } from "@lifewelfare/content-models";
import { syncDir } from "@lifewelfare/content-models/atomic-file";
import {
  READ_API_DIR,
  READ_API_PAGE_SIZE,
  READ_API_VERSION,
  type ReadApiDepartmentList,
  type ReadApiLifeStageList,
  type ReadApiPolicyPage,
  type ReadApiPolicySummary,
  readApiOpenApiDocument,
  readApiPageFile,
  readApiPolicyFile,
} from "@lifewelfare/content-models/read-api";
import { toOpenDataPolicy } from "./open-data.ts";

/** A file of the read API: its path below `READ_API_DIR` and its JSON text. */
export type ReadApiFile = { path: string; json: string };

/** JSON text of `value`: every string escaped by `JSON.stringify`, one line, a final newline. */
const serialize = (value: unknown) => `${JSON.stringify(value)}\n`;

/**
 * The files of the static read API (content-models `read-api`) for a snapshot as residents see it
 * on `on` (the open data's `snapshotOn` view): the index in pages of `READ_API_PAGE_SIZE`
 * (`policies.json`, `policies-2.json` …, stable-id order), one `policies/<id>.json` per policy (the
 * open data's policy, `toOpenDataPolicy`), `departments.json`, `life-stages.json` and `openapi.json`.
 * Deterministic: the same snapshot and day give the same bytes.
 * @throws Error naming the id when a policy id cannot be a file name (`readApiPolicyFile`).
 */
export function readApiFiles(snapshot: Snapshot, siteUrl: (policyId: string) => string, on: KstDate): ReadApiFile[] {
  const { generatedAt, policies } = snapshot;
  const files: ReadApiFile[] = [];
  const totalPages = Math.max(1, Math.ceil(policies.length / READ_API_PAGE_SIZE));
  for (let page = 1; page <= totalPages; page += 1) {
    const items = policies
      .slice((page - 1) * READ_API_PAGE_SIZE, page * READ_API_PAGE_SIZE)
      .map((policy) => toSummary(toOpenDataPolicy(policy, siteUrl, on)));
    const document: ReadApiPolicyPage = {
      apiVersion: READ_API_VERSION,
      generatedAt,
      page,
      pageSize: READ_API_PAGE_SIZE,
      totalItems: policies.length,
      totalPages,
      next: page < totalPages ? readApiPageFile(page + 1) : null,
      prev: page > 1 ? readApiPageFile(page - 1) : null,
      items,
    };
    files.push({ path: readApiPageFile(page), json: serialize(document) });
  }
  for (const policy of policies) {
    files.push({ path: readApiPolicyFile(policy.id), json: serialize(toOpenDataPolicy(policy, siteUrl, on)) });
  }
  const departments: ReadApiDepartmentList = {
    apiVersion: READ_API_VERSION,
    generatedAt,
    items: snapshot.departments,
  };
  const lifeStages: ReadApiLifeStageList = {
    apiVersion: READ_API_VERSION,
    items: LIFE_STAGES.map((stage) => ({ ...stage })),
  };
  files.push({ path: "departments.json", json: serialize(departments) });
  files.push({ path: "life-stages.json", json: serialize(lifeStages) });
  files.push({ path: "openapi.json", json: `${JSON.stringify(readApiOpenApiDocument(), null, 2)}\n` });
  return files;
}

/** An index item: the essentials of a published policy and its detail file's address. */
function toSummary(policy: OpenDataPolicy): ReadApiPolicySummary {
  return {
    id: policy.id,
    title: policy.title,
    summary: policy.summary,
    lifeStages: policy.lifeStages,
    supportTypes: policy.supportTypes,
    interestTopics: policy.interestTopics,
    departmentId: policy.departmentId,
    status: policy.status,
    applicationState: policy.applicationState,
    gov24ServiceId: policy.gov24ServiceId,
    url: policy.url,
    publishedAt: policy.publishedAt,
    detailUrl: readApiPolicyFile(policy.id),
  };
}

/**
 * Writes the read API's files below `<dir>/api/v1/` of a snapshot version being built (a folder no
 * reader sees until it is renamed into place): each file flushed to disk (fsync), several at a
 * time, then the folders. At 400 policies that is ~410 files.
 */
export async function writeReadApi(dir: string, files: readonly ReadApiFile[]): Promise<void> {
  const root = join(dir, READ_API_DIR);
  const folders = [...new Set(files.map((file) => dirname(join(root, file.path))))];
  for (const folder of folders) await mkdir(folder, { recursive: true });
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i] as ReadApiFile;
      const handle = await open(join(root, file.path), "wx");
      try {
        await handle.writeFile(file.json);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  for (const folder of folders) await syncDir(folder);
}
