import { z } from "zod";

/** An absolute `https:` URL. Plain `http:` is refused: residents' browsers warn on it. */
export const httpsUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        return new URL(value).protocol === "https:";
      } catch {
        return false;
      }
    },
    { message: "https:// 로 시작하는 올바른 주소를 입력하세요." },
  );

/**
 * A citation URL (출처). Press archives cited as sources are sometimes only reachable over
 * `http:`; they are kept as found rather than rewritten to an address that may not exist.
 */
export const sourceUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        return ["https:", "http:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: "출처는 http(s):// 로 시작하는 올바른 주소여야 합니다." },
  );
