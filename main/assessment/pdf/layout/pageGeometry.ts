/** Millimetres to PDF points (1 pt = 1/72 inch). */
export const mm = (millimetres: number): number => (millimetres * 72) / 25.4;

/** ISO 216 A4 in points, the paper the sheet is printed and filed on. */
export const A4 = { width: mm(210), height: mm(297) } as const;

/**
 * The text area. The left margin is wider so that holes punched for a binder or a filing clip never touch text;
 * top and bottom leave room for the running header and footer outside the text area.
 */
export const MARGINS = { top: mm(24), bottom: mm(22), left: mm(25), right: mm(18) } as const;

/** Where the running header and footer sit, inside the top and bottom margins. */
export const FURNITURE = { headerTop: mm(11), headerRule: mm(16), footerRule: A4.height - mm(15), footerTop: A4.height - mm(13) } as const;

export const CONTENT = {
  left: MARGINS.left,
  right: A4.width - MARGINS.right,
  top: MARGINS.top,
  bottom: A4.height - MARGINS.bottom,
  width: A4.width - MARGINS.left - MARGINS.right,
} as const;
