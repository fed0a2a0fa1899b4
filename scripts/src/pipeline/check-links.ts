import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import { Parser } from "htmlparser2";

/** A link or image in the built site that points to nothing. */
export type BrokenLink = { page: string; url: string };

/** What `checkLinks` found: the broken links, and how many pages it read and skipped as unchanged. */
export type LinkCheck = { broken: BrokenLink[]; checked: number; unchanged: number };

/**
 * Checks every internal link (`href`) and resource (`src`, `srcset`) in the built site at
 * `outDir`, served under `base` (e.g. `/` or `/guide/`): each must resolve to a file in the output
 * (`x/` → `x/index.html`, `x` → `x` or `x.html`). External, `tel:`, `mailto:` and fragment-only
 * links are skipped.
 *
 * `previous` is the release being replaced, whose links all resolved when it was checked: when
 * every file it had is still there, a page with the same bytes as its copy there cannot have a
 * broken link and is not read again (after an edit of one policy, nearly every page). When a file
 * was removed, every page is checked.
 */
export async function checkLinks(outDir: string, base = "/", options: { previous?: string } = {}): Promise<LinkCheck> {
  const files = await readdir(outDir, { recursive: true });
  const pages = files.filter((f) => f.endsWith(".html"));
  const skipUnchanged = options.previous !== undefined && (await keepsEveryFile(options.previous, new Set(files)));
  const result: LinkCheck = { broken: [], checked: 0, unchanged: 0 };
  for (const page of pages) {
    const html = await readFile(join(outDir, page), "utf8");
    if (skipUnchanged && html === (await readFile(join(options.previous as string, page), "utf8").catch(() => null))) {
      result.unchanged += 1;
      continue;
    }
    result.checked += 1;
    const pageUrl = `${base}${page.split(sep).join("/")}`;
    for (const url of extractUrls(html)) {
      const target = resolveInternal(url, pageUrl, base);
      if (target !== null && !existsInOutput(outDir, target))
        result.broken.push({ page: relative(outDir, join(outDir, page)), url });
    }
  }
  return result;
}

/**
 * Files no page links to, whose names change with their content: compressed copies, the release
 * marker, and Pagefind's data (index chunks, fragments, filters, metadata), which pagefind.js
 * fetches by the names its entry file lists. Their removal cannot break a page's link.
 */
const NEVER_LINKED =
  /(\.(br|gz)$|^\.release-complete$|^pagefind[/\\](fragment|index|filter)([/\\]|$)|^pagefind[/\\][^/\\]+\.pf_meta$)/;

/** True when every file of the `previous` release that a page could link to is in `files`. */
async function keepsEveryFile(previous: string, files: Set<string>): Promise<boolean> {
  const before = await readdir(previous, { recursive: true }).catch(() => null);
  return before?.every((f) => files.has(f) || NEVER_LINKED.test(f)) ?? false;
}

function extractUrls(html: string): string[] {
  const urls: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "a" || name === "link") {
        if (attributes.href && !(name === "link" && /preconnect|dns-prefetch/.test(attributes.rel ?? ""))) {
          urls.push(attributes.href);
        }
      }
      if (attributes.src && ["img", "script", "source", "iframe"].includes(name)) urls.push(attributes.src);
      if (attributes.srcset) {
        for (const candidate of attributes.srcset.split(",")) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) urls.push(url);
        }
      }
    },
  });
  parser.write(html);
  parser.end();
  return urls;
}

/**
 * The output-relative path an internal URL points to, or null for external/other links. A URL
 * whose percent-encoding is malformed (`/a%ZZ`) points nowhere: it is returned undecoded, so it
 * is reported as broken rather than failing the whole check.
 */
function resolveInternal(url: string, pageUrl: string, base: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//") || url.startsWith("#") || url === "") return null;
  const raw = url.split(/[?#]/)[0] ?? "";
  let path: string;
  try {
    path = decodeURI(raw);
  } catch {
    return raw;
  }
  if (path === "") return null;
  // Normalised, so that no `..` leads out of the output folder.
  const absolute = posix.normalize(path.startsWith("/") ? path : posix.join(posix.dirname(pageUrl), path));
  if (!absolute.startsWith(base)) return absolute; // outside the base: certainly broken
  return absolute.slice(base.length);
}

function existsInOutput(outDir: string, target: string): boolean {
  const file = join(outDir, ...target.split("/"));
  if (target === "" || target.endsWith("/")) return existsSync(join(file, "index.html"));
  return existsSync(file) || existsSync(`${file}.html`) || existsSync(join(file, "index.html"));
}
