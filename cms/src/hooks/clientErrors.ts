import type { AfterErrorHook, PayloadRequest } from "payload";
import { databaseRefusal, refusalMessage, refusedPath } from "../errors/databaseRefusal.ts";

/** Messages of Payload's multipart parser when a body is over `upload` limits (HTTP 413). */
const MULTIPART_LIMITS = new Set([
  "File size limit has been reached",
  "Multipart limit has been reached",
  "Multipart request size limit has been reached",
]);

/** The Korean singular label of a collection or global, else its slug ("문서" when there is none). */
export function labelOf(req: PayloadRequest, slug: string | undefined): string {
  if (!slug) return "문서";
  const config =
    req.payload.config.collections.find((c) => c.slug === slug) ??
    req.payload.config.globals.find((g) => g.slug === slug);
  const label = config && "labels" in config ? config.labels?.singular : config?.label;
  return typeof label === "string" ? label : slug;
}

/** The slug of the collection or global whose table a refusal names (longest matching prefix). */
function slugOfTable(req: PayloadRequest, table: string | undefined): string | undefined {
  if (!table) return undefined;
  const bare = table.replace(/^_/, "");
  const slugs = [...Object.keys(req.payload.collections), ...req.payload.config.globals.map((g) => g.slug)];
  return slugs
    .filter((slug) => bare === slug.replaceAll("-", "_") || bare.startsWith(`${slug.replaceAll("-", "_")}_`))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * Config-level afterError: turns refusals that are the client's doing into Korean 4xx answers in
 * Payload's error format, instead of 500 "Something went wrong.":
 * - a database constraint refusal (`databaseRefusal`: UNIQUE/PRIMARY KEY, NOT NULL, FOREIGN KEY,
 *   CHECK on SQLite; E11000 on MongoDB) → 400 `{ errors: [{ name: "ValidationError", message,
 *   data: { collection, errors: [{ path, message }] } }] }` naming the collection and the field;
 * - a multipart body over the `upload` limits (Payload answers 413 in English) → 413 in Korean;
 * - Payload's 400 "Invalid filename." (a client-sent upload `filename` with a directory part, or
 *   such a file path requested) → 400 in Korean naming `filename`.
 * - any other public 4xx (an `APIError`, `ValidationError`, `Forbidden` … with a status below 500):
 *   its own (Korean) message and data are kept. Next's production build minifies class names, and
 *   Payload's formatter then replaces the message of an error without `data` by "An unknown error
 *   occurred.", so a refusal staff must understand would reach them in English.
 * REST answers get the status; GraphQL answers get the message and `extensions.statusCode`.
 */
export const clientErrors: AfterErrorHook = ({ collection, error, graphqlResult, req }) => {
  const refusal = databaseRefusal(error);
  if (refusal) {
    const slug = slugOfTable(req, refusal.table) ?? collection?.slug;
    const path = refusedPath(refusal, slug);
    const message = refusalMessage(refusal, labelOf(req, slug), path);
    const data = { collection: slug, errors: [{ path, message }] };
    if (graphqlResult) {
      return {
        graphqlResult: {
          ...graphqlResult,
          message,
          extensions: { ...graphqlResult.extensions, name: "ValidationError", data, statusCode: 400 },
        },
      };
    }
    return { status: 400, response: { errors: [{ name: "ValidationError", message, data }] } };
  }
  if (error.message === "Invalid filename." && (error as { status?: number }).status === 400) {
    const message =
      "파일 이름(filename)이 올바르지 않습니다. 파일 이름은 서버가 정하며, 폴더가 들어간 이름은 받을 수 없습니다.";
    if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } };
    return {
      status: 400,
      response: { errors: [{ name: "APIError", message, data: { errors: [{ path: "filename", message }] } }] },
    };
  }
  if (MULTIPART_LIMITS.has(error.message)) {
    const megabytes = Math.floor((req.payload.config.upload.limits?.fileSize ?? 0) / 1_048_576);
    const message = `보낸 파일이나 요청이 너무 큽니다. 파일은 ${megabytes.toLocaleString("ko-KR")} MB 이하로 한 번에 하나씩 올려 주세요.`;
    if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } };
    return {
      status: 413,
      response: { errors: [{ name: "APIError", message, data: { errors: [{ path: "file", message }] } }] },
    };
  }
  const { status, data, isPublic } = error as { status?: number; data?: Record<string, unknown>; isPublic?: boolean };
  if (!graphqlResult && status && status >= 400 && status < 500 && isPublic !== false && error.message) {
    return {
      status,
      response: { errors: [{ name: error.name || "APIError", message: error.message, ...(data ? { data } : {}) }] },
    };
  }
  return undefined;
};
