import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "@lifewelfare/content-models/atomic-file";
import type { AnchorPages } from "./page-numbers.ts";

/**
 * Bumped when a change of the print code alters the print of an unchanged part, or when the entry
 * format changes (2: a print's `.pages.json` records its file's size and SHA-256; 3: a print is
 * kept converted for the join, join/fragment.ts, as `<print key>.frag`).
 */
const CACHE_VERSION = "3";

/** What a part's print really holds: its page count and the page (1-based, in the part) of each anchor. */
export type PartPages = { pages: AnchorPages; pageCount: number };

/** A `.pages.json` entry; a print's also names its fragment file's size (bytes) and SHA-256 (hex). */
type Stored = { pageCount: number; pages: [string, number][]; fragment?: { bytes: number; sha256: string } };

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * The parts printed by earlier builds, kept in a folder so that a rebuild after a small edit
 * prints only the parts that changed (the publish loop):
 * - `<content key>.pages.json`: a part's real page count and anchor pages, by the key of its
 *   HTML (with the bytes of every local file it loads: images, fonts) and the Chromium version;
 *   it replaces the on-screen layout pass and is exact;
 * - `<print key>.frag` (+ `.pages.json`): a print of that HTML as part `id` with a given folio
 *   offset and page numbers filled in, converted for the join (join/fragment.ts); reused as is
 *   when nothing of that changed, so neither printed nor converted again.
 * Entries not used by the last successful build are deleted by `prune`.
 *
 * Crash safety: every file is written under a temporary name, flushed and renamed
 * (`@lifewelfare/content-models/atomic-file`), the print first and its `.pages.json` last, so an entry exists only once its
 * print is whole; a reused print is checked against the size and SHA-256 its entry records, and a
 * mismatch or a missing file counts as a miss (the part is printed again, and the log says why).
 */
export class PartCache {
  private readonly used = new Set<string>();
  private readonly fileHashes = new Map<string, Promise<string>>();

  /**
   * @param dir Cache folder (created on first write).
   * @param salt What else decides a print: the Chromium version.
   * @param log Where a damaged entry is reported (Korean); default: nowhere.
   */
  constructor(
    private readonly dir: string,
    private readonly salt: string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** The content key of a part's HTML: its text, the bytes of the local files it loads, the salt. */
  async contentKey(html: string): Promise<string> {
    const files = [...new Set([...html.matchAll(/(?:src="|url\(")(file:\/\/[^"]+)"/g)].map((m) => m[1] as string))];
    const hashes = await Promise.all(files.sort().map((url) => this.fileHash(url)));
    return sha256(`${CACHE_VERSION}\n${this.salt}\n${html}\n${hashes.join("\n")}`);
  }

  /**
   * The key of one print of the part `contentKey`: the part's id (its structure IDs are prefixed
   * with it), its folio offset and the numbers filled in.
   */
  printKey(contentKey: string, partId: string, offset: number, filled: AnchorPages): string {
    const numbers = JSON.stringify([...filled].sort(([a], [b]) => (a < b ? -1 : 1)));
    return sha256(`${contentKey}\n${JSON.stringify(partId)}\n${offset}\n${numbers}`);
  }

  /** The real pages of the part `contentKey` from an earlier print, if any. */
  async pages(contentKey: string): Promise<PartPages | undefined> {
    return this.readPages(`${contentKey}.pages.json`);
  }

  /**
   * Copies the print `printKey` (its fragment file) to `target` if an earlier build made it and
   * the file still has the size and SHA-256 recorded with it; returns its pages, or undefined when
   * there is no whole print (a damaged one is logged and left for `prune`).
   */
  async copyPrint(printKey: string, target: string): Promise<PartPages | undefined> {
    const stored = await this.readStored(`${printKey}.pages.json`);
    if (!stored) return undefined;
    const file = await readFile(join(this.dir, `${printKey}.frag`)).catch(() => undefined);
    const problem = !stored.fragment
      ? "파일 정보 없음"
      : !file
        ? "파일 없음"
        : file.length !== stored.fragment.bytes
          ? `크기 ${file.length}B ≠ 기록 ${stored.fragment.bytes}B`
          : sha256(file) !== stored.fragment.sha256
            ? "SHA-256 불일치"
            : undefined;
    if (problem || !file) {
      this.log(`  지난 인쇄가 손상되어 다시 인쇄합니다 (${printKey.slice(0, 12)}: ${problem})`);
      return undefined;
    }
    await writeFile(target, file);
    this.used.add(`${printKey}.pages.json`);
    this.used.add(`${printKey}.frag`);
    return toPages(stored);
  }

  /**
   * Stores a print (its fragment file `fragmentFile`) and the real pages of its part: the file
   * first, then the print's entry with the file's size and SHA-256, then the content's entry, each
   * atomically.
   */
  async save(contentKey: string, printKey: string, fragmentFile: string, pages: PartPages): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = await readFile(fragmentFile);
    const layout = { pageCount: pages.pageCount, pages: [...pages.pages] };
    await writeFileAtomic(join(this.dir, `${printKey}.frag`), file);
    const print: Stored = { ...layout, fragment: { bytes: file.length, sha256: sha256(file) } };
    await writeFileAtomic(join(this.dir, `${printKey}.pages.json`), JSON.stringify(print));
    await writeFileAtomic(join(this.dir, `${contentKey}.pages.json`), JSON.stringify(layout satisfies Stored));
    for (const name of [`${contentKey}.pages.json`, `${printKey}.pages.json`, `${printKey}.frag`]) this.used.add(name);
  }

  /**
   * Deletes every entry the current build did not use, and temporary files of interrupted
   * writes. Call only once the build's output is complete (after the join): a failed build keeps
   * the entries of the last good one. Entries go before prints, so no entry outlives its print.
   */
  async prune(): Promise<void> {
    const names = (await readdir(this.dir).catch(() => [] as string[])).filter((n) => !this.used.has(n));
    const printLast = (n: string) => (n.endsWith(".frag") ? 1 : 0);
    for (const group of [0, 1]) {
      await Promise.all(names.filter((n) => printLast(n) === group).map((n) => rm(join(this.dir, n), { force: true })));
    }
  }

  private async readPages(name: string): Promise<PartPages | undefined> {
    const stored = await this.readStored(name);
    if (!stored) return undefined;
    this.used.add(name);
    return toPages(stored);
  }

  /** A `.pages.json` entry, or undefined when missing or unreadable (logged: a damaged entry). */
  private async readStored(name: string): Promise<Stored | undefined> {
    let text: string;
    try {
      text = await readFile(join(this.dir, name), "utf8");
    } catch {
      return undefined;
    }
    try {
      const stored = JSON.parse(text) as Stored;
      if (!Number.isInteger(stored.pageCount) || !Array.isArray(stored.pages)) throw new Error("shape");
      return stored;
    } catch {
      this.log(`  지난 인쇄 기록이 손상되어 무시합니다 (${name.slice(0, 12)})`);
      return undefined;
    }
  }

  private fileHash(url: string): Promise<string> {
    let hash = this.fileHashes.get(url);
    if (!hash) {
      hash = readFile(fileURLToPath(url)).then(sha256, () => "missing");
      this.fileHashes.set(url, hash);
    }
    return hash;
  }
}

const toPages = (stored: Stored): PartPages => ({ pageCount: stored.pageCount, pages: new Map(stored.pages) });
