import { codeLabel } from "../present/code-label.ts";

/**
 * 공공누리 (Korea Open Government License) types an edition's open data may be published under,
 * chosen in 안내서 설정. Each type adds a condition to the first: 출처표시 (attribution), then
 * 상업적 이용금지 (no commercial use) and/or 변경금지 (no derivatives).
 * @see 문화체육관광부 공공저작물 자유이용허락 표시기준 (공공누리) 제1~4유형
 */
export const OPEN_DATA_LICENSES = [
  { value: "kogl-1", label: "공공누리 제1유형: 출처표시" },
  { value: "kogl-2", label: "공공누리 제2유형: 출처표시 + 상업적 이용금지" },
  { value: "kogl-3", label: "공공누리 제3유형: 출처표시 + 변경금지" },
  { value: "kogl-4", label: "공공누리 제4유형: 출처표시 + 상업적 이용금지 + 변경금지" },
] as const;

/** One 공공누리 type value. */
export type OpenDataLicense = (typeof OPEN_DATA_LICENSES)[number]["value"];
/** 공공누리 type values as a non-empty tuple for `z.enum`. */
export const OPEN_DATA_LICENSE_VALUES = OPEN_DATA_LICENSES.map((l) => l.value) as [
  OpenDataLicense,
  ...OpenDataLicense[],
];
/** The type used when 안내서 설정 names none: 제1유형 (출처표시), the most open. */
export const DEFAULT_OPEN_DATA_LICENSE: OpenDataLicense = "kogl-1";

/** The Korean name of a 공공누리 type, e.g. "공공누리 제1유형: 출처표시". */
export function openDataLicenseLabel(value: OpenDataLicense): string {
  return codeLabel(OPEN_DATA_LICENSES, value);
}
