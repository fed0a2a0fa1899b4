import { SECURITY_HEADERS } from "@lifewelfare/site/security-headers";
import type { Endpoint, PayloadRequest } from "payload";
import { may } from "../access/table.ts";
import { env } from "../env.ts";
import { createPreviewLink, findPreviewLink, type PreviewLink } from "../preview/links.ts";

/**
 * 미리 보기 (preview of a draft policy before it is published), as root endpoints:
 * - `POST /api/preview/:id` (staff): a new link to the latest draft of policy `:id`, valid
 *   PREVIEW_LINK_MINUTES (30) for the staff member who asked (`preview/links.ts`); answers 201 with
 *   the addresses of the web page and of the two handbook editions as PDF and PNG.
 * - `GET /api/preview/:token` (the policy page as residents would see it), `…/:token/style.css`,
 *   `…/:token/fonts/<name>`, `…/:token/media/<file>` (what the page loads) and
 *   `…/:token/print/<standard|large>.<pdf|png>[?page=n]` (the handbook entry): staff only, and only
 *   the one who asked; each reads the latest draft at that moment and has the draft renderer
 *   (PREVIEW_RENDERER_URL) render it. Nothing is written but the link.
 * Anonymous: 401; another staff member's link: 403; unknown token: 404; expired: 410; renderer
 * off: 503 — each with a Korean `message`. Every answer is `noindex` (X-Robots-Tag), `no-store`,
 * and carries the public site's security headers (its CSP).
 */
export const previewEndpoints: Endpoint[] = [
  { path: "/preview/:id", method: "post", handler: createLink },
  { path: "/preview/:token", method: "get", handler: (req) => serve(req, "web") },
  { path: "/preview/:token/:file", method: "get", handler: (req) => serve(req, "file") },
  { path: "/preview/:token/:folder/:file", method: "get", handler: (req) => serve(req, "folder") },
];

const PREVIEW_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  "X-Robots-Tag": "noindex, nofollow",
  "Cache-Control": "no-store",
  // The token is in the address: never send it on in a Referer.
  "Referrer-Policy": "no-referrer",
};

const answer = (status: number, message: string) => Response.json({ message }, { status, headers: PREVIEW_HEADERS });

async function createLink(req: PayloadRequest): Promise<Response> {
  if (!may(req, "@root", "preview") || !req.user) {
    return answer(401, "로그인한 직원만 미리 보기를 만들 수 있습니다.");
  }
  const id = String(req.routeParams?.id ?? "");
  const draft = await req.payload
    .findByID({ collection: "policies", id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null);
  if (!draft) return answer(404, `미리 볼 정책(${id.slice(0, 40)})을 찾을 수 없습니다.`);
  const { token, expiresAt } = await createPreviewLink(
    req.payload,
    { policyId: draft.id, userId: req.user.id },
    env.PREVIEW_LINK_MINUTES,
  );
  const base = `${req.payload.config.routes.api}/preview/${token}`;
  const print = (edition: string) => ({ pdf: `${base}/print/${edition}.pdf`, png: `${base}/print/${edition}.png` });
  return Response.json(
    { web: base, print: { standard: print("standard"), large: print("large") }, expiresAt },
    { status: 201, headers: PREVIEW_HEADERS },
  );
}

/** Which renderer call a GET route makes: the page, a file of the page, or a print. */
type Kind = "web" | "file" | "folder";

async function serve(req: PayloadRequest, kind: Kind): Promise<Response> {
  if (!may(req, "@root", "previewView") || !req.user) {
    return answer(401, "로그인한 직원만 미리 보기를 볼 수 있습니다.");
  }
  const token = String(req.routeParams?.token ?? "");
  const lookup = await findPreviewLink(req.payload, token);
  if (lookup.state === "unknown") {
    return answer(404, "미리 보기 주소를 찾을 수 없습니다. 편집 화면에서 미리 보기를 다시 여세요.");
  }
  if (lookup.state === "expired") {
    return answer(410, "미리 보기 주소의 유효 시간이 지났습니다. 편집 화면에서 미리 보기를 다시 여세요.");
  }
  if (String(lookup.link.userId) !== String(req.user.id)) {
    return answer(403, "이 미리 보기 주소는 미리 보기를 만든 직원만 열 수 있습니다.");
  }
  const renderer = env.PREVIEW_RENDERER_URL;
  if (!renderer)
    return answer(503, "미리 보기 서버가 켜져 있지 않습니다 (PREVIEW_RENDERER_URL). 관리자에게 알려 주세요.");
  const target = rendererPath(req, kind, `${req.payload.config.routes.api}/preview/${token}/`);
  if (!target) return answer(404, "미리 보기에 그런 파일은 없습니다.");
  const body = target.method === "POST" ? JSON.stringify(await draftRequest(req, lookup.link)) : undefined;
  if (body === "null") return answer(404, "미리 볼 정책을 찾을 수 없습니다. 삭제되었을 수 있습니다.");
  let response: Response;
  try {
    response = await fetch(new URL(target.path, renderer), {
      method: target.method,
      body,
      headers: body ? { "content-type": "application/json" } : {},
    });
  } catch {
    return answer(503, "미리 보기 서버에 연결할 수 없습니다. 잠시 뒤 다시 시도하세요.");
  }
  const headers = new Headers(PREVIEW_HEADERS);
  headers.set("Content-Type", response.headers.get("content-type") ?? "application/octet-stream");
  return new Response(await response.arrayBuffer(), { status: response.status, headers });
}

/** The renderer's path for a GET route, or undefined for a file the preview has not. */
function rendererPath(
  req: PayloadRequest,
  kind: Kind,
  assetBase: string,
): { method: string; path: string } | undefined {
  const file = String(req.routeParams?.file ?? "");
  const folder = String(req.routeParams?.folder ?? "");
  if (kind === "web") return { method: "POST", path: `web?assetBase=${encodeURIComponent(assetBase)}` };
  if (kind === "file") return file === "style.css" ? { method: "GET", path: "style.css" } : undefined;
  if (!/^[\w][\w.-]*$/.test(file)) return undefined;
  if (folder === "fonts" || folder === "media") return { method: "GET", path: `${folder}/${file}` };
  if (folder === "print" && /^(standard|large)\.(pdf|png)$/.test(file)) {
    const page = Number.parseInt(new URL(req.url ?? "/", "http://x").searchParams.get("page") ?? "1", 10) || 1;
    return { method: "POST", path: `print/${file}?page=${Math.min(Math.max(page, 1), 999)}` };
  }
  return undefined;
}

/** The latest draft (depth 1), the 안내서 설정, the published departments and 복지 캐릭터, or null when gone. */
async function draftRequest(req: PayloadRequest, link: PreviewLink) {
  const policy = await req.payload
    .findByID({
      collection: "policies",
      id: link.policyId,
      draft: true,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
    .catch(() => null);
  if (!policy) return null;
  const published = { where: { _status: { equals: "published" } }, pagination: false, req } as const;
  const [guidebook, departments, mascots] = await Promise.all([
    req.payload.findGlobal({ slug: "guidebook", depth: 1, req }),
    req.payload.find({ collection: "departments", depth: 0, ...published }),
    req.payload.find({ collection: "mascots", depth: 1, ...published }),
  ]);
  return { policy, guidebook, departments: departments.docs, mascots: mascots.docs };
}
