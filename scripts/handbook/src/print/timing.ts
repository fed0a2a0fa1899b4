/** A duration in milliseconds as the print log writes it: seconds with one decimal, e.g. "12.3초". */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}초`;
