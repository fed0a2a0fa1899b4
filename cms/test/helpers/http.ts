export { serveApi } from "../../src/testing/serve-api.ts";

/** Parsed JSON of an API answer (shape varies per endpoint; tests assert on it). */
// biome-ignore lint/suspicious/noExplicitAny: arbitrary JSON from the API under test
export type Json = any;

/** A tiny JSON client for the served API; `token` sends `Authorization: JWT <token>`. */
export function client(base: string, token?: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: Json;
    try {
      json = JSON.parse(text);
    } catch {
      json = { raw: text };
    }
    return { status: response.status, json };
  };
  return {
    get: (path: string) => call("GET", path),
    post: (path: string, body?: unknown) => call("POST", path, body),
    patch: (path: string, body?: unknown) => call("PATCH", path, body),
    del: (path: string) => call("DELETE", path),
    graphql: (query: string, variables?: Record<string, unknown>) => call("POST", "/api/graphql", { query, variables }),
  };
}

/** Logs in through REST and returns the JWT. */
export async function login(base: string, email: string, password = "test-password-1"): Promise<string> {
  const { status, json } = await client(base).post("/api/users/login", { email, password });
  if (status !== 200) throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(json)}`);
  return json.token as string;
}
