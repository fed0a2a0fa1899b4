import { htmlAttr } from "@lifewelfare/content-models/escape";
import QRCode from "qrcode";

/**
 * An inline SVG QR code for `url` (error correction M, no quiet zone: the layout adds white
 * space around it), labelled for assistive technology with `label`.
 *
 * Drawn as one filled path of dark runs rather than the library's stroked SVG: Chromium prints
 * stroked hairline paths several times slower, which matters with a QR code on every entry.
 */
export function qrSvg(url: string, label: string): string {
  const { size, data } = QRCode.create(url, { errorCorrectionLevel: "M" }).modules;
  let d = "";
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue;
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${htmlAttr(label)}"><path fill="#1e2124" d="${d}"/></svg>`;
}
