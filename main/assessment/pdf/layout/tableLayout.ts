import { fitColumnWidths } from './columnWidths.js';
import { measure } from './drawText.js';
import type { Flow } from './flow.js';
import { linesOf } from './paragraph.js';
import { COLOR, STYLE, type TextStyle } from './textStyle.js';

/** How a cell's text is set: plain, bold (totals, labels), muted (absent values) or warning (a failed check). */
export type CellTone = 'plain' | 'bold' | 'muted' | 'warning';
export type Cell = string | { readonly text: string; readonly tone: CellTone };

export interface Column {
  readonly header: string;
  /** Share of the table's width, relative to the other columns. */
  readonly weight: number;
  readonly align?: 'left' | 'right';
}

export interface TableOptions {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /**
   * grid: a header row (repeated on every page the table continues on) and rules between rows. pairs: a list of
   * labels and values without header or rules, the label column muted.
   */
  readonly variant?: 'grid' | 'pairs';
  /** The text style of the cells; tones vary its face and colour. */
  readonly style?: TextStyle;
  /** Said instead of the table when there are no rows. */
  readonly empty?: string;
}

interface LaidCell {
  readonly style: TextStyle;
  readonly align: 'left' | 'right';
  readonly lines: readonly string[];
}

export type LaidRow = readonly LaidCell[];

/** A table broken into lines, with the geometry to draw it. */
export interface LaidTable {
  readonly variant: 'grid' | 'pairs';
  readonly widths: readonly number[];
  readonly lefts: readonly number[];
  readonly padX: number;
  readonly padY: number;
  /** Distance between the baselines of a cell's lines. */
  readonly leading: number;
  readonly header?: LaidRow;
  readonly rows: readonly LaidRow[];
}

function toned(base: TextStyle, tone: CellTone): TextStyle {
  switch (tone) {
    case 'plain':
      return base;
    case 'bold':
      return { ...base, font: 'bold' };
    case 'muted':
      return { ...base, color: COLOR.muted };
    case 'warning':
      return { ...base, font: 'bold', color: COLOR.warning };
  }
}

const cellText = (cell: Cell): string => (typeof cell === 'string' ? cell : cell.text);

export const lineCount = (row: LaidRow): number => Math.max(1, ...row.map((c) => c.lines.length));

export const rowHeight = (table: LaidTable, row: LaidRow): number => lineCount(row) * table.leading + 2 * table.padY;

/** The widest word of a column, in the face each cell is set in; a long token (a UID) counts at most a third. */
function longestWord(flow: Flow, base: TextStyle, cells: readonly Cell[]): number {
  let widest = 0;
  for (const cell of cells) {
    const style = toned(base, typeof cell === 'string' ? 'plain' : cell.tone);
    for (const word of cellText(cell).split(/\s+/)) widest = Math.max(widest, measure(flow.doc, style, word));
  }
  return Math.min(widest, flow.width / 3);
}

/** Sizes the columns to the text area and breaks every cell into lines that fit its column. */
export function layTable(flow: Flow, options: TableOptions): LaidTable {
  const variant = options.variant ?? 'grid';
  const base = options.style ?? STYLE.cell;
  const padX = variant === 'grid' ? 4 : 0;
  const padY = variant === 'grid' ? 2.4 : 1.2;
  const widths = fitColumnWidths(
    flow.width,
    options.columns.map((c) => c.weight),
    options.columns.map((c, i) => {
      const header: Cell[] = variant === 'grid' ? [{ text: c.header, tone: 'bold' }] : [];
      return longestWord(flow, base, [...header, ...options.rows.map((r) => r[i] ?? '')]) + 2 * padX;
    }),
  );
  const lefts = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const layRow = (cells: readonly Cell[], header: boolean): LaidRow =>
    options.columns.map((column, i) => {
      const cell = cells[i] ?? '';
      const plainTone: CellTone = variant === 'pairs' && i === 0 ? 'muted' : 'plain';
      const style = toned(base, header ? 'bold' : typeof cell === 'string' ? plainTone : cell.tone);
      return { style, align: column.align ?? 'left', lines: linesOf(flow, style, cellText(cell), widths[i]! - 2 * padX) };
    });
  return {
    variant,
    widths,
    lefts,
    padX,
    padY,
    leading: base.leading,
    ...(variant === 'grid' ? { header: layRow(options.columns.map((c) => c.header), true) } : {}),
    rows: options.rows.map((cells) => layRow(cells, false)),
  };
}
