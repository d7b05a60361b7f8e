/**
 * Specific Character Set (0008,0005) handling: PS3.3 C.12.1.1.2 defined terms and PS3.5 6.1 code extensions.
 * Decoding covers every defined term; encoding is only needed for values the engine writes and is limited to
 * what can be represented without code extension switching (anything else is refused, never mis-encoded).
 */

const ESC = 0x1b;

type G1Kind = 'latin' | 'katakana' | 'ksx1001' | 'gb2312';
interface G1Set {
  readonly kind: G1Kind;
  /** Single-byte decoder for the 0xA0–0xFF half (latin kinds). */
  readonly decoder?: (byte: number) => string;
}
type G0Kind = 'ascii' | 'jisx0201' | 'jisx0208' | 'jisx0212';

const latin1Char = (byte: number): string => String.fromCharCode(byte);

function singleByteTable(label: string): (byte: number) => string {
  const decoder = new TextDecoder(label);
  const table: string[] = [];
  for (let b = 0; b < 256; b++) table[b] = decoder.decode(Uint8Array.of(b));
  return (byte) => table[byte] ?? '\ufffd';
}

const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** Single-byte Latin/other sets by defined term (without the "ISO 2022" / "ISO_IR" prefix difference). */
const SINGLE_BYTE_LABELS: Record<string, string> = {
  'IR 101': 'iso-8859-2',
  'IR 109': 'iso-8859-3',
  'IR 110': 'iso-8859-4',
  'IR 144': 'iso-8859-5',
  'IR 127': 'iso-8859-6',
  'IR 126': 'iso-8859-7',
  'IR 138': 'iso-8859-8',
  'IR 148': 'iso-8859-9',
  'IR 203': 'iso-8859-15',
  'IR 166': 'windows-874',
};
const singleByteDecoders = new Map<string, () => (byte: number) => string>(
  Object.entries(SINGLE_BYTE_LABELS).map(([ir, label]) => [ir, lazy(() => singleByteTable(label))]),
);

function g1ForTerm(ir: string): G1Set | undefined {
  if (ir === 'IR 100') return { kind: 'latin', decoder: latin1Char };
  if (ir === 'IR 13') return { kind: 'katakana' };
  if (ir === 'IR 149') return { kind: 'ksx1001' };
  if (ir === 'IR 58') return { kind: 'gb2312' };
  const make = singleByteDecoders.get(ir);
  return make ? { kind: 'latin', decoder: make() } : undefined;
}

/** Escape sequences of PS3.3 Table C.12-3/C.12-4 → what they select. */
function escapeTarget(seq: string): { g0?: G0Kind; g1?: G1Set } | undefined {
  switch (seq) {
    case '(B': return { g0: 'ascii' };
    case '(J': return { g0: 'jisx0201' };
    case '$B': return { g0: 'jisx0208' };
    case '$(D': return { g0: 'jisx0212' };
    case ')I': return { g1: { kind: 'katakana' } };
    case '$)C': return { g1: { kind: 'ksx1001' } };
    case '$)A': return { g1: { kind: 'gb2312' } };
    case '-A': return { g1: g1ForTerm('IR 100')! };
    case '-B': return { g1: g1ForTerm('IR 101')! };
    case '-C': return { g1: g1ForTerm('IR 109')! };
    case '-D': return { g1: g1ForTerm('IR 110')! };
    case '-L': return { g1: g1ForTerm('IR 144')! };
    case '-G': return { g1: g1ForTerm('IR 127')! };
    case '-F': return { g1: g1ForTerm('IR 126')! };
    case '-H': return { g1: g1ForTerm('IR 138')! };
    case '-M': return { g1: g1ForTerm('IR 148')! };
    case '-T': return { g1: g1ForTerm('IR 166')! };
    case '-b': return { g1: g1ForTerm('IR 203')! };
    default: return undefined;
  }
}

const eucJp = lazy(() => new TextDecoder('euc-jp'));
const eucKr = lazy(() => new TextDecoder('euc-kr'));
const gbk = lazy(() => new TextDecoder('gbk'));
const utf8 = lazy(() => new TextDecoder('utf-8'));

export interface CharacterSet {
  /** The Specific Character Set values as given (empty when absent: the default repertoire). */
  readonly terms: readonly string[];
  /** Whether the value may switch sets with escape sequences (ISO 2022 terms). */
  readonly usesCodeExtensions: boolean;
  decode(bytes: Uint8Array): string;
  /** Bytes for a string, or undefined when this character set cannot represent it without code extensions. */
  encode(text: string): Uint8Array | undefined;
}

const asciiOnly = (text: string): boolean => [...text].every((c) => c.charCodeAt(0) < 0x80);

