import { join } from 'node:path';
import { packageRoot } from '../../packageRoot.js';

/**
 * The sheet's two faces: DejaVu Sans covers every letter of Finnish, Swedish, Norwegian, Danish and Sámi names
 * (å ä ö ø æ š ž đ ŋ …), which the PDF standard fonts do not. The TTFs ship in assets/fonts (with their licence)
 * because node_modules is not part of the installed app.
 */
export type FontName = 'regular' | 'bold';

const FILES: Record<FontName, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
};

const paths = new Map<FontName, string>();

/**
 * The file of a face, which is also its key in a document: pdfkit parses a font file once per document and
 * finds it again by this path (a font registered under another name would be parsed again on every switch).
 * pdfkit subsets each face and names the subset from the order of first use, so repeatably.
 */
export function fontPath(font: FontName): string {
  let path = paths.get(font);
  if (!path) {
    path = join(packageRoot(), 'assets', 'fonts', FILES[font]);
    paths.set(font, path);
  }
  return path;
}
