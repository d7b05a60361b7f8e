import type { FontName } from '../fonts.js';

/** One way of setting text: face, size, colour and the distance between baselines. */
export interface TextStyle {
  readonly font: FontName;
  readonly size: number;
  readonly color: string;
  /** Line height in points. */
  readonly leading: number;
}

/** A sober palette that survives black-and-white printing: meaning never rests on colour alone. */
export const COLOR = {
  text: '#1a1a1a',
  muted: '#5b6670',
  accent: '#1f3a5f',
  rule: '#aeb8c2',
  faintRule: '#d5dbe1',
  fill: '#eaeff4',
  warning: '#a11d1d',
  ok: '#1d5e35',
} as const;

const style = (font: FontName, size: number, color: string, leading = size * 1.32): TextStyle => ({ font, size, color, leading });

export const STYLE = {
  title: style('bold', 19, COLOR.accent, 24),
  subtitle: style('regular', 11.5, COLOR.text, 15),
  heading: style('bold', 12.5, COLOR.accent, 16),
  subheading: style('bold', 9.5, COLOR.text, 13),
  body: style('regular', 9, COLOR.text, 12.2),
  bodyBold: style('bold', 9, COLOR.text, 12.2),
  note: style('regular', 8, COLOR.muted, 10.6),
  warning: style('bold', 9, COLOR.warning, 12.2),
  ok: style('bold', 9, COLOR.ok, 12.2),
  cell: style('regular', 8.2, COLOR.text, 10.6),
  label: style('regular', 7.2, COLOR.muted, 9.4),
  caption: style('regular', 6.6, COLOR.muted, 8.4),
  furniture: style('regular', 7.4, COLOR.muted, 9),
} as const satisfies Record<string, TextStyle>;
