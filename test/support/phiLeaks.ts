import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { DicomElement } from '../../main/dicom/dataset.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import type { PlantedToken } from '../fixtures/phi/manifest.js';
import { listFiles } from './environment.js';

const PIXEL_DATA = 0x7fe00010;
const WAVEFORM_SEQUENCE = 0x54000100;
const WAVEFORM_DATA = 0x54001010;

const rangeOf = (e: DicomElement): [number, number][] =>
  e.fragments ? e.fragments.map((f) => [f.valueOffset, f.valueOffset + f.length]) : [[e.valueOffset, e.valueOffset + e.length]];

/**
 * Byte ranges of pixel data and of waveform samples in a written file: burned-in text stays in the pixels until
 * it is masked, and text written into a signal's samples stays there, since the samples are the data released.
 */
export function pixelRanges(file: string): [number, number][] {
  const object = readDicomFile(file);
  object.close();
  const pixels = object.dataset.find((e) => e.tag === PIXEL_DATA);
  const samples = (object.dataset.find((e) => e.tag === WAVEFORM_SEQUENCE)?.items ?? [])
    .flatMap((item) => item.elements.filter((e) => e.tag === WAVEFORM_DATA));
  return [...(pixels ? [pixels] : []), ...samples].flatMap(rangeOf);
}

/**
 * Placements kept on purpose by the guideline profile: burned-in pixels (masks are the operator's decision and
 * the export flags them), waveform samples (the signal is the data released: PS3.15 E.1-1 has no row for
 * Waveform Data (5400,1010) and no option alters it, and the export's verification searches the samples for the
 * sources' identifiers), numeric measurements of SR content and of waveform annotations (Clean Structured
 * Content keeps what was measured) and the make of a secondary capture device, which PS3.15 does not count as
 * device identity.
 */
export function keptByDesign(token: PlantedToken): boolean {
  return token.placements.every(
    (p) => p.area === 'pixels' || p.area === 'samples' || /\(0040,A30A\)$/.test(p.tagPath) || p.tagPath === '(0018,1016)',
  );
}

/** Tokens a plain byte search must not find in an export: distinctive, and not kept by the profile on purpose. */
export const searchableTokens = (tokens: readonly PlantedToken[]): PlantedToken[] => tokens.filter((t) => t.distinctive && !keptByDesign(t));

/**
 * Every planted token of `tokens` found in an output byte (pixel and waveform data aside) or path below `outDir`, as
 * "label (value) in file", case-insensitively.
 */
export function findLeaks(outDir: string, tokens: readonly PlantedToken[]): string[] {
  const lower = (bytes: Buffer): Buffer => Buffer.from(bytes.toString('latin1').toLowerCase(), 'latin1');
  const contents = listFiles(outDir).map((f) => {
    const bytes = Buffer.from(readFileSync(f));
    if (f.endsWith('.dcm')) for (const [a, b] of pixelRanges(f)) bytes.fill(0, a, b);
    const rel = relative(outDir, f);
    return { rel, bytes: lower(bytes), path: lower(Buffer.from(rel)) };
  });
  const leaks = new Set<string>();
  for (const token of tokens) {
    for (const form of token.searchForms) {
      const needle = lower(Buffer.from(form, 'hex'));
      for (const { rel, bytes, path } of contents) {
        if (bytes.includes(needle) || path.includes(needle)) leaks.add(`${token.label} (${token.value}) in ${rel}`);
      }
    }
  }
  return [...leaks];
}
