/**
 * 전체메뉴 (SiteHeader.astro): the button `[data-menu-toggle]` shows and hides the element its
 * `aria-controls` names, keeping `aria-expanded` in step; Escape inside the open menu closes it
 * and returns focus to the button. CSS hides the closed menu on small screens only (styles/site/header.css).
 */
export function startMenu(): void {
  const toggle = document.querySelector<HTMLButtonElement>("[data-menu-toggle]");
  const menu = toggle && document.getElementById(toggle.getAttribute("aria-controls") ?? "");
  if (!toggle || !menu) return;
  const isOpen = () => toggle.getAttribute("aria-expanded") === "true";
  const setOpen = (open: boolean) => {
    toggle.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("is-open", open);
  };
  toggle.addEventListener("click", () => setOpen(!isOpen()));
  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !isOpen()) return;
    setOpen(false);
    toggle.focus();
  });
}
