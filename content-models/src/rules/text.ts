import { z } from "zod";

/**
 * Normalises text to Unicode NFC. A title typed on macOS arrives as NFD (decomposed jamo) and must
 * be stored and searched as NFC, or "임신" typed on Windows would not find it.
 */
export function toNfc(value: string): string {
  return value.normalize("NFC");
}

/** A trimmed, NFC-normalised, non-empty single-line text. `max` is in characters. */
export function koreanText(options: { max?: number; min?: number } = {}) {
  const { max = 500, min = 1 } = options;
  return z
    .string()
    .transform((value) => toNfc(value).replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(min, { message: min === 1 ? "내용을 입력하세요." : `${min}자 이상 입력하세요.` })
        .max(max, { message: `${max}자 이하로 입력하세요.` }),
    );
}

/** A multi-line text (newlines kept), NFC-normalised and trimmed; may be empty. */
export function koreanMultilineText(options: { max?: number } = {}) {
  const { max = 5000 } = options;
  return z
    .string()
    .transform((value) => toNfc(value).replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, { message: `${max}자 이하로 입력하세요.` }));
}

/**
 * HTML produced by the export from rich text, already sanitised with an allow-list
 * (see scripts' rich-text converter). Stored NFC. Never compiled as MDX/JSX downstream.
 */
export const safeHtml = z
  .string()
  .transform((value) => toNfc(value).trim())
  .brand<"SafeHtml">();
/** Sanitised, NFC HTML (branded so that raw strings are not passed by mistake). */
export type SafeHtml = z.infer<typeof safeHtml>;
