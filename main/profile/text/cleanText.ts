/**
 * The "C" (clean) action of PS3.15 E.3.5 Clean Descriptors and E.3.4 Clean Structured Content for free text:
 * Study Description, Series Description, Image Comments, SR TEXT content items and the like.
 *
 * PS3.15 asks to "replace with values of similar meaning known not to contain identifying information". Peitto
 * keeps a word only when it is in the committed vocabulary (vocabulary.ts: anatomy, modality, sequence, contrast,
 * laterality, view and reporting words in English, Finnish, Swedish and Latin, and DICOM defined terms), and a
 * number only when it is short (at most 3 integer digits, optional decimals, optionally with a unit: "5mm",
 * "2.5", "120kV"). Everything else is dropped, so what can leak is bounded by the vocabulary, not by a list of
 * the shapes identity may take. On top of that:
 *   - a token equal, ignoring case and diacritics, to a word of one of the object's identifying values (names,
 *     IDs…) is dropped even when it is a vocabulary term ("White" in "WHITE MATTER" for a patient White);
 *   - dates, times, personal identity codes, e-mail and web addresses, phone numbers and UIDs are cut out whole
 *     before the text is split (rejectPatterns.ts), and a bare two-decimal number that reads as a time or a
 *     day and month ("12.30", "31.01") is dropped unless a unit follows it.
 * The separators between kept words are kept where nothing was dropped between them ("T2_TSE_AX" stays);
 * where something was, the separator that followed the kept word joins it to the next one. Unmatched brackets
 * are removed and runs of spaces collapse to one; line breaks are kept for structured report text.
 */
import { tokenizeText, type TextPiece } from './tokenizeText.js';
import { isUnit, isVocabularyWord, vocabularyKey } from './vocabulary.js';

export interface CleanTextOptions {
  /** Values of the object that identify someone: names, IDs, accession numbers, addresses… */
  readonly identifyingValues: readonly string[];
}

export interface CleanTextResult {
  readonly text: string;
  /** Number of words, numbers and rejected spans that were dropped. */
  readonly removed: number;
}

/** Lower case without diacritics, so that "Mäki", "MAKI" and "maki" compare equal. */
function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd');
}

/** The words of one object's identifying values, computed once per list (an object's texts share it). */
const wordsOfList = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Every word of every identifying value, as given and folded; "Virtanen^Matti" gives virtanen and matti. */
function identifyingWords(values: readonly string[]): ReadonlySet<string> {
  const cached = wordsOfList.get(values);
  if (cached) return cached;
  const words = new Set<string>();
  for (const value of values) {
    const text = value.normalize('NFC');
    const whole = vocabularyKey(text.trim());
    if (whole) words.add(whole);
    for (const word of text.split(/[^\p{L}\p{M}\p{N}]+/u)) {
      if (!word) continue;
      words.add(vocabularyKey(word));
      words.add(fold(word));
    }
  }
  wordsOfList.set(values, words);
  return words;
}

const isIdentifying = (text: string, words: ReadonlySet<string>): boolean =>
  words.has(vocabularyKey(text)) || words.has(fold(text));

/** At most 3 integer digits in every dimension ("512x512"), any decimals. */
const isShortNumber = (value: string): boolean =>
  value.split(/[x×]/u).every((part) => /^\d{1,3}(?:[.,]\d+)?$/.test(part));

/** "12.30" (a time, HH.MM as written in Finland) or "31.01" (a day and month) rather than a measurement. */
function readsAsTimeOrDate(value: string): boolean {
  const m = /^(\d{1,2})[.,](\d{2})$/.exec(value);
  if (!m) return false;
  const first = Number(m[1]);
  const second = Number(m[2]);
  return (first <= 23 && second <= 59) || (first >= 1 && first <= 31 && second >= 1 && second <= 12);
}

/** Whether the piece after `index`, across whitespace only, is a unit ("1.25 mm"). */
function unitFollows(pieces: readonly TextPiece[], index: number): boolean {
  let next = index + 1;
  if (pieces[next]?.kind === 'separator' && /^[^\S\n]+$/u.test(pieces[next]!.text)) next++;
  const piece = pieces[next];
  return piece !== undefined && piece.kind === 'word' && isUnit(piece.text);
}

