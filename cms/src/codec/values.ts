import { toKstDate } from "@lifewelfare/content-models";
import type { Policy } from "../payload-types.ts";

/** Rich text as Payload stores it (Lexical editor state), as typed in the generated `payload-types.ts`. */
export type RichText = NonNullable<Policy["selectionCriteria"]>;

/**
 * Every key of `T` present, its value possibly `undefined`. A mapper that builds a domain value as
 * `Exhaustive<PolicyInput>` stops compiling when the domain schema gains a field it does not set.
 */
export type Exhaustive<T> = { [K in keyof Required<T>]: T[K] | undefined };

/**
 * The fields of `T` that the CMS document type `TCms` stores under the same name. Used on the
 * domain fields a `toCms` passes through unchanged (`storedAsIs`): a domain field the CMS lacks is a
 * compile error naming it, so a new schema field cannot be dropped on its way into the CMS.
 */
export type SameNamed<T, TCms> = T & Record<Exclude<keyof T, keyof TCms>, never>;

/**
 * Drops keys whose value is `undefined` or `null`: on the way out of the CMS so that zod defaults
 * and optionals apply, on the way in so that a field the input leaves out is left alone.
 */
export function compact<T extends object>(object: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined && v !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

/** A non-blank string, else undefined (the CMS stores cleared text as "" or null). */
export const text = (value: string | null | undefined): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

/** A CMS date (ISO instant) as the KST calendar day `YYYY-MM-DD`, or undefined when empty. */
export function kstDay(value: string | null | undefined): string | undefined {
  const day = text(value);
  return day ? toKstDate(day) : undefined;
}

/** A CMS value that may be null as an array (empty when null). */
export const listOf = <T>(value: readonly T[] | null | undefined): T[] => (value ? [...value] : []);
