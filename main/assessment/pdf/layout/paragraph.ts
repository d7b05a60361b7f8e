import { drawLine, measure } from './drawText.js';
import type { Flow } from './flow.js';
import type { TextStyle } from './textStyle.js';
import { wrapText } from './wrapText.js';

export interface ParagraphOptions {
  /** Space after the paragraph. */
  readonly after?: number;
}

/** The lines a text takes in a style and width. */
export function linesOf(flow: Flow, style: TextStyle, text: string, width: number): string[] {
  return wrapText(text, width, (line) => measure(flow.doc, style, line));
}

/** A wrapped paragraph that may continue on the next page, line by line. */
export function paragraph(flow: Flow, style: TextStyle, text: string, options: ParagraphOptions = {}): void {
  for (const line of linesOf(flow, style, text, flow.width)) {
    flow.ensure(style.leading);
    drawLine(flow.doc, style, line, flow.left, flow.y);
    flow.y += style.leading;
  }
  flow.gap(options.after ?? style.leading * 0.45);
}

/** A bulleted list of wrapped items, the bullet hanging in the margin of the item's text. */
export function bulletList(flow: Flow, style: TextStyle, items: readonly string[]): void {
  const hang = style.size * 1.3;
  for (const item of items) {
    const lines = linesOf(flow, style, item, flow.width - hang);
    lines.forEach((line, i) => {
      flow.ensure(style.leading);
      if (i === 0) drawLine(flow.doc, style, '•', flow.left + style.size * 0.2, flow.y);
      drawLine(flow.doc, style, line, flow.left + hang, flow.y);
      flow.y += style.leading;
    });
  }
  flow.gap(style.leading * 0.45);
}

/** At most `max` lines of a text, the last ending in "…" when the text is longer: for fixed-size places. */
export function linesCapped(flow: Flow, style: TextStyle, text: string, width: number, max: number): string[] {
  const lines = linesOf(flow, style, text, width);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = Array.from(kept[max - 1] ?? '');
  while (last.length > 0 && measure(flow.doc, style, `${last.join('')}…`) > width) last.pop();
  kept[max - 1] = `${last.join('')}…`;
  return kept;
}
