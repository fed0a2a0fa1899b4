import { createDraftRenderer, type DraftRendererOptions } from "./draft-renderer.ts";
import { type RendererServer, startRendererServer } from "./renderer-server.ts";

/** The running draft renderer of `pnpm start`: its server (URL for the CMS) and how to stop it. */
export type PreviewService = RendererServer & { stop: () => Promise<void> };

/**
 * Starts 미리 보기's renderer beside the CMS: compiles the site's page component and styles
 * (`createDraftRenderer`, a few seconds) and serves it on 127.0.0.1 under a new secret key
 * (`startRendererServer`). The CMS is told the returned `url` (PREVIEW_RENDERER_URL).
 * @throws Error when the site's components fail to compile or the port cannot be bound.
 */
export async function startPreview(options: DraftRendererOptions & { port?: number }): Promise<PreviewService> {
  const renderer = await createDraftRenderer(options);
  try {
    const server = await startRendererServer(renderer, { port: options.port });
    return {
      ...server,
      stop: async () => {
        server.server.close();
        server.server.closeAllConnections();
        await renderer.close();
      },
    };
  } catch (error) {
    await renderer.close();
    throw error;
  }
}
