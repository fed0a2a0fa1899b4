import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { AstroComponentFactory } from "astro/runtime/server/index.js";
import { DomUtils, parseDocument } from "htmlparser2";

/** An element of a parsed fragment. */
export type Element = ReturnType<typeof DomUtils.findAll>[number];

let container: AstroContainer | undefined;

/** The HTML of one component rendered with `props` by Astro's container API (no site build). */
export async function render(component: AstroComponentFactory, props: Record<string, unknown>): Promise<string> {
  container ??= await AstroContainer.create();
  return container.renderToString(component, { props });
}

/** The elements of `html` that `test` accepts, in document order. */
export function elements(html: string, test: (el: Element) => boolean): Element[] {
  return DomUtils.findAll(test, parseDocument(html).children);
}

/** The elements of `html` whose class list holds `name`. */
export function byClass(html: string, name: string): Element[] {
  return elements(html, (el) => (el.attribs.class ?? "").split(/\s+/).includes(name));
}

/** The elements of `html` named `tag`. */
export function byTag(html: string, tag: string): Element[] {
  return elements(html, (el) => el.name === tag);
}

/** The text of an element with runs of white space collapsed. */
export function text(el: Element): string {
  return DomUtils.textContent(el).replace(/\s+/g, " ").trim();
}

/** The direct children of `el` named `tag`. */
export function children(el: Element, tag: string): Element[] {
  return el.children.filter((c): c is Element => "name" in c && c.name === tag);
}

/** The elements named `tag` anywhere inside `el`. */
export function within(el: Element, tag: string): Element[] {
  return DomUtils.findAll((c) => c.name === tag, el.children);
}
