import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { DomUtils, parseDocument } from "htmlparser2";

/** Every .html file under `dir`, as paths relative to it with `/` separators. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** A parsed page: its `lang`, internal link/asset URLs, and ids (for fragment checks). */
export async function readPage(dir: string, file: string) {
  const html = await readFile(join(dir, file), "utf8");
  const doc = parseDocument(html);
  const htmlEl = DomUtils.findOne((el) => el.name === "html", doc.children);
  const refs = DomUtils.findAll((el) => Boolean(el.attribs.href || el.attribs.src), doc.children).map(
    (el) => el.attribs.href ?? el.attribs.src ?? "",
  );
  const ids = new Set(DomUtils.findAll((el) => Boolean(el.attribs.id), doc.children).map((el) => el.attribs.id!));
  return { html, lang: htmlEl?.attribs.lang, refs, ids, doc };
}