/** Builds the decoder/encoder for the values of a Specific Character Set attribute. */
export function characterSet(terms: readonly string[]): CharacterSet {
  const cleaned = terms.map((t) => t.trim().toUpperCase());
  const first = cleaned[0] ?? '';
  const usesCodeExtensions = cleaned.some((t) => t.startsWith('ISO 2022'));
  const ir = (term: string): string => term.replace(/^ISO(_| 2022 )/, '');

  if (!usesCodeExtensions) {
    if (first === 'ISO_IR 192') {
      return {
        terms,
        usesCodeExtensions,
        decode: (b) => utf8().decode(b),
        encode: (t) => new TextEncoder().encode(t),
      };
    }
    if (first === 'GB18030' || first === 'GBK') {
      const decoder = new TextDecoder(first === 'GB18030' ? 'gb18030' : 'gbk');
      return { terms, usesCodeExtensions, decode: (b) => decoder.decode(b), encode: encodeAscii };
    }
    const g1 = first ? g1ForTerm(ir(first)) : undefined;
    if (g1?.kind === 'latin') {
      const decodeByte = g1.decoder!;
      const reverse = new Map<string, number>();
      for (let b = 0xa0; b < 0x100; b++) reverse.set(decodeByte(b), b);
      return {
        terms,
        usesCodeExtensions,
        decode: (b) => decodeSingleByte(b, decodeByte),
        encode: (t) => encodeSingleByte(t, reverse),
      };
    }
  }
  // Default repertoire, ISO_IR 13 and every ISO 2022 combination: a small state machine over escape sequences.
  const initialG0: G0Kind = ir(first) === 'IR 13' ? 'jisx0201' : 'ascii';
  const initialG1 = first ? g1ForTerm(ir(first)) : undefined;
  return {
    terms,
    usesCodeExtensions,
    decode: (b) => decodeIso2022(b, initialG0, initialG1),
    encode: encodeAscii,
  };
}

export const DEFAULT_CHARACTER_SET = characterSet([]);

function encodeAscii(text: string): Uint8Array | undefined {
  return asciiOnly(text) ? Uint8Array.from(text, (c) => c.charCodeAt(0)) : undefined;
}

function decodeSingleByte(bytes: Uint8Array, decodeByte: (b: number) => string): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : decodeByte(b);
  return out;
}

function encodeSingleByte(text: string, reverse: ReadonlyMap<string, number>): Uint8Array | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const b = reverse.get(ch);
      if (b === undefined) return undefined;
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}

function decodeIso2022(bytes: Uint8Array, initialG0: G0Kind, initialG1: G1Set | undefined): string {
  let g0 = initialG0;
  let g1 = initialG1;
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === ESC) {
      let j = i + 1;
      while (j < bytes.length && bytes[j]! >= 0x20 && bytes[j]! <= 0x2f) j++;
      const seq = String.fromCharCode(...bytes.subarray(i + 1, Math.min(j + 1, bytes.length)));
      const target = escapeTarget(seq);
      if (target?.g0) g0 = target.g0;
      if (target?.g1) g1 = target.g1;
      i = j + 1;
      continue;
    }
    if (b < 0x80) {
      // Delimiters return to the initial sets (PS3.5 6.1.2.5.3) when read in a single-byte G0 set.
      if ((g0 === 'jisx0208' || g0 === 'jisx0212') && b >= 0x21 && b <= 0x7e && i + 1 < bytes.length) {
        const pair = g0 === 'jisx0208'
          ? Uint8Array.of(b | 0x80, bytes[i + 1]! | 0x80)
          : Uint8Array.of(0x8f, b | 0x80, bytes[i + 1]! | 0x80);
        out += eucJp().decode(pair);
        i += 2;
        continue;
      }
      if (g0 === 'jisx0201' && b === 0x5c) out += '\u00a5';
      else if (g0 === 'jisx0201' && b === 0x7e) out += '\u203e';
      else out += String.fromCharCode(b);
      if (b === 0x5c || b === 0x3d || b === 0x0d || b === 0x0a) {
        g0 = initialG0;
        g1 = initialG1;
      }
      i += 1;
      continue;
    }
    if (!g1) {
      out += '\ufffd';
      i += 1;
    } else if (g1.kind === 'latin') {
      out += g1.decoder!(b);
      i += 1;
    } else if (g1.kind === 'katakana') {
      out += b >= 0xa1 && b <= 0xdf ? String.fromCharCode(0xff61 + b - 0xa1) : '\ufffd';
      i += 1;
    } else {
      const pair = bytes.subarray(i, i + 2);
      out += (g1.kind === 'ksx1001' ? eucKr() : gbk()).decode(pair);
      i += 2;
    }
  }
  return out;
}
