import type { Department, GuidebookSettings, Policy } from "@lifewelfare/content-models";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import PolicyPreviewPage from "./PolicyPreviewPage.astro";

export { PREVIEW_CSS } from "./styles.ts";

/** What one policy preview page shows: domain values (validated), as on the built site. */
export type PolicyPreviewInput = {
  policy: Policy;
  guidebook: GuidebookSettings;
  department?: Department;
  /** Address of the preview stylesheet, relative to the page (e.g. `style.css`). */
  stylesheetHref: string;
};

let container: Promise<AstroContainer> | undefined;

/** The full HTML document of one policy preview (`PolicyPreviewPage.astro`), by Astro's container API. */
export async function renderPolicyPage(input: PolicyPreviewInput): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(PolicyPreviewPage, { props: input, partial: false });
}
