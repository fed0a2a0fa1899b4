import { z } from "zod";

/**
 * Korean phone numbers as residents dial them:
 * - area/mobile numbers `0XX-XXX(X)-XXXX` (e.g. 061-797-2776, 02-120-1234, 010-1234-5678),
 *   070 internet phones, 080 free-call numbers and 050X numbers;
 * - nationwide representative numbers `15XX/16XX/18XX-XXXX` (e.g. 1588-1234);
 * - short service numbers (e.g. 129 보건복지상담센터, 120 다산콜, 119, 1366).
 * @see shared/docs/domain-research.md (department numbers as published)
 */
const AREA = /^0(2|[3-6][1-5]|70|80|10|1[16-9]|50\d)-\d{3,4}-\d{4}$/;
const REPRESENTATIVE = /^1[568]\d{2}-\d{4}$/;
const SERVICE = /^1\d{2}$|^13\d{2}$/;

/** True when `value` is a phone number in one of the accepted Korean formats. */
export function isKoreanPhone(value: string): boolean {
  return AREA.test(value) || REPRESENTATIVE.test(value) || SERVICE.test(value);
}

/**
 * Normalises common variants to the dialled form: `(061)797-4049` → `061-797-4049`,
 * `061.797.2776` and `061 797 2776` → `061-797-2776`, full-width digits and Unicode dashes
 * (‐ ‑ ‒ – — − ー) to ASCII. Does not invent missing parts: `797-4049` stays as it is.
 */
export function normalizePhone(value: string): string {
  return value
    .normalize("NFKC")
    .trim()
    .replace(/[\u2010-\u2015\u2212\u30fc]/g, "-")
    .replace(/^\((\d{2,3})\)\s*-?\s*/, "$1-")
    .replace(/\s*-\s*/g, "-")
    .replace(/[.\s]+/g, "-");
}

/**
 * A phone number field: normalised with `normalizePhone`, then checked with `isKoreanPhone`;
 * the parsed value is the normalised number. Error message (Korean) shows the accepted forms.
 */
export const phoneNumber = z.string().transform(normalizePhone).refine(isKoreanPhone, {
  message: "전화번호 형식이 올바르지 않습니다. 예: 061-797-2776, 1588-1234, 129",
});

/** The `tel:` URI for a phone number (digits only). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\D/g, "")}`;
}
