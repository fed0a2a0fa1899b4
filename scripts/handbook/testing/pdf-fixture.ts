import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fixtureSnapshot, makePolicy } from "@lifewelfare/content-models/testing";
import sharp from "sharp";
import { PHOTO_SIZE, renderPhotoWebp } from "./photos.ts";

type Raw = Record<string, unknown>;

/** Rare Hangul syllables whose extraction from the PDF is tested. */
export const RARE_SYLLABLES = "똠방각하 뷁 햏자";

/** A policy added to the fixture copy for the handbook tests: rare syllables and the 종료 status. */
export const RARE_POLICY = makePolicy({
  id: "t-rare-hangul",
  slug: "똠뷁햏-시험-정책",
  title: "똠뷁햏 시험 정책",
  summary: `드문 글자(${RARE_SYLLABLES})가 PDF에서 그대로 추출되는지 시험합니다.`,
  lifeStages: ["senior", "youth"],
  primaryChapter: "senior",
  supportTypes: ["counselling"],
  targetAudience: `<p>${RARE_SYLLABLES}를 읽을 수 있는 모든 어르신</p>`,
  benefits: "<p>상담을 제공합니다.</p><h3>세부 내용</h3><p>안내 책자를 드립니다.</p>",
  amounts: [{ amountKrw: 1_500_000, period: "year", upTo: true, maxCount: 2 }],
  applicationMethod: {
    channels: ["visit"],
    receivingOrganization: "주소지 읍·면·동 행정복지센터",
    details: "<p>방문하세요.</p>",
  },
  applicationPeriod: { kind: "fixed", startDate: "2026-01-01", endDate: "2026-12-31" },
  legalBasis: ["광양시 시험 조례"],
  status: { value: "ended", effectiveUntil: "2026-06-30" },
});

/** A PNG of `width`×`height` with a coloured circle, written to `file`. */
async function writePng(file: string, width: number, height: number, colour: string): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) * 0.45}" fill="${colour}"/><circle cx="${width * 0.4}" cy="${height * 0.42}" r="${width * 0.05}" fill="#fff"/><circle cx="${width * 0.6}" cy="${height * 0.42}" r="${width * 0.05}" fill="#fff"/></svg>`;
  await sharp(Buffer.from(svg)).png().toFile(file);
}

/** An ImageRef for `media/<name>` with a small web variant and a larger print variant. */
function imageRef(id: string, alt: string, name: string) {
  return {
    id,
    alt,
    original: { name: "original", src: `media/${name}-print.png`, width: 1200, height: 1200, mimeType: "image/png" },
    variants: [
      { name: "thumbnail", src: `media/${name}-thumb.png`, width: 200, height: 200, mimeType: "image/png" },
      { name: "print", src: `media/${name}-print.png`, width: 1200, height: 1200, mimeType: "image/png" },
    ],
  };
}

/** An ImageRef of a photo as the CMS exports an old upload: original and `print` size both WebP. */
function photoRef(index: number) {
  const src = `media/photo-${index}-print.webp`;
  const variant = { src, ...PHOTO_SIZE, mimeType: "image/webp" };
  return {
    id: `img-photo-${index}`,
    alt: `시험 사진 ${index + 1}`,
    original: { name: "original", ...variant },
    variants: [{ name: "print", ...variant }],
  };
}

/**
 * Writes into `dir` a snapshot for the handbook tests: the shared fixture plus RARE_POLICY, a
 * cover mascot and a chapter mascot (with generated transparent PNGs in `media/`), `photos`
 * photo-like WebPs (photos.ts `renderPhotoWebp` with `grain`) shown one per
 * policy from the first, and
 * `copies - 1` renamed copies of every policy (for size and timing runs; 1 = just the fixture).
 */
export async function writeHandbookFixture(
  dir: string,
  options: { copies?: number; photos?: number; grain?: boolean } = {},
): Promise<Raw> {
  const snapshot = fixtureSnapshot() as unknown as Raw & {
    policies: Raw[];
    mascots: Raw[];
    guidebook: Raw;
  };
  await mkdir(join(dir, "media"), { recursive: true });
  await writePng(join(dir, "media/mascot-print.png"), 1200, 1200, "#f5a524");
  await writePng(join(dir, "media/mascot-thumb.png"), 200, 200, "#f5a524");
  snapshot.mascots = [
    { id: "m-cover", name: "햇살이", pose: "greeting", image: imageRef("img-cover", "인사하는 햇살이", "mascot") },
    {
      id: "m-senior",
      name: "햇살이",
      pose: "chapter",
      chapter: "senior",
      image: imageRef("img-senior", "노년 장의 햇살이", "mascot"),
    },
  ];
  snapshot.guidebook.coverMascotId = "m-cover";
  const base = [...snapshot.policies, RARE_POLICY as Raw];
  for (let index = 0; index < (options.photos ?? 0); index++) {
    await writeFile(
      join(dir, `media/photo-${index}-print.webp`),
      await renderPhotoWebp(index, { grain: options.grain }),
    );
    const policy = base[index % base.length] as Raw & { images?: unknown[] };
    base[index % base.length] = { ...policy, images: [...(policy.images ?? []), photoRef(index)] };
  }
  const copies = options.copies ?? 1;
  snapshot.policies = base.flatMap((policy, index) =>
    Array.from({ length: copies }, (_, copy) =>
      copy === 0
        ? policy
        : {
            ...policy,
            id: `c${copy}-${index}`,
            slug: `${policy.slug}-${copy}`,
            previousSlugs: [],
            title: `${policy.title} ${copy + 1}`.slice(0, 100),
          },
    ),
  );
  await writeFile(join(dir, "snapshot.json"), JSON.stringify(snapshot, null, 2));
  return snapshot;
}
