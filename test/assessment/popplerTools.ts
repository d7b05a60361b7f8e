import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** poppler-utils, the reference reader: the tests judge the PDF as a third party's tool reads it. */
export const POPPLER = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm'] as const;

const scratch = mkdtempSync(join(tmpdir(), 'peitto-sheet-'));
let count = 0;

/** Writes the bytes to a scratch file for the command-line tools. */
export function pdfFile(bytes: Uint8Array): string {
  const file = join(scratch, `sheet-${++count}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

export function removeScratch(): void {
  rmSync(scratch, { recursive: true, force: true });
}

const run = (tool: string, args: readonly string[]): string => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/**
 * The text of every page, with no-break spaces (the Finnish and Swedish thousands separator) read as spaces.
 * layout: as `pdftotext -layout` places it on the page; raw: in the order it was drawn, so that the lines of a
 * wrapped table cell follow each other.
 */
export function pageTexts(pdf: string, mode: 'layout' | 'raw' = 'layout'): string[] {
  const text = run('pdftotext', [`-${mode}`, '-enc', 'UTF-8', pdf, '-']).replaceAll('\u00a0', ' ');
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** `pdfinfo` as a map of its fields ("Pages" → "8", "Page size" → "595.276 x 841.89 pts (A4)"). */
export function pdfInfo(pdf: string, args: readonly string[] = []): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of run('pdfinfo', [...args, pdf]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) fields.set(m[1]!, m[2]!);
  }
  return fields;
}

export interface FontRow {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  readonly unicode: boolean;
}

/** The rows of `pdffonts`: every font the pages use, whether embedded, subset and mapped to Unicode. */
export function pdfFonts(pdf: string): FontRow[] {
  return run('pdffonts', [pdf])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes', subset: m[5] === 'yes', unicode: m[6] === 'yes' };
    });
}

export interface WordBox {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word with its box in points (origin top left), from `pdftotext -bbox`. */
export function wordBoxes(pdf: string): { readonly pageWidth: number; readonly pageHeight: number; readonly words: WordBox[] } {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-']);
  const words: WordBox[] = [];
  let page = 0;
  let pageWidth = 0;
  let pageHeight = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)">/.exec(line);
    if (p) {
      page++;
      pageWidth = Number(p[1]);
      pageHeight = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (w) words.push({ page, text: w[5]!, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]) });
  }
  return { pageWidth, pageHeight, words };
}

/** Renders pages to PNG at a resolution (pdftoppm), into a folder; returns the files written. */
export function renderPages(pdf: string, dir: string, prefix: string, dpi: number, first: number, last: number): string[] {
  mkdirSync(dir, { recursive: true });
  const ours = (f: string): boolean => f.startsWith(`${prefix}-`) && f.endsWith('.png');
  for (const stale of readdirSync(dir).filter(ours)) rmSync(join(dir, stale));
  run('pdftoppm', ['-r', String(dpi), '-png', '-f', String(first), '-l', String(last), pdf, join(dir, prefix)]);
  return readdirSync(dir)
    .filter(ours)
    .sort()
    .map((f) => join(dir, f));
}
