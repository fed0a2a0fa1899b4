import {
  CHAPTERS,
  type Chapter,
  type Department,
  type GuidebookSettings,
  type KstDate,
  type MascotAsset,
  normalizeBasePath,
  type Policy,
  resolveBuildOrigin,
  type Snapshot,
  todayKst,
} from "@lifewelfare/content-models";
import { safeUrl } from "@lifewelfare/content-models/escape";

/** One chapter of the handbook: a 생애주기 or 공통, in `CHAPTERS` order. */
export type BookChapter = {
  value: Chapter;
  label: string;
  description: string;
  /** 1-based chapter number among the chapters printed. */
  number: number;
  /** Policies printed in this chapter (their `primaryChapter`), in 가나다 order. */
  entries: Policy[];
  /** Policies of this 생애주기 printed in another chapter, listed by name and page, in 가나다 order. */
  related: Policy[];
  /** The chapter pose of the mascot, if the snapshot has one. */
  mascot?: MascotAsset;
};

/** Everything the handbook prints, derived once from a validated snapshot. */
export type Book = {
  guidebook: GuidebookSettings;
  /** When the snapshot's content was last published (ISO 8601): the handbook's 기준일. */
  generatedAt: string;
  /**
   * Origin used for QR codes and printed addresses, without a trailing slash; normalised by the
   * URL parser (`safeUrl`), so it holds no quote or space.
   */
  siteOrigin: string;
  /**
   * Whether `siteOrigin` is not a real public address (`resolveBuildOrigin`): the book is then a
   * test print and carries `TEST_PRINT_MARK` on its cover and every page.
   */
  isTestPrint: boolean;
  /** The KST date the book is printed for: the 신청 상태 next to each 신청기한 (`applicationStateLabel`). */
  on: KstDate;
  /** Site base path, starting and ending with "/". */
  basePath: string;
  /** Absolute folder of the snapshot: image `src`s are relative to it. */
  snapshotDir: string;
  /**
   * Print JPEGs of photos (print-images.ts `preparePrintImages`), absolute paths by the
   * snapshot-relative `src` of the variant they replace; empty until prepared.
   */
  printImages: Map<string, string>;
  /** Folder holding `printImages`, which the printer may load from. */
  printImageDir?: string;
  /** Chapters with at least one entry or related policy, in `CHAPTERS` order. */
  chapters: BookChapter[];
  /** Every policy in 가나다 order (the index). */
  index: Policy[];
  /** Departments in directory order (`order`, then name). */
  departments: Department[];
  departmentsById: Map<string, Department>;
  /** Chapter each policy is printed in, by policy id. */
  chapterOf: Map<string, BookChapter>;
  coverMascot?: MascotAsset;
};

const WEB_SCHEMES = ["https:", "http:"];

const collator = new Intl.Collator("ko");
const byTitle = (a: Policy, b: Policy) => collator.compare(a.title, b.title) || collator.compare(a.id, b.id);

/** The permanent short address of a policy: `<origin><base>p/<id>/`. */
export function policyShortUrl(book: Pick<Book, "siteOrigin" | "basePath">, policyId: string): string {
  return `${book.siteOrigin}${book.basePath}p/${policyId}/`;
}

/** The site's home address: `<origin><base>`. */
export function siteHomeUrl(book: Pick<Book, "siteOrigin" | "basePath">): string {
  return `${book.siteOrigin}${book.basePath}`;
}

/**
 * Groups a snapshot into the handbook's chapters. The printed address is `resolveBuildOrigin` over
 * `siteOrigin` (env SITE_ORIGIN), the snapshot's `guidebook.siteOrigin` and `localOrigin`
 * (default `http://localhost:4321`). Each policy is printed once, in its
 * `primaryChapter`, and listed as related in every other chapter of its `lifeStages`.
 * Linear in the number of policies (one pass plus sorts).
 */
export function buildBook(
  snapshot: Snapshot,
  options: { snapshotDir: string; siteOrigin?: string; localOrigin?: string; basePath?: string; on?: KstDate },
): Book {
  const entriesOf = new Map<Chapter, Policy[]>();
  const relatedOf = new Map<Chapter, Policy[]>();
  const push = (map: Map<Chapter, Policy[]>, key: Chapter, policy: Policy) => {
    const list = map.get(key);
    if (list) list.push(policy);
    else map.set(key, [policy]);
  };
  for (const policy of snapshot.policies) {
    push(entriesOf, policy.primaryChapter, policy);
    for (const stage of new Set(policy.lifeStages)) {
      if (stage !== policy.primaryChapter) push(relatedOf, stage, policy);
    }
  }

  const chapterMascots = new Map<Chapter, MascotAsset>();
  for (const mascot of snapshot.mascots) {
    if (mascot.pose === "chapter" && mascot.chapter && !chapterMascots.has(mascot.chapter)) {
      chapterMascots.set(mascot.chapter, mascot);
    }
  }

  const chapters: BookChapter[] = [];
  const chapterOf = new Map<string, BookChapter>();
  for (const { value, label, description } of CHAPTERS) {
    const entries = (entriesOf.get(value) ?? []).sort(byTitle);
    const related = (relatedOf.get(value) ?? []).sort(byTitle);
    if (entries.length === 0 && related.length === 0) continue;
    const chapter: BookChapter = {
      value,
      label,
      description,
      number: chapters.length + 1,
      entries,
      related,
      mascot: chapterMascots.get(value),
    };
    chapters.push(chapter);
    for (const policy of entries) chapterOf.set(policy.id, chapter);
  }

  const departments = [...snapshot.departments].sort(
    (a, b) => a.order - b.order || collator.compare(a.name, b.name) || collator.compare(a.id, b.id),
  );
  const coverMascotId = snapshot.guidebook.coverMascotId;
  const origin = resolveBuildOrigin({
    override: options.siteOrigin,
    configured: snapshot.guidebook.siteOrigin,
    localOrigin: options.localOrigin ?? "http://localhost:4321",
  });
  return {
    guidebook: snapshot.guidebook,
    generatedAt: snapshot.generatedAt,
    siteOrigin: safeUrl(origin.origin, WEB_SCHEMES).replace(/\/+$/, ""),
    isTestPrint: !origin.isPublic,
    on: options.on ?? todayKst(),
    basePath: normalizeBasePath(options.basePath),
    snapshotDir: options.snapshotDir,
    printImages: new Map(),
    chapters,
    index: [...snapshot.policies].sort(byTitle),
    departments,
    departmentsById: new Map(departments.map((d) => [d.id, d])),
    chapterOf,
    coverMascot: coverMascotId ? snapshot.mascots.find((m) => m.id === coverMascotId) : undefined,
  };
}
