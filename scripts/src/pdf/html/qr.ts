import QRCode from "qrcode";
import { esc } from "./escape.ts";

/**
 * An inline SVG QR code for `url` (error correction M, no quiet zone: the layout adds white
 * space around it), labelled for assistive technology with `label`.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: "svg",
    margin: 0,
    errorCorrectionLevel: "M",
    color: { dark: "#1e2124ff", light: "#ffffffff" },
  });
  return svg.replace("<svg ", `<svg class="qr" role="img" aria-label="${esc(label)}" `);
}
