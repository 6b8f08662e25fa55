import qrcode from "qrcode-generator";

export type QrPath = { size: number; path: string };

const quietZone = 4;

/**
 * A QR code as one SVG path in module units (quiet zone included), for the page to draw with attributes
 * only: the Content-Security-Policy forbids inline styles, and no script or image request is needed.
 */
export function qrCodePath(text: string): QrPath {
  const code = qrcode(0, "M");
  code.addData(text, "Byte");
  code.make();
  const count = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!code.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && code.isDark(row, col)) col++;
      parts.push(`M${start + quietZone} ${row + quietZone}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: count + 2 * quietZone, path: parts.join("") };
}
