// Applies the saved 글자 크기 (see src/scripts/font-scale.ts) before the first paint: BaseLayout
// loads this file as a blocking classic script in <head>, with the storage key as `data-key`. It is
// a file, not an inline script, so that the site's Content-Security-Policy needs no inline script.
// `app-js`: scripts run, so small screens may keep the menu behind the 전체메뉴 button (site.css).
document.documentElement.classList.add("app-js");
try {
  const scale = localStorage.getItem(document.currentScript.dataset.key);
  if (scale === "lg" || scale === "xl") document.documentElement.dataset.fontScale = scale;
} catch {}
