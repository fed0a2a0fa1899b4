import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnchorPages } from "./page-numbers.ts";

/** Bumped when a change of the print code alters the PDF of an unchanged part. */
const CACHE_VERSION = "1";

/** What a part's print really holds: its page count and the page (1-based, in the part) of each anchor. */
export type PartPages = { pages: AnchorPages; pageCount: number };

type Stored = { pageCount: number; pages: [string, number][] };

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * The parts printed by earlier builds, kept in a folder so that a rebuild after a small edit
 * prints only the parts that changed (the publish loop):
 * - `<content key>.pages.json`: a part's real page count and anchor pages, by the key of its
 *   HTML (with the bytes of every local file it loads: images, fonts) and the Chromium version;
 *   it replaces the on-screen layout pass and is exact;
 * - `<print key>.pdf` (+ `.pages.json`): a print of that HTML with a given folio offset and
 *   page numbers filled in; reused as is when nothing of that changed.
 * Entries not used by the last successful build are deleted by `prune`.
 */
export class PartCache {
  private readonly used = new Set<string>();
  private readonly fileHashes = new Map<string, Promise<string>>();

  /**
   * @param dir Cache folder (created on first write).
   * @param salt What else decides a print: the Chromium version.
   */
  constructor(
    private readonly dir: string,
    private readonly salt: string,
  ) {}

  /** The content key of a part's HTML: its text, the bytes of the local files it loads, the salt. */
  async contentKey(html: string): Promise<string> {
    const files = [...new Set([...html.matchAll(/(?:src="|url\(")(file:\/\/[^"]+)"/g)].map((m) => m[1] as string))];
    const hashes = await Promise.all(files.sort().map((url) => this.fileHash(url)));
    return sha256(`${CACHE_VERSION}\n${this.salt}\n${html}\n${hashes.join("\n")}`);
  }

  /** The key of one print of the part `contentKey`: its folio offset and the numbers filled in. */
  printKey(contentKey: string, offset: number, filled: AnchorPages): string {
    return sha256(`${contentKey}\n${offset}\n${JSON.stringify([...filled].sort(([a], [b]) => (a < b ? -1 : 1)))}`);
  }

  /** The real pages of the part `contentKey` from an earlier print, if any. */
  async pages(contentKey: string): Promise<PartPages | undefined> {
    return this.readPages(`${contentKey}.pages.json`);
  }

  /**
   * Copies the print `printKey` to `target` if an earlier build made it; returns its pages, or
   * undefined when there is none.
   */
  async copyPrint(printKey: string, target: string): Promise<PartPages | undefined> {
    const pages = await this.readPages(`${printKey}.pages.json`);
    if (!pages) return undefined;
    try {
      await copyFile(join(this.dir, `${printKey}.pdf`), target);
    } catch {
      return undefined;
    }
    this.used.add(`${printKey}.pdf`);
    return pages;
  }

  /** Stores a print (the PDF at `pdfFile`) and the real pages of its part. */
  async save(contentKey: string, printKey: string, pdfFile: string, pages: PartPages): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const stored = JSON.stringify({ pageCount: pages.pageCount, pages: [...pages.pages] } satisfies Stored);
    await writeFile(join(this.dir, `${contentKey}.pages.json`), stored);
    await writeFile(join(this.dir, `${printKey}.pages.json`), stored);
    await copyFile(pdfFile, join(this.dir, `${printKey}.pdf`));
    for (const name of [`${contentKey}.pages.json`, `${printKey}.pages.json`, `${printKey}.pdf`]) this.used.add(name);
  }

  /** Deletes every entry the current build did not use. Call after a successful build only. */
  async prune(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => !this.used.has(n)).map((n) => rm(join(this.dir, n), { force: true })));
  }

  private async readPages(name: string): Promise<PartPages | undefined> {
    try {
      const stored = JSON.parse(await readFile(join(this.dir, name), "utf8")) as Stored;
      this.used.add(name);
      return { pageCount: stored.pageCount, pages: new Map(stored.pages) };
    } catch {
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
