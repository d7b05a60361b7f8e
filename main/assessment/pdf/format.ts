import type { Translate } from '../../i18n/translate.js';

/**
 * Number and date formatting for the sheet, written by hand rather than with Intl so that the PDF's bytes depend
 * only on the sheet and the translation files, never on the ICU data of the Node or Electron build that renders
 * it. The separators and date patterns come from the language's sheet.json ("sheet.format.*").
 */
export interface Formatter {
  /**
   * An integer with the language's thousands separator ("12 345" in Finnish, "12,345" in English). Passed as a
   * plural parameter it still selects the right form: only "1" reads back as one.
   */
  readonly integer: (value: number) => string;
  /** A decimal with at most `digits` fractional digits, trailing zeros dropped ("0,49"). */
  readonly decimal: (value: number, digits: number) => string;
  /** "14.3.2025 klo 10.22 (UTC+02:00)": the local time the export recorded, with its offset. */
  readonly dateTime: (iso: string) => string;
  /** "14.3.2025". */
  readonly date: (iso: string) => string;
  /** Items joined with the language's list separator. */
  readonly list: (items: readonly string[]) => string;
}

/** The parts of an ISO 8601 timestamp with an offset, as written (no conversion to the renderer's zone). */
export interface TimestampParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
  readonly second: string;
  /** "+02:00", or "" for UTC ("Z"). */
  readonly offset: string;
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Splits "2025-03-14T10:22:05+02:00"; a timestamp without an offset is refused, since its instant is unknown. */
export function parseTimestamp(iso: string): TimestampParts {
  const m = ISO_WITH_OFFSET.exec(iso);
  if (!m) throw new Error(`assessment sheet: "${iso}" is not an ISO 8601 date and time with an offset`);
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '00', zone = 'Z'] = m;
  const offset = zone === 'Z' ? '' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return { year, month, day, hour, minute, second, offset };
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export function createFormatter(t: Translate): Formatter {
  const thousands = t('sheet.format.thousands');
  const decimalMark = t('sheet.format.decimal');
  const separator = t('sheet.format.list');

  const integer = (value: number): string => {
    const rounded = Math.round(value);
    const sign = rounded < 0 ? '-' : '';
    return sign + groupThousands(String(Math.abs(rounded)), thousands);
  };

  const decimal = (value: number, digits: number): string => {
    const fixed = Math.abs(value).toFixed(digits);
    const [whole = '0', fraction = ''] = fixed.split('.');
    const trimmed = fraction.replace(/0+$/, '');
    const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
    return sign + groupThousands(whole, thousands) + (trimmed ? decimalMark + trimmed : '');
  };

  const dateParams = (iso: string): Record<string, string> => {
    const p = parseTimestamp(iso);
    return {
      ...p,
      dayNumber: String(Number(p.day)),
      monthNumber: String(Number(p.month)),
      zone: p.offset ? t('sheet.format.utcOffset', { offset: p.offset }) : t('sheet.format.utc'),
    };
  };

  return {
    integer,
    decimal,
    dateTime: (iso) => t('sheet.format.dateTime', dateParams(iso)),
    date: (iso) => t('sheet.format.date', dateParams(iso)),
    list: (items) => items.join(separator),
  };
}

/** The instant of a timestamp with an offset (fractions of a second dropped: PDF dates stop at seconds). */
export function instantOf(iso: string): Date {
  const p = parseTimestamp(iso);
  const instant = new Date(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.offset || 'Z'}`);
  if (Number.isNaN(instant.getTime())) throw new Error(`assessment sheet: "${iso}" is not a valid date and time`);
  return instant;
}
