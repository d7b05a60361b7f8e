import { createHash } from 'node:crypto';
import type { AssessmentSheet } from '../assessmentSheet.js';

/** JSON with object keys sorted and byte arrays as base64, so that equal sheets give equal text. */
function canonical(value: unknown): string {
  if (value instanceof Uint8Array) return JSON.stringify({ base64: Buffer.from(value).toString('base64') });
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of everything the sheet says, the thumbnails included. */
export function sheetDigest(sheet: AssessmentSheet): string {
  return createHash('sha256').update(canonical(sheet)).digest('hex');
}
