"use client";
import { useConfig, useDocumentInfo } from "@payloadcms/ui";

/** Where the review UI's document lives: the API root, its REST base, admin base, and the target as 검토 기록 names it. */
export type ReviewLocation = {
  api: string;
  apiBase: string;
  adminBase: string;
  target: string;
  id: string;
  isPolicy: boolean;
};

/** The open document's review location (a collection document with an id, or 안내서 설정), or null. */
export function useReviewLocation(): ReviewLocation | null {
  const { config } = useConfig();
  const { id, collectionSlug, globalSlug } = useDocumentInfo();
  const api = `${config.serverURL}${config.routes.api}`;
  const admin = config.routes.admin;
  if (globalSlug)
    return {
      api,
      apiBase: `${api}/globals/${globalSlug}`,
      adminBase: `${admin}/globals/${globalSlug}`,
      target: globalSlug,
      id: globalSlug,
      isPolicy: false,
    };
  if (!collectionSlug || id === undefined || id === null) return null;
  return {
    api,
    apiBase: `${api}/${collectionSlug}`,
    adminBase: `${admin}/collections/${collectionSlug}/${id}`,
    target: collectionSlug,
    id: String(id),
    isPolicy: collectionSlug === "policies",
  };
}

/** Korean labels by value (review states, event kinds), given by the server as client props. */
export type Labels = Record<string, string>;

/** POSTs JSON with the login cookie; resolves to the status and the answer's `message`. */
export async function postJson(url: string, body: unknown): Promise<{ ok: boolean; message: string }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      credentials: "include",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as { message?: string };
    return { ok: response.ok, message: json.message ?? `요청이 실패했습니다 (HTTP ${response.status}).` };
  } catch {
    return { ok: false, message: "요청을 보내지 못했습니다. 네트워크를 확인하세요." };
  }
}

/** GETs JSON with the login cookie (undefined on any failure). */
export async function getJson<T>(url: string): Promise<T | undefined> {
  try {
    const response = await fetch(url, { credentials: "include" });
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** An instant shown in Korea's time, e.g. `2026. 11. 30. 15:04`. */
export const kst = (iso: string | null | undefined) =>
  iso
    ? new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", dateStyle: "medium", timeStyle: "short" }).format(
        new Date(iso),
      )
    : "";
