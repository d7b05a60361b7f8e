/**
 * Splits free text into the pieces descriptor cleaning decides on: words, numbers (with an optional unit) and
 * the separators between them, after cutting out the spans that a reject pattern matched. Words break at
 * whitespace and punctuation (_ - / , ; : ( ) [ ] ^ . and every other non-letter, non-digit character), except
 * that a vocabulary term containing punctuation ("w/o", "t2*") and a decimal number ("2.5", "2,5") stay whole.
 * Letters are Unicode letters and combining marks, so "höger", "lungor" and non-Latin scripts form words.
 */
import { findRejectedSpans, type RejectKind } from './rejectPatterns.js';
import { compoundTermsStartingWith, unitsLongestFirst, vocabularyKey } from './vocabulary.js';

export type TextPiece =
  | { readonly kind: 'word'; readonly text: string }
  /** A number, maybe with dimensions ("512x512") and a unit glued to it ("5mm"); `unit` is '' when none. */
  | { readonly kind: 'number'; readonly text: string; readonly value: string; readonly unit: string }
  | { readonly kind: 'separator'; readonly text: string }
  | { readonly kind: 'rejected'; readonly text: string; readonly reason: RejectKind };

const WORD_RUN = /[\p{L}\p{M}\p{N}]+/uy;
const SEPARATOR_RUN = /[^\p{L}\p{M}\p{N}]+/uy;
const NUMBER = /\d+(?:[.,]\d+)?(?:[x×]\d+(?:[.,]\d+)?)*/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The whole code point at `index`, so that letters outside the Basic Multilingual Plane are tested as letters. */
const codePointAt = (text: string, index: number): string => String.fromCodePoint(text.codePointAt(index)!);
const isWordChar = (text: string, index: number): boolean => WORD_CHAR.test(codePointAt(text, index));
const isBoundary = (text: string, index: number): boolean => index >= text.length || !isWordChar(text, index);

/**
 * The longest of `candidates` (lower case, longest first) that `text` spells at `index`, ignoring case, and that
 * ends at a word boundary. A lower-cased window prefilters; the exact slice confirms, since lower-casing can
 * change a string's length.
 */
function matchAt(text: string, index: number, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const window = vocabularyKey(text.slice(index, index + candidates[0]!.length + 1));
  for (const candidate of candidates) {
    if (!window.startsWith(candidate)) continue;
    const end = index + candidate.length;
    if (vocabularyKey(text.slice(index, end)) === candidate && isBoundary(text, end)) return text.slice(index, end);
  }
  return undefined;
}

/** The longest compound vocabulary term that starts at `index` and ends at a word boundary. */
const matchCompound = (text: string, index: number): string | undefined =>
  matchAt(text, index, compoundTermsStartingWith(vocabularyKey(codePointAt(text, index))));

/** A number at `index`, with the longest unit that follows it directly, ending at a word boundary. */
function matchNumber(text: string, index: number): TextPiece | undefined {
  NUMBER.lastIndex = index;
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const value = m[0];
  const afterNumber = index + value.length;
  const unit = afterNumber < text.length ? matchAt(text, afterNumber, unitsLongestFirst()) : undefined;
  if (unit) return { kind: 'number', text: value + unit, value, unit };
  return isBoundary(text, afterNumber) ? { kind: 'number', text: value, value, unit: '' } : undefined;
}

function tokenizeSegment(segment: string, out: TextPiece[]): void {
  let i = 0;
  while (i < segment.length) {
    if (isWordChar(segment, i)) {
      const compound = matchCompound(segment, i);
      if (compound) {
        out.push({ kind: 'word', text: compound });
        i += compound.length;
        continue;
      }
      const number = /\d/.test(segment[i]!) ? matchNumber(segment, i) : undefined;
      if (number) {
        out.push(number);
        i += number.text.length;
        continue;
      }
      WORD_RUN.lastIndex = i;
      const word = WORD_RUN.exec(segment)![0];
      // Digits cut off by a separator ("2024" in "2024.x") are a number, judged by the number rule.
      out.push(/^\d+$/.test(word) ? { kind: 'number', text: word, value: word, unit: '' } : { kind: 'word', text: word });
      i += word.length;
    } else {
      SEPARATOR_RUN.lastIndex = i;
      const separator = SEPARATOR_RUN.exec(segment)![0];
      out.push({ kind: 'separator', text: separator });
      i += separator.length;
    }
  }
}

/** `text` as pieces whose texts, concatenated, give `text` back. */
export function tokenizeText(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of findRejectedSpans(text)) {
    tokenizeSegment(text.slice(at, span.start), pieces);
    pieces.push({ kind: 'rejected', text: text.slice(span.start, span.end), reason: span.kind });
    at = span.end;
  }
  tokenizeSegment(text.slice(at), pieces);
  return pieces;
}
