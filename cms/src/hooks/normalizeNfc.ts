import type { CollectionBeforeValidateHook, GlobalBeforeValidateHook } from "payload";

/**
 * Returns `value` with every string, at any depth, in Unicode NFC. Rich text (Lexical JSON) is
 * covered because its text nodes are strings. Titles typed on macOS arrive as NFD and would
 * otherwise neither match searches nor sort with the rest.
 */
export function toNfcDeep<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map(toNfcDeep) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfcDeep(v)])) as T;
  }
  return value;
}

/** beforeValidate: normalise all incoming text and rich text of a document to NFC. */
export const normalizeNfc: CollectionBeforeValidateHook = ({ data }) => (data ? toNfcDeep(data) : data);

/** beforeValidate for globals: same as `normalizeNfc`. */
export const normalizeNfcGlobal: GlobalBeforeValidateHook = ({ data }) => (data ? toNfcDeep(data) : data);
