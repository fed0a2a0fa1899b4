import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { snapshotOn, todayKst } from "@lifewelfare/content-models";
import { type EditionId, pdfPagePng, printEntryPreview } from "@lifewelfare/handbook";
import { launchChromium } from "@lifewelfare/handbook/chromium";
import { createPreviewRenderer } from "@lifewelfare/site/preview";
import pLimit from "p-limit";
import type { Browser } from "puppeteer-core";
import { type DraftPreviewRequest, draftSnapshot } from "./draft-snapshot.ts";

/** Options of `createDraftRenderer`. */
export type DraftRendererOptions = {
  /** The CMS's upload folder (MEDIA_DIR): the draft's images. */
  mediaDir: string;
  /** Site base path of links inside the page (default `/`). */
  base?: string;
  /** As the handbook's `renderHandbooks`: the address QR codes print (default the settings' origin). */
  siteOrigin?: string;
  localOrigin?: string;
};

/** Renders drafts as residents would see them: the site's policy page and the handbook's entry. */
export type DraftRenderer = {
  /**
   * The policy page's HTML; its stylesheet, fonts and images are addressed under `assetBase`
   * (e.g. `/api/preview/<token>/`), where `stylesheet`, `fontFile` and the media folder answer.
   */
  web: (request: DraftPreviewRequest, assetBase: string) => Promise<string>;
  /** The handbook entry of `edition` as a PDF, or its page `page` (1-based) as a PNG. */
  print: (
    request: DraftPreviewRequest,
    edition: EditionId,
    format: "pdf" | "png",
    page?: number,
  ) => Promise<Uint8Array>;
  stylesheet: string;
  fontFile: (name: string) => string | undefined;
  mediaDir: string;
  close: () => Promise<void>;
};

/**
 * Starts the draft renderer: compiles the site's components and styles once (`createPreviewRenderer`,
 * a few seconds) and launches Chromium at the first print (kept for the next ones; prints run one
 * at a time). Writes nothing
 * but its temporary folders (removed after each print): no release, snapshot, search index or
 * part cache. Statuses are derived for today in Korea, as a build today would show them.
 * @throws Error when the site's components fail to compile.
 */
export async function createDraftRenderer(options: DraftRendererOptions): Promise<DraftRenderer> {
  const site = await createPreviewRenderer({ base: options.base });
  let browser: Promise<Browser> | undefined;
  // One print at a time: a print keeps a core busy, and staff clicking again must not starve the CMS.
  const printing = pLimit(1);
  const base = options.base ?? "/";
  return {
    web: async (request, assetBase) => {
      const snapshot = snapshotOn(draftSnapshot(request), todayKst());
      const policy = snapshot.policies[0] as (typeof snapshot.policies)[number];
      const department = snapshot.departments.find((d) => d.id === policy.departmentId);
      const html = await site.renderPolicy({
        policy,
        guidebook: snapshot.guidebook,
        department,
        stylesheetHref: `${assetBase}style.css`,
      });
      // The page's images are the draft's uploads: served beside the stylesheet, not by the site.
      return html.replaceAll(`${base}media/`, `${assetBase}media/`);
    },
    print: (request, edition, format, page = 1) =>
      printing(async () => {
        const snapshot = draftSnapshot(request);
        browser ??= launchChromium();
        // The snapshot's `media/` is the CMS's upload folder, through a link in a temporary folder.
        const snapshotDir = await mkdtemp(join(tmpdir(), `lifewelfare-preview-${process.pid}-`));
        try {
          await symlink(options.mediaDir, join(snapshotDir, "media"));
          const pdf = await printEntryPreview({
            browser: await browser,
            snapshot,
            snapshotDir,
            policyId: (snapshot.policies[0] as (typeof snapshot.policies)[number]).id,
            edition,
            siteOrigin: options.siteOrigin,
            localOrigin: options.localOrigin,
            basePath: base,
          });
          return format === "pdf" ? pdf : await pdfPagePng(pdf, page);
        } finally {
          await rm(snapshotDir, { recursive: true, force: true });
        }
      }),
    stylesheet: site.stylesheet,
    fontFile: site.fontFile,
    mediaDir: options.mediaDir,
    close: async () => {
      await site.close();
      if (browser) await (await browser).close();
    },
  };
}
