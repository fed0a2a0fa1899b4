import type { Department, GuidebookSettings, Policy } from "@lifewelfare/content-models";

/** What one policy preview page shows: domain values (validated), as on the built site. */
export type PolicyPreviewInput = {
  policy: Policy;
  guidebook: GuidebookSettings;
  department?: Department;
  /** Address of the preview stylesheet (e.g. `/api/preview/<token>/style.css`). */
  stylesheetHref: string;
};

/** What `render-page.ts` exports once Vite has compiled it (see `createPreviewRenderer`). */
export type RenderPageModule = {
  renderPolicyPage: (input: PolicyPreviewInput) => Promise<string>;
  PREVIEW_CSS: string;
};
