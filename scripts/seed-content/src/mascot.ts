import { fileURLToPath } from "node:url";
import type { Chapter, MascotPose } from "@lifewelfare/content-models";
import sharp from "sharp";

/** Folder of the hand-drawn mascot SVGs (`scripts/seed-content/assets/mascot/<pose>.svg`). */
const MASCOT_DIR = fileURLToPath(new URL("../assets/mascot/", import.meta.url));

/**
 * One pose of the project's own welfare character 햇살이 (a round, smiling sun), as seeded into
 * the CMS. `svgPath` is absolute; `alt` is the Korean alt text; `usageNotes` tells staff where the
 * pose fits.
 */
export type SeedMascot = {
  id: string;
  name: string;
  pose: MascotPose;
  chapter?: Chapter;
  svgPath: string;
  alt: string;
  usageNotes: string;
};

const NAME = "햇살이";
const svg = (file: string) => `${MASCOT_DIR}${file}.svg`;
/** 을 after a final consonant (받침), 를 after a vowel. */
const objectParticle = (word: string) => ((word.charCodeAt(word.length - 1) - 0xac00) % 28 === 0 ? "를" : "을");

const CHAPTER_PROPS: { chapter: Chapter; label: string; prop: string }[] = [
  { chapter: "pregnancy", label: "임신·출산", prop: "분홍 하트" },
  { chapter: "infant", label: "영유아", prop: "젖병" },
  { chapter: "child", label: "아동", prop: "연필" },
  { chapter: "teen", label: "청소년", prop: "펼친 책" },
  { chapter: "youth", label: "청년", prop: "별" },
  { chapter: "middle-aged", label: "중장년", prop: "서류 가방" },
  { chapter: "senior", label: "노년", prop: "지팡이" },
  { chapter: "common", label: "공통", prop: "작은 집" },
];

/** Every mascot pose: 기본, 인사, 안내, and one chapter opener per handbook chapter. */
export const seedMascots: SeedMascot[] = [
  {
    id: "mascot-default",
    name: NAME,
    pose: "default",
    svgPath: svg("default"),
    alt: "해처럼 둥근 얼굴에 주황빛 햇살이 둘러진 캐릭터 햇살이가 웃고 있어요.",
    usageNotes: "표지, 누리집 첫 화면, 안내서 뒤표지 등 대표 이미지로 써요. 다른 그림과 겹치지 않게 여백을 두세요.",
  },
  {
    id: "mascot-greeting",
    name: NAME,
    pose: "greeting",
    svgPath: svg("greeting"),
    alt: "햇살이가 한 손을 흔들며 반갑게 인사하고 있어요.",
    usageNotes: "발간사, 환영 문구, 첫 방문 안내처럼 인사하는 자리에 써요.",
  },
  {
    id: "mascot-guide",
    name: NAME,
    pose: "guide",
    svgPath: svg("guide"),
    alt: "햇살이가 오른쪽을 손으로 가리키며 안내하고 있어요.",
    usageNotes: "신청 방법, 문의처, '확인 중' 안내처럼 다음 행동을 알려 주는 곳에 써요. 가리키는 쪽에 내용을 두세요.",
  },
  ...CHAPTER_PROPS.map(
    ({ chapter, label, prop }): SeedMascot => ({
      id: `mascot-${chapter}`,
      name: NAME,
      pose: "chapter",
      chapter,
      svgPath: svg(`chapter-${chapter}`),
      alt: `${prop}${objectParticle(prop)} 든 햇살이, ${label} 장을 여는 그림이에요.`,
      usageNotes: `${label} 장 표지와 누리집의 ${label} 목록 머리에 써요.`,
    }),
  ),
];

/**
 * Renders a mascot SVG to a PNG `widthPx` wide (height follows the 1:1 artboard), on a
 * transparent background. Throws if the file is missing or not a valid SVG.
 */
export async function renderMascotPng(svgPath: string, widthPx: number): Promise<Buffer> {
  if (!Number.isInteger(widthPx) || widthPx < 16 || widthPx > 8000) {
    throw new RangeError(`renderMascotPng: widthPx must be an integer from 16 to 8000, got ${widthPx}`);
  }
  // SVG is vector: rasterise at a density that gives at least the requested width, then resize.
  const density = Math.max(72, Math.ceil((72 * widthPx) / 400));
  return sharp(svgPath, { density }).resize({ width: widthPx }).png().toBuffer();
}
