/**
 * Greedy line breaking at spaces, with explicit newlines kept as line breaks. A word wider than the line (a hash,
 * a long file name) is cut between characters rather than allowed to run past the margin.
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of cleanText(text).split('\n')) {
    const words = paragraph.split(' ').filter((w) => w !== '');
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      const pieces = cutWord(word, width, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Characters after which a word too long for a line is best broken, strongest first: path separators, then
 * joiners in names, then the dots and colons of UIDs and file extensions.
 */
const BREAK_AFTER: readonly (readonly string[])[] = [['/', '\\'], ['-', '_', '|'], ['.', ':']];

/** Where to end a piece of `fits` characters: after the strongest separator in its second half, else at `fits`. */
function breakPoint(chars: readonly string[], fits: number): number {
  const earliest = Math.max(1, Math.ceil(fits / 2));
  for (const separators of BREAK_AFTER) {
    for (let i = fits; i >= earliest; i--) if (separators.includes(chars[i - 1]!)) return i;
  }
  return fits;
}

/**
 * Pieces of a word that each fit the width (the last may be shorter), cut after a separator where there is one,
 * else between any two characters; whole code points, never half a surrogate pair.
 */
function cutWord(word: string, width: number, measure: (text: string) => number): string[] {
  if (measure(word) <= width) return [word];
  const pieces: string[] = [];
  let rest = Array.from(word);
  while (rest.length > 0) {
    let fits = 1;
    while (fits < rest.length && measure(rest.slice(0, fits + 1).join('')) <= width) fits++;
    if (fits === rest.length) {
      pieces.push(rest.join(''));
      break;
    }
    const cut = breakPoint(rest, fits);
    pieces.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  return pieces;
}

/** Control, zero-width and bidirectional-override characters: a font draws them as boxes, or they reorder text. */
function isInvisible(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && codePoint !== 0x0a) ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2069) ||
    codePoint === 0xfeff
  );
}

/**
 * Text typed by people (justifications, names) may hold tabs, carriage returns and other characters that a PDF
 * font cannot draw: line breaks are kept as newlines, tabs become spaces, the invisible ones are dropped.
 */
export function cleanText(text: string): string {
  const normalised = text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/[\t\v\f]/g, ' ');
  let out = '';
  for (const char of normalised) {
    if (!isInvisible(char.codePointAt(0) ?? 0)) out += char;
  }
  return out;
}
