import { env } from "../env.ts";
import { admitAuthRequest, recordLogin } from "./authRateLimit.ts";
import { JSON_MAX_BYTES, readBodyWithin } from "./bodyLimit.ts";
import { clientAddress } from "./clientAddress.ts";

/** Upload collections: multipart bodies to these (create or replace the file) may carry a file. */
const UPLOAD_PATHS = /^\/api\/media(?:\/[^/]+)?\/?$/;

/** REST auth endpoints of the users collection, limited per address. */
const AUTH_PATHS = /^\/api\/users\/(login|first-register|forgot-password|reset-password|unlock)\/?$/;

/** GraphQL auth mutations (`loginUser`, `forgotPasswordUser`, `resetPasswordUser`, `unlockUser`). */
const GRAPHQL_AUTH = /\b(login|forgotPassword|resetPassword|unlock)Users?\b/;

/**
 * Body limit for a request to `pathname`: for multipart uploads twice the upload limit (Payload's own
 * `upload.requestSizeLimit`, so a file just over MEDIA_MAX_BYTES still reaches the upload check,
 * which answers 400 naming the file), else JSON_MAX_BYTES.
 */
export function bodyLimitFor(pathname: string, contentType: string | null): number {
  const multipart = contentType?.toLowerCase().startsWith("multipart/form-data") ?? false;
  return multipart && UPLOAD_PATHS.test(pathname) ? 2 * env.MEDIA_MAX_BYTES : JSON_MAX_BYTES;
}

type AuthRequest = { isLogin: boolean; email?: string };

/** The e-mail named by a login body: JSON, the admin's multipart `_payload`, or GraphQL (variables or inline). */
async function loginEmail(request: Request, text: string, graphql: boolean): Promise<string | undefined> {
  try {
    if (graphql) {
      const body = JSON.parse(text) as { query?: string; variables?: Record<string, unknown> };
      const argument = /\bemail\s*:\s*(?:"([^"]*)"|\$(\w+))/.exec(body.query ?? "");
      const value = argument?.[1] ?? (argument?.[2] ? body.variables?.[argument[2]] : undefined);
      return typeof value === "string" ? value : undefined;
    }
    if (request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) {
      const form = await request.clone().formData();
      const payload = form.get("_payload");
      return typeof payload === "string" ? (JSON.parse(payload) as { email?: string }).email : undefined;
    }
    const email = (JSON.parse(text) as { email?: unknown }).email;
    return typeof email === "string" ? email : undefined;
  } catch {
    return undefined;
  }
}

async function authRequest(request: Request, pathname: string, text: string): Promise<AuthRequest | undefined> {
  if (request.method !== "POST") return undefined;
  const rest = AUTH_PATHS.exec(pathname);
  const graphql = pathname === "/api/graphql" ? GRAPHQL_AUTH.exec(text) : null;
  if (!rest && !graphql) return undefined;
  const isLogin = (rest?.[1] ?? graphql?.[1]) === "login";
  return { isLogin, email: isLogin ? await loginEmail(request, text, Boolean(graphql)) : undefined };
}

/** True when a login answer is a success (REST 200; GraphQL 200 with a token and no errors). */
async function loginSucceeded(response: Response, graphql: boolean): Promise<boolean> {
  if (response.status !== 200) return false;
  if (!graphql) return true;
  try {
    const body = (await response.clone().json()) as { errors?: unknown[]; data?: Record<string, { token?: string }> };
    return !body.errors?.length && Object.values(body.data ?? {}).some((result) => Boolean(result?.token));
  } catch {
    return false;
  }
}

/**
 * Wraps a Payload route handler (REST or GraphQL) with what must happen before Payload reads a request:
 * 1. Body size: a body over `bodyLimitFor` gets 413 (Korean) before Payload buffers it (M1).
 * 2. Login and account endpoints: per-address and per-(address, account) limits, 429 with
 *    `Retry-After` (see `authRateLimit.ts`); the outcome of a login is recorded afterwards.
 * The request is handed on with its (size-checked) body already read.
 */
export function guardApi<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    const { pathname } = new URL(request.url);
    const body = await readBodyWithin(request, bodyLimitFor(pathname, request.headers.get("content-type")));
    if (body instanceof Response) return body;
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const forwarded = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: hasBody ? body : undefined,
      signal: request.signal,
    });
    const auth = hasBody ? await authRequest(forwarded, pathname, new TextDecoder().decode(body)) : undefined;
    if (!auth) return handler(forwarded, ...rest);

    const address = clientAddress(request.headers, env.TRUST_PROXY);
    const refused = await admitAuthRequest(address, auth.email);
    if (refused) return refused;
    const response = await handler(forwarded, ...rest);
    if (auth.isLogin)
      await recordLogin(address, auth.email, await loginSucceeded(response, pathname === "/api/graphql"));
    return response;
  };
}
