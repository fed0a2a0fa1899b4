import { execFile } from "node:child_process";
import { readdir, readFile, readlink } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Payload } from "payload";

/** The policy edited by the publish loops (a real flagship entry), or the first one when trimmed. */
const EDITED_POLICY = "g-senior-bus";

/** One publish of an edited summary, ready to be made (`publish`) and checked (`isLive`). */
export type PublishEdit = {
  slug: string;
  /** Publishes the edit through the Local API (the CMS's hooks run, as for the 게시 button). */
  publish: () => Promise<void>;
  /** Whether the live release is new and its site page and standard PDF show the edit. */
  isLive: () => Promise<{ newRelease: boolean; siteShowsEdit: boolean; pdfShowsEdit: boolean }>;
};

/**
 * Prepares the benchmark's edit: `EDITED_POLICY`'s summary (or the first policy's) with a new
 * stamp, published. `currentLink` is the release link whose change `isLive` checks.
 */
export async function prepareEdit(payload: Payload, currentLink: string): Promise<PublishEdit> {
  const doc =
    (await payload.find({ collection: "policies", where: { stableId: { equals: EDITED_POLICY } }, limit: 1, depth: 0 }))
      .docs[0] ?? (await payload.find({ collection: "policies", limit: 1, depth: 0, sort: "id" })).docs[0];
  if (!doc) throw new Error("no policy to edit");
  const slug = doc.slug;
  if (!slug) throw new Error(`policy ${doc.id} has no slug`);
  const stamp = `벤치고침${Date.now() % 1_000_000}`;
  const before = await readlink(currentLink);
  return {
    slug,
    publish: async () => {
      await payload.update({
        collection: "policies",
        id: doc.id,
        data: { summary: `${doc.summary.slice(0, 150)} ${stamp}`, _status: "published" },
        draft: false,
      });
    },
    isLive: async () => {
      const html = await readFile(join(currentLink, "policies", slug, "index.html"), "utf8");
      const downloads = join(currentLink, "downloads");
      const standard = (await readdir(downloads)).find((f) => /^guidebook-\d{4}\.pdf$/.test(f));
      if (!standard) throw new Error(`no standard PDF in ${downloads}`);
      const { stdout } = await promisify(execFile)("pdftotext", [join(downloads, standard), "-"], {
        maxBuffer: 1 << 30,
      });
      return {
        newRelease: (await readlink(currentLink)) !== before,
        siteShowsEdit: html.includes(stamp),
        pdfShowsEdit: stdout.replace(/\s+/g, "").includes(stamp),
      };
    },
  };
}
