/**
 * Shapes of text that identify or date a person and that cleaning removes whole before it splits text into
 * words: dates, times, Finnish and Swedish personal identity codes, e-mail and web addresses, phone numbers,
 * UIDs. They are found on the raw text because splitting at punctuation would turn "31.01.2024" into short
 * numbers that the number rule could keep. This is a second line of defence: a word survives cleaning only
 * when it is in the vocabulary, so these patterns matter mostly for digits, which the number rule would keep.
 */

export type RejectKind = 'url' | 'email' | 'uid' | 'personalIdentityCode' | 'date' | 'time' | 'phone';

export interface RejectedSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: RejectKind;
}

// Month names that can form a date with a day number: English, Finnish (nominative and the partitive of
// "1. maaliskuuta") and Swedish. Abbreviations are only accepted next to a year, since "mar" and "oct" are also
// imaging terms (metal artefact reduction, optical coherence tomography).
const FULL_MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  '(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu(?:ta)?|' +
  'januari|februari|mars|maj|juni|juli|augusti|oktober';
const SHORT_MONTHS = 'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|tammik|helmik|maalisk|huhtik|toukok|kesäk|heinäk|elok|syysk|lokak|marrask|jouluk';
const ANY_MONTH = `(?:${FULL_MONTHS}|${SHORT_MONTHS})`;

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
const YEAR = '(?:\\d{4}|\\d{2})';
const NOT_DIGIT_BEFORE = '(?<![\\p{N}])';
const NOT_DIGIT_AFTER = '(?![\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * What a text must contain before a pattern can match in it, so that most texts (words without digits) skip the
 * regular expressions: every date, time, code, UID and phone pattern needs an ASCII digit (`\d` is ASCII only,
 * with or without the u flag), an e-mail address an @, a web address :// or www.
 */
export type RejectPrecondition = 'digit' | 'at' | 'address';

const PRECONDITIONS: Readonly<Record<RejectPrecondition, (text: string) => boolean>> = {
  digit: (text) => /[0-9]/.test(text),
  at: (text) => text.includes('@'),
  address: (text) => text.includes('://') || /www\./i.test(text),
};

export const meetsPrecondition = (text: string, precondition: RejectPrecondition): boolean => PRECONDITIONS[precondition](text);

export interface RejectPattern {
  readonly kind: RejectKind;
  readonly regex: RegExp;
  readonly requires: RejectPrecondition;
  /** Extra test on a match, where a regular expression alone would be too broad. */
  readonly accept?: (match: string) => boolean;
}

export const REJECT_PATTERNS: readonly RejectPattern[] = [
  { kind: 'url', requires: 'address', regex: /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s]+/giu },
  { kind: 'email', requires: 'at', regex: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  // A dotted run of four or more numbers: a UID (PS3.5 9.1), an IP address or an OID.
  { kind: 'uid', requires: 'digit', regex: /(?<![\p{L}\p{N}.])\d+(?:\.\d+){3,}(?![\p{N}])/gu },
  // Finnish personal identity code DDMMYYCZZZQ: century sign + - A-F (and U-Y since 2023), check character
  // 0-9 or a letter other than G, I, O, Q, Z. Matched even when glued to other text.
  { kind: 'personalIdentityCode', requires: 'digit', regex: /(?<![\p{N}])\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]/giu },
  // Swedish personnummer and samordningsnummer (YY)YYMMDD-NNNN / +NNNN.
  { kind: 'personalIdentityCode', requires: 'digit', regex: /(?<![\p{N}])(?:\d{2})?\d{6}[-+]\d{4}(?![\p{N}])/gu },
  { kind: 'date', requires: 'digit', regex: new RegExp(`${NOT_DIGIT_BEFORE}(?:19|20)\\d{2}[-./]${MONTH}[-./]${DAY}${NOT_DIGIT_AFTER}`, 'gu') },
  { kind: 'date', requires: 'digit', regex: new RegExp(`${NOT_DIGIT_BEFORE}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])${NOT_DIGIT_AFTER}`, 'gu') },
  { kind: 'date', requires: 'digit', regex: new RegExp(`${NOT_DIGIT_BEFORE}${DAY}[-./]${MONTH}[-./]${YEAR}${NOT_DIGIT_AFTER}`, 'gu') },
  { kind: 'date', requires: 'digit', regex: new RegExp(`${NOT_DIGIT_BEFORE}${MONTH}/${DAY}/${YEAR}${NOT_DIGIT_AFTER}`, 'gu') },
  // "31.1." (Finnish day and month, trailing dot) and "31/1" without a year; "L4/5" is not a date.
  { kind: 'date', requires: 'digit', regex: new RegExp(`(?<![\\p{N}.,])${DAY}\\.${MONTH}\\.${NOT_DIGIT_AFTER}`, 'gu') },
  { kind: 'date', requires: 'digit', regex: new RegExp(`(?<![\\p{L}\\p{N}/.,])${DAY}/${MONTH}(?![\\p{N}/])`, 'gu') },
  // "31 January", "31. tammikuuta 2024", "3rd March 2024", "31 Jan 2024"
  {
    kind: 'date',
    requires: 'digit',
    regex: new RegExp(`${NOT_DIGIT_BEFORE}${DAY}(?:st|nd|rd|th|\\.)?\\s*(?:${FULL_MONTHS})${NOT_WORD_AFTER}(?:\\s*,?\\s*\\d{4}${NOT_DIGIT_AFTER})?`, 'giu'),
  },
  { kind: 'date', requires: 'digit', regex: new RegExp(`${NOT_DIGIT_BEFORE}${DAY}(?:st|nd|rd|th|\\.)?\\s*${ANY_MONTH}\\.?\\s*,?\\s*\\d{4}${NOT_DIGIT_AFTER}`, 'giu') },
  // "January 31, 2024", "Jan 2024", "tammikuu 2024"
  { kind: 'date', requires: 'digit', regex: new RegExp(`(?<![\\p{L}])${ANY_MONTH}\\.?\\s+(?:${DAY}(?:st|nd|rd|th)?,?\\s+)?\\d{4}${NOT_DIGIT_AFTER}`, 'giu') },
  { kind: 'time', requires: 'digit', regex: /(?<![\p{N}.:,])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?![\p{N}])/gu },
  // "klo 12.30", "kl. 8.15", "at 12.30": the dotted form is a time only after a time word.
  { kind: 'time', requires: 'digit', regex: /(?<![\p{L}])(?:klo|kello|kl|at)\.?\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[.:][0-5]\d)?(?![\p{N}])/giu },
  {
    kind: 'phone',
    requires: 'digit',
    regex: /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().\-/]{5,}\d(?![\p{L}\p{N}])/gu,
    accept: (match) => {
      const digits = match.replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15;
    },
  },
];

/** Every span of `text` that a reject pattern matches, sorted, overlapping spans merged into one. */
export function findRejectedSpans(text: string): readonly RejectedSpan[] {
  const found: RejectedSpan[] = [];
  const met = { digit: meetsPrecondition(text, 'digit'), at: meetsPrecondition(text, 'at'), address: meetsPrecondition(text, 'address') };
  for (const { kind, regex, accept, requires } of REJECT_PATTERNS) {
    if (!met[requires]) continue;
    for (const m of text.matchAll(regex)) {
      if (accept && !accept(m[0])) continue;
      const start = m.index;
      found.push({ start, end: start + m[0].length, kind });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RejectedSpan[] = [];
  for (const span of found) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) merged[merged.length - 1] = { ...last, end: span.end };
    } else {
      merged.push(span);
    }
  }
  return merged;
}
