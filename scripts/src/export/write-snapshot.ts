import { createHash, randomBytes } from "node:crypto";
import { copyFile, lstat, mkdir, readdir, readlink, rename, rm, symlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  type KstDate,
  parseContent,
  type Snapshot,
  type SnapshotInput,
  snapshotOn,
  snapshotSchema,
  todayKst,
} from "@lifewelfare/content-models";
import { syncDir, writeFileAtomic } from "@lifewelfare/content-models/atomic-file";
import { escapeRegExp, sweepLeftovers } from "../lib/leftovers.ts";
import { OPEN_DATA_SCHEMA_FILE, toOpenDataCsv, toOpenDataJson, toOpenDataSchema } from "./open-data.ts";
import { toOpenDataXlsx } from "./open-data-xlsx.ts";
import { readApiFiles, writeReadApi } from "./read-api.ts";

/** The only files a snapshot holds besides its JSON and open data: `media/<one plain file name>`. */
const SNAPSHOT_MEDIA_PATH = /^media\/(?!\.)[^/\\]+$/;

/** A file to place in the snapshot's folder: `path` relative to it, from a source file on disk. */
export type SnapshotFile = { path: string; source: string };

/**
 * Validates a snapshot and writes it atomically to `dir`: `snapshot.json`, its media files and the
 * open data (`policies.json`, `policies.schema.json`, `policies.csv`, `policies.xlsx`) and the
 * static read API (`api/v1/`, `readApiFiles`); a media file must be `media/<file name>`, else an error. `dir` is a symlink to a complete version in
 * `<dir>.versions/`: a new version is written in full there under a `building-<pid>-…` name,
 * renamed, and the link is replaced by renaming a new link over it, so `dir` always names a whole
 * snapshot (the old or the new) — through a failure, a crash or a full disk. Readers just read
 * `dir`. Leftovers of killed writers are swept at the start; the previous version is kept for
 * readers still in it (see `pruneVersions`).
 *
 * Deterministic: policies, departments, mascots and search terms are sorted by stable id, so the same content
 * gives the same bytes. `snapshot.json` keeps the stored statuses; the open-data files show the
 * statuses residents see on `today` (the build's KST date, default today in Korea: `snapshotOn`).
 * Returns the validated snapshot and the SHA-256 of `snapshot.json`.
 * @throws ContentValidationError naming the document and field when the snapshot is invalid.
 */
export async function writeSnapshot(options: {
  dir: string;
  snapshot: SnapshotInput;
  files: SnapshotFile[];
  siteUrl: (policyId: string) => string;
  today?: KstDate;
}): Promise<{ snapshot: Snapshot; sha256: string }> {
  const byId = <T extends { id: string }>(items: T[]) =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const input = {
    ...options.snapshot,
    departments: byId(options.snapshot.departments),
    mascots: byId(options.snapshot.mascots),
    policies: byId(options.snapshot.policies),
    searchTerms: byId(options.snapshot.searchTerms ?? []),
  };
  const snapshot = parseContent(snapshotSchema, input, "스냅숏(snapshot.json)");
  const json = `${JSON.stringify(snapshot, null, 2)}\n`;

  const sha256 = createHash("sha256").update(json).digest("hex");
  const versions = `${options.dir}.versions`;
  const stage = join(versions, `building-${process.pid}-${randomBytes(4).toString("hex")}`);
  await sweepSnapshotLeftovers(options.dir);
  await mkdir(stage, { recursive: true });
  try {
    await writeFileAtomic(join(stage, "snapshot.json"), json);
    for (const file of [...options.files].sort((a, b) => a.path.localeCompare(b.path))) {
      if (!SNAPSHOT_MEDIA_PATH.test(file.path)) {
        throw new Error(
          `Snapshot file path "${file.path}" is not media/<file name> (스냅숏 파일 경로가 올바르지 않습니다).`,
        );
      }
      const target = join(stage, file.path);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(file.source, target);
    }
    const on = options.today ?? todayKst();
    const shown = snapshotOn(snapshot, on);
    await writeFileAtomic(join(stage, "policies.json"), toOpenDataJson(shown, options.siteUrl, on));
    await writeFileAtomic(join(stage, OPEN_DATA_SCHEMA_FILE), toOpenDataSchema());
    await writeFileAtomic(join(stage, "policies.csv"), toOpenDataCsv(shown, options.siteUrl, on));
    await writeFileAtomic(join(stage, "policies.xlsx"), await toOpenDataXlsx(shown, options.siteUrl, on));
    await writeReadApi(stage, readApiFiles(shown, options.siteUrl, on));
    const version = `${sha256.slice(0, 12)}-${Date.now().toString(36)}-${process.pid}`;
    await rename(stage, join(versions, version));
    await switchLink(options.dir, join(basename(versions), version));
  } catch (error) {
    await rm(stage, { recursive: true, force: true });
    throw error;
  }
  await pruneVersions(options.dir);
  return { snapshot, sha256 };
}

/**
 * Points the symlink `dir` at `target` (relative to `dir`'s folder) by renaming a new link over
 * it. A `dir` that is still a real folder (written before snapshots were versioned) is moved into
 * `<dir>.versions/` first, and moved back if the link cannot take its place.
 */
async function switchLink(dir: string, target: string): Promise<void> {
  const link = `${dir}.link-${process.pid}`;
  await rm(link, { force: true });
  await symlink(target, link);
  const existing = await lstat(dir).catch(() => null);
  if (existing?.isDirectory()) {
    const legacy = join(`${dir}.versions`, `legacy-${Date.now().toString(36)}`);
    await rename(dir, legacy);
    try {
      await rename(link, dir);
    } catch (error) {
      await rename(legacy, dir);
      await rm(link, { force: true });
      throw error;
    }
  } else {
    await rename(link, dir);
  }
  await syncDir(dirname(dir));
}

/**
 * Removes what killed writers left: `building-<pid>-…` versions and `<dir>.link-<pid>` links of
 * dead pids, and the `<dir>.tmp-<pid>` / `<dir>.old-<pid>` folders of the earlier swap.
 */
async function sweepSnapshotLeftovers(dir: string): Promise<void> {
  await sweepLeftovers(`${dir}.versions`, /^building-(\d+)-/);
  const name = escapeRegExp(basename(dir));
  await sweepLeftovers(dirname(dir), new RegExp(`^${name}\\.(?:tmp|old|link)-(\\d+)$`));
}

/**
 * Deletes the versions in `<dir>.versions/` but the live one and the newest other one (a build
 * that started before the switch may still be reading it); `building-…` folders are left to
 * `sweepSnapshotLeftovers`.
 */
async function pruneVersions(dir: string): Promise<void> {
  const versions = `${dir}.versions`;
  const live = basename(await readlink(dir));
  const others = (await readdir(versions))
    .filter((name) => name !== live && !name.startsWith("building-"))
    .sort((a, b) => versionTime(b) - versionTime(a));
  for (const old of others.slice(1)) await rm(join(versions, old), { recursive: true, force: true });
}

/** The creation time (ms) in a version's name `<sha12>-<base36 ms>-<pid>`; 0 for a legacy folder. */
const versionTime = (name: string) => Number.parseInt(name.split("-")[1] ?? "0", 36) || 0;
