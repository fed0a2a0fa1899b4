import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from "@payloadcms/next/routes";
import type { SanitizedConfig } from "payload";

/**
 * Serves the CMS REST (`/api/…`) and GraphQL (`/api/graphql`) over real HTTP on a free port,
 * through the same Payload route handlers the Next app mounts (no Next build needed).
 */
export async function serveApi(
  config: Promise<SanitizedConfig> | SanitizedConfig,
): Promise<{ url: string; close: () => Promise<void> }> {
  const rest = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
  };
  const graphql = GRAPHQL_POST(config);
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
      const body = ["GET", "HEAD"].includes(req.method ?? "GET") ? undefined : Buffer.concat(chunks);
      const request = new Request(url, { method: req.method, headers, body });
      let response: Response;
      if (url.pathname === "/api/graphql" && req.method === "POST") response = await graphql(request);
      else if (url.pathname.startsWith("/api/") && req.method && req.method in rest) {
        const slug = url.pathname.slice("/api/".length).split("/").filter(Boolean).map(decodeURIComponent);
        response = await rest[req.method as keyof typeof rest](request, { params: Promise.resolve({ slug }) });
      } else response = new Response("not found", { status: 404 });
      res.statusCode = response.status;
      response.headers.forEach((value, key) => {
        if (key !== "set-cookie") res.setHeader(key, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length) res.setHeader("set-cookie", cookies);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
