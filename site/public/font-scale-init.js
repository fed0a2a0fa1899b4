// Applies the saved 글자 크기 (see src/scripts/font-scale.ts) before the first paint: BaseLayout
// loads this file as a blocking classic script in <head>, with the storage key as `data-key`. It is
// a file, not an inline script, so that the site's Content-Security-Policy needs no inline script.
// `app-js`: scripts run, so small screens may keep the menu behind the 전체메뉴 button (site.css).
// `app-fonts-deferred`: on the first page of a visit the first paint uses the metric-compatible
// fallback and Pretendard GOV's slices are fetched right after it (base.css); later pages of the
// visit find them cached and use them from the start. Without this script fonts load as usual.
// Measured with the bench's lighthouse step at 400 policies: without the class the slices are
// requested before the first paint (home 278–342 KB and finder 264–306 KB before it, against 96
// and 113–118 KB with it), for the same performance scores (95–100 both ways).
const root = document.documentElement;
root.classList.add("app-js");
try {
  const scale = localStorage.getItem(document.currentScript.dataset.key);
  if (scale === "lg" || scale === "xl") root.dataset.fontScale = scale;
} catch {}
try {
  if (!sessionStorage.getItem("lifewelfare:fonts")) {
    root.classList.add("app-fonts-deferred");
    // After the frame that follows the parsed document: the first paint is done.
    addEventListener("DOMContentLoaded", () =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          root.classList.remove("app-fonts-deferred");
          sessionStorage.setItem("lifewelfare:fonts", "1");
        }),
      ),
    );
  }
} catch {}
