import { drawLine } from './drawText.js';
import type { Flow } from './flow.js';
import { linesOf } from './paragraph.js';
import { COLOR, STYLE } from './textStyle.js';

/** Room kept below a heading for the start of its content (about three lines of text). */
const KEEP_WITH_NEXT = 38;
const RULE_SPACE = 7.5;

/** "3  Identifiers removed", with a rule under it and an entry in the PDF's bookmarks. */
export function sectionHeading(flow: Flow, number: number, title: string): void {
  const style = STYLE.heading;
  const text = `${number}  ${title}`;
  const lines = linesOf(flow, style, text, flow.width);
  flow.gap(style.leading * 0.9);
  flow.keepWithNext(lines.length * style.leading + RULE_SPACE, KEEP_WITH_NEXT, () => {
    flow.doc.bookmark(text, flow.y);
    for (const line of lines) {
      drawLine(flow.doc, style, line, flow.left, flow.y);
      flow.y += style.leading;
    }
    flow.y += 1.5;
    flow.doc.save().moveTo(flow.left, flow.y).lineTo(flow.right, flow.y).lineWidth(0.8).strokeColor(COLOR.accent).stroke().restore();
    flow.y += RULE_SPACE - 1.5;
  });
}

/** A heading inside a section ("By modality"). */
export function subheading(flow: Flow, title: string): void {
  const style = STYLE.subheading;
  const lines = linesOf(flow, style, title, flow.width);
  flow.gap(style.leading * 0.5);
  flow.keepWithNext(lines.length * style.leading + 2, KEEP_WITH_NEXT, () => {
    for (const line of lines) {
      drawLine(flow.doc, style, line, flow.left, flow.y);
      flow.y += style.leading;
    }
    flow.y += 2;
  });
}
