import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../packageRoot.js';
import { TrueTypeFont } from './writer/trueTypeFont.js';

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

const loaded = new Map<FontName, TrueTypeFont>();

/** A face, read and parsed once per process: the parsed font is never changed, only read. */
export function loadFace(font: FontName): TrueTypeFont {
  let face = loaded.get(font);
  if (!face) {
    const file = join(packageRoot(), 'assets', 'fonts', FILES[font]);
    face = new TrueTypeFont(FILES[font], readFileSync(file));
    loaded.set(font, face);
  }
  return face;
}

/** Both faces by name, in a fixed order (their resource names F1, F2 follow it). */
export function sheetFaces(): ReadonlyMap<FontName, TrueTypeFont> {
  return new Map((Object.keys(FILES) as FontName[]).map((f) => [f, loadFace(f)]));
}
