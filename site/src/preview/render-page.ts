import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { PolicyPreviewInput } from "./input.ts";
import PolicyPreviewPage from "./PolicyPreviewPage.astro";

export { PREVIEW_CSS } from "./styles.ts";

let container: Promise<AstroContainer> | undefined;

/** The full HTML document of one policy preview (`PolicyPreviewPage.astro`), by Astro's container API. */
export async function renderPolicyPage(input: PolicyPreviewInput): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(PolicyPreviewPage, { props: input, partial: false });
}