function keepPiece(pieces: readonly TextPiece[], index: number, identifying: ReadonlySet<string>): boolean {
  const piece = pieces[index]!;
  switch (piece.kind) {
    case 'separator':
      return true;
    case 'rejected':
      return false;
    case 'word':
      return isVocabularyWord(piece.text) && !isIdentifying(piece.text, identifying);
    case 'number':
      if (isIdentifying(piece.text, identifying) || isIdentifying(piece.value, identifying)) return false;
      if (!isShortNumber(piece.value)) return false;
      return piece.unit !== '' || !readsAsTimeOrDate(piece.value) || unitFollows(pieces, index);
  }
}

const OPENING = '([{';
const CLOSING = ')]}';

/** Removes brackets that have no partner, which dropping a word between them can leave behind. */
function balanceBrackets(text: string): string {
  const drop = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENING.includes(ch)) open.push(i);
    else if (CLOSING.includes(ch)) {
      const partner = open.length ? open[open.length - 1]! : -1;
      if (partner >= 0 && OPENING.indexOf(text[partner]!) === CLOSING.indexOf(ch)) open.pop();
      else drop.add(i);
    }
  }
  for (const i of open) drop.add(i);
  // Brackets are single UTF-16 units, so filtering units by index never splits a surrogate pair.
  return text
    .split('')
    .filter((_, i) => !drop.has(i))
    .join('');
}

const collapseWhitespace = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/gu, ' ')
    .replace(/\s*\n\s*/gu, '\n')
    .trim();

/**
 * NFC, so that "ö" typed as o + combining diaeresis finds the vocabulary's "ö"; invisible format characters
 * (zero-width spaces and joiners, soft hyphens, bidirectional controls) become spaces, so that they can neither
 * hide a word boundary nor survive as an invisible joiner. So do control characters other than line breaks and
 * tabs (PS3.5 6.1.3 allows no others in text): NULs and the like are binary bytes read as text, as when a wrong
 * length runs a value into the next element's header, and kept as separators they glued the vocabulary words
 * around them ("US", "CS") into one token that the export's verification found as unknown source text.
 */
const normaliseInput = (text: string): string => text.normalize('NFC').replace(/(?:\p{Cf}|[^\P{Cc}\t\n\f\r])+/gu, ' ');

export function cleanText(text: string, options: CleanTextOptions): CleanTextResult {
  const pieces = tokenizeText(normaliseInput(text));
  const identifying = identifyingWords(options.identifyingValues);
  const kept = pieces.map((_, i) => keepPiece(pieces, i, identifying));
  const isToken = (i: number): boolean => pieces[i]!.kind !== 'separator';

  let removed = 0;
  let out = '';
  let lastKept = -1;
  for (let i = 0; i < pieces.length; i++) {
    if (!isToken(i)) continue;
    if (!kept[i]) {
      removed++;
      continue;
    }
    if (lastKept < 0) {
      // Keep an opening bracket right before the first kept word: "(LEFT)".
      const before = i > 0 && !isToken(i - 1) ? pieces[i - 1]!.text : '';
      out += /[([{]*$/u.exec(before)![0];
    } else {
      // Nothing dropped between: the original separator. Otherwise the separator that followed the kept
      // word ("T2_Smith_AX" → "T2_AX", "HEAD, Smith, AX" → "HEAD, AX").
      const gap = pieces.slice(lastKept + 1, i);
      const droppedBetween = gap.some((p) => p.kind !== 'separator');
      const firstSeparator = gap.find((p) => p.kind === 'separator');
      out += droppedBetween ? (firstSeparator?.text ?? ' ') : gap.map((p) => p.text).join('');
    }
    out += pieces[i]!.text;
    lastKept = i;
  }
  if (lastKept >= 0 && lastKept + 1 < pieces.length && !isToken(lastKept + 1)) {
    // Keep closing brackets and a full stop right after the last kept word: "(LEFT)", "No fracture."
    out += /^[)\]}.!?]*/u.exec(pieces[lastKept + 1]!.text)![0];
  }
  return { text: collapseWhitespace(balanceBrackets(out)), removed };
}
