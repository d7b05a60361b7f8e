/**
 * PDF object syntax (ISO 32000-1 section 7.3): numbers, names, strings, arrays, dictionaries and references,
 * written the same way every time so that the same document gives the same bytes.
 */

/** An indirect reference ("12 0 R"). */
export class PdfRef {
  constructor(readonly id: number) {}
}

/** A name object (/Type). Written with # escapes for bytes outside the regular characters (7.3.5). */
export class PdfName {
  constructor(readonly name: string) {}
}

/** A string already encoded as PDF syntax, written as it is (content operators, hex strings). */
export class PdfRaw {
  constructor(readonly syntax: string) {}
}

export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfRaw | readonly PdfValue[] | PdfDictionary;
export interface PdfDictionary {
  readonly [key: string]: PdfValue | undefined;
}

export const name = (n: string): PdfName => new PdfName(n);

/**
 * A real number as PDF writes it: at most three decimals (a thousandth of a point is far below what any device
 * shows), no exponent, no negative zero.
 */
export function pdfNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const rounded = Math.round(n * 1000) / 1000;
  if (rounded === 0) return '0';
  if (Number.isInteger(rounded)) return String(rounded);
  return rounded.toFixed(3).replace(/0+$/, '');
}

function pdfName(n: string): string {
  let out = '/';
  for (const byte of Buffer.from(n, 'utf8')) {
    const regular = byte > 0x20 && byte < 0x7f && !'()<>[]{}/%#'.includes(String.fromCharCode(byte));
    out += regular ? String.fromCharCode(byte) : `#${byte.toString(16).padStart(2, '0').toUpperCase()}`;
  }
  return out;
}

/**
 * A text string (7.9.2.2): printable ASCII as a literal string, anything else as UTF-16BE with its byte order mark
 * in hex, which every reader decodes and which needs no escaping.
 */
export function pdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** A date string (7.9.4) in UTC: D:YYYYMMDDHHmmSSZ. */
export function pdfDate(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z)`;
}

export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return pdfNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return pdfTextString(value);
  if (value instanceof PdfName) return pdfName(value.name);
  if (value instanceof PdfRef) return `${value.id} 0 R`;
  if (value instanceof PdfRaw) return value.syntax;
  if (Array.isArray(value)) return `[${(value as readonly PdfValue[]).map(serialize).join(' ')}]`;
  const dict = value as PdfDictionary;
  const entries = Object.keys(dict)
    .filter((k) => dict[k] !== undefined)
    .map((k) => `${pdfName(k)} ${serialize(dict[k]!)}`);
  return `<<${entries.join(' ')}>>`;
}
