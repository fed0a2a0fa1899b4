import sharp from "sharp";
import { Prng } from "./prng.ts";

/** Distinct generated illustrations for a benchmark of `size` policies (about one per 100). */
export function imageCount(size: number): number {
  return Math.max(2, Math.round(size / 100));
}

/** Share of synthetic policies that show an image. */
export const IMAGE_SHARE = 0.1;

/**
 * A deterministic 1600×1000 PNG illustration (soft gradient, a sun and hills in one of the
 * handbook's chapter colours), the kind of picture a department attaches to a policy.
 */
export async function renderIllustrationPng(index: number): Promise<Buffer> {
  const rng = new Prng(1000 + index);
  const hues = [340, 30, 55, 140, 200, 260, 15, 180];
  const hue = hues[index % hues.length] as number;
  const hills = Array.from({ length: 3 }, (_, k) => {
    const y = 620 + k * 90 + rng.int(-40, 40);
    return `<path d="M0 ${y} Q 400 ${y - rng.int(80, 200)} 800 ${y} T 1600 ${y} V 1000 H 0 Z" fill="hsl(${hue + k * 12} 45% ${70 - k * 12}%)"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 70% 92%)"/><stop offset="1" stop-color="hsl(${hue + 20} 60% 80%)"/>
    </linearGradient></defs>
    <rect width="1600" height="1000" fill="url(#sky)"/>
    <circle cx="${rng.int(250, 1350)}" cy="${rng.int(180, 320)}" r="${rng.int(90, 150)}" fill="hsl(45 95% 62%)"/>
    ${hills}
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/**
 * Which generated images (indices below `imageCount(size)`) each synthetic policy shows:
 * about `IMAGE_SHARE` of them show one, a few of those two. Deterministic.
 */
export function imageAssignments(policyIds: string[], size: number): Map<string, number[]> {
  const rng = new Prng(77);
  const count = imageCount(size);
  const result = new Map<string, number[]>();
  for (const id of policyIds) {
    if (!rng.chance(IMAGE_SHARE)) continue;
    const first = rng.int(0, count - 1);
    result.set(id, rng.chance(0.2) ? [first, (first + 1) % count] : [first]);
  }
  return result;
}
