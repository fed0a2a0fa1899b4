import { z } from "zod";
import { DEFAULT_OPEN_DATA_LICENSE, OPEN_DATA_LICENSE_VALUES } from "./code-lists/open-data-licenses.ts";
import { TEXT_MAX } from "./rules/limits.ts";
import { phoneNumber } from "./rules/phone.ts";
import { koreanText, safeHtml } from "./rules/text.ts";
import { httpsUrl } from "./rules/url.ts";

/** A city contact printed on the back cover and site footer, e.g. 광양시청 대표전화. */
export const cityContact = z.object({
  label: koreanText({ max: TEXT_MAX.guidebook.contactLabel }),
  phone: phoneNumber,
});

/**
 * GuidebookSettings: one edition of the handbook and site.
 * `isGovernmentOperator` decides whether the official KRDS masthead ("이 누리집은 대한민국 공식
 * 전자정부 누리집입니다.") may be shown: KRDS forbids it on non-government sites.
 */
export const guidebookSettingsSchema = z.object({
  title: koreanText({ max: TEXT_MAX.guidebook.title }),
  subtitle: koreanText({ max: TEXT_MAX.guidebook.subtitle }).optional(),
  /** Edition year (발간 연도), e.g. 2026. */
  editionYear: z.number().int().min(2000).max(2100),
  cityName: koreanText({ max: TEXT_MAX.guidebook.cityName }),
  /** 운영기관명 shown in the KRDS identifier: "이 누리집은 {operatorName}에서 운영하는 누리집입니다." */
  operatorName: koreanText({ max: TEXT_MAX.guidebook.operatorName }),
  isGovernmentOperator: z.boolean().default(false),
  /** 발간사 as sanitised HTML. */
  foreword: safeHtml,
  /** The city's main number, printed with every entry marked 확인 중. */
  mainPhone: phoneNumber,
  contacts: z.array(cityContact).default([]),
  /**
   * Absolute origin of the published site, for the sitemap and the handbook's QR codes; missing
   * while a city has no address yet (the build then prints a test edition, `resolveBuildOrigin`).
   */
  siteOrigin: httpsUrl.optional(),
  /** Mascot asset id shown on the cover. */
  coverMascotId: z.string().optional(),
  /** 공공누리 type the open data (policies.json/.csv/.xlsx) is published under; default 제1유형. */
  openDataLicense: z.enum(OPEN_DATA_LICENSE_VALUES).default(DEFAULT_OPEN_DATA_LICENSE),
});
/** Parsed guidebook settings (phones normalised). */
export type GuidebookSettings = z.infer<typeof guidebookSettingsSchema>;
/** Input accepted by `guidebookSettingsSchema`. */
export type GuidebookSettingsInput = z.input<typeof guidebookSettingsSchema>;
