import type { Payload } from "payload";

/** A Lexical text node (what the admin editor stores inside a paragraph). */
export const text = (value: string) => ({
  type: "text",
  version: 1,
  text: value,
  format: 0,
  mode: "normal",
  style: "",
  detail: 0,
});

/** Lexical JSON with one paragraph holding the given children. */
export const paragraph = (...children: object[]) => ({
  root: {
    type: "root",
    version: 1,
    direction: "ltr",
    format: "",
    indent: 0,
    children: [{ type: "paragraph", version: 1, direction: "ltr", format: "", indent: 0, textFormat: 0, children }],
  },
});

/**
 * Creates a valid 청년 policy titled `title` through the Local API (access not checked), published
 * unless `status` is "draft"; `extra` overrides any field.
 */
export async function createPolicy(
  payload: Payload,
  title: string,
  extra: Record<string, unknown> = {},
  status: "draft" | "published" = "published",
) {
  return payload.create({
    collection: "policies",
    draft: status === "draft",
    data: {
      title,
      summary: `${title} 요약`,
      lifeStages: ["youth"],
      primaryChapter: "youth",
      targetAudience: paragraph(text("광양시 청년")),
      benefits: paragraph(text("지원")),
      applicationMethod: { channels: ["visit"] },
      status: { value: "active" },
      sourceUrls: ["https://example.kr/source"],
      lastReviewedAt: "2026-11-20",
      _status: status,
      ...extra,
    } as never,
  });
}

/** Publishes valid 안내서 설정 (광양시, a real-looking public origin) through the Local API. */
export async function publishGuidebook(payload: Payload) {
  await payload.updateGlobal({
    slug: "guidebook",
    data: {
      title: "생애복지 안내서",
      editionYear: 2026,
      cityName: "광양시",
      operatorName: "광양시",
      foreword: paragraph(text("발간사")),
      mainPhone: "061-797-2114",
      siteOrigin: "https://welfare.example.kr",
      openDataLicense: "kogl-1",
      _status: "published",
    } as never,
  });
}
