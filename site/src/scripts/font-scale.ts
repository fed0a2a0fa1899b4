/** Storage key of the chosen 글자 크기. */
export const FONT_SCALE_KEY = "lifewelfare:font-scale";
const SCALES = new Set(["md", "lg", "xl"]);

/** The saved scale (`md`, `lg` or `xl`), `md` when none or storage is unavailable. */
export function readFontScale(): string {
  try {
    const value = localStorage.getItem(FONT_SCALE_KEY) ?? "md";
    return SCALES.has(value) ? value : "md";
  } catch {
    return "md";
  }
}

/** Sets the root's `data-font-scale` (CSS scales the root font size) and optionally saves it. */
export function applyFontScale(value: string, save: boolean): void {
  const scale = SCALES.has(value) ? value : "md";
  if (scale === "md") delete document.documentElement.dataset.fontScale;
  else document.documentElement.dataset.fontScale = scale;
  if (!save) return;
  try {
    localStorage.setItem(FONT_SCALE_KEY, scale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
