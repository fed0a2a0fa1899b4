/** An entry of a code list: a stored value and its Korean label (other fields allowed). */
export type CodeEntry = { readonly value: string; readonly label: string };

/** The entry of `list` whose value is `value`, or undefined when the list has none. */
export function codeEntry<T extends CodeEntry>(list: readonly T[], value: string): T | undefined {
  return list.find((item) => item.value === value);
}

/**
 * The Korean label of a code-list value: `codeLabel(SUPPORT_TYPES, "cash")` → "현금". A value the
 * list does not hold (an older snapshot, a typing slip) is shown as itself rather than dropped.
 */
export function codeLabel(list: readonly CodeEntry[], value: string): string {
  return codeEntry(list, value)?.label ?? value;
}

/**
 * `codeLabel` bound to one list, for `values.map(...)`: `policy.supportTypes.map(labeller(SUPPORT_TYPES))`.
 * Looks values up in a Map built once per list.
 */
export function labeller(list: readonly CodeEntry[]): (value: string) => string {
  const labels = new Map(list.map((item) => [item.value, item.label]));
  return (value) => labels.get(value) ?? value;
}
