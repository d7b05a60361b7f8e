import { CONTENT } from './pageGeometry.js';
import type { Pdf } from './pdf.js';

/** A heading waiting to be drawn together with what follows it. */
interface Pending {
  readonly height: number;
  /** Room wanted below it for the start of the content (a few lines, or a whole short table). */
  readonly minNext: number;
  readonly draw: () => void;
}

/**
 * The vertical cursor through the text area of the pages. Everything the sheet draws asks the flow for room first;
 * the flow starts a new page when the room is not there, so nothing is ever drawn past the bottom margin.
 */
export class Flow {
  readonly doc: Pdf;
  /** Top of the next thing to draw. */
  y: number = CONTENT.top;
  private pending: Pending[] = [];

  constructor(doc: Pdf) {
    this.doc = doc;
  }

  get left(): number {
    return CONTENT.left;
  }

  get width(): number {
    return CONTENT.width;
  }

  get right(): number {
    return CONTENT.right;
  }

  /** Room left on this page. */
  get remaining(): number {
    return CONTENT.bottom - this.y;
  }

  /** Room on a fresh page. */
  get pageHeight(): number {
    return CONTENT.bottom - CONTENT.top;
  }

  get atPageTop(): boolean {
    return this.y <= CONTENT.top;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = CONTENT.top;
  }

  /**
   * Holds a heading back until the next request for room, then draws it on the same page as that content: a
   * heading can never end a page alone, whatever follows it (a paragraph, a table kept whole, an image row).
   */
  keepWithNext(height: number, minNext: number, draw: () => void): void {
    this.pending.push({ height, minNext, draw });
  }

  /** Makes sure `height` points fit below the cursor (and any held heading), starting a new page if not. */
  ensure(height: number): void {
    const held = this.pending;
    this.pending = [];
    const needed = held.length === 0 ? height : held.reduce((sum, p) => sum + p.height, 0) + Math.max(height, ...held.map((p) => p.minNext));
    if (needed > this.remaining && !this.atPageTop) this.newPage();
    for (const p of held) p.draw();
  }

  /**
   * Vertical space; at the top of a page it is dropped, so a page never starts with a gap. Behind a held heading
   * it is held too, so that it lands between the headings rather than above them.
   */
  gap(height: number): void {
    const advance = (): void => {
      if (!this.atPageTop) this.y = Math.min(this.y + height, CONTENT.bottom);
    };
    if (this.pending.length > 0) this.pending.push({ height, minNext: 0, draw: advance });
    else advance();
  }
}
