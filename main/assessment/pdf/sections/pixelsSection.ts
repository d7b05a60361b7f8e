import type { ImageGeometry, SeriesPixels } from '../../assessmentSheet.js';
import { sectionHeading, subheading } from '../layout/heading.js';
import { imageGrid } from '../layout/imageGrid.js';
import { paragraph } from '../layout/paragraph.js';
import { table, type Cell } from '../layout/table.js';
import { STYLE } from '../layout/textStyle.js';
import { translateCode, type SheetContext } from '../sheetContext.js';

/** Thumbnails per row: about 3 cm each on A4, enough to see where a mask lies and too small to read a face. */
const THUMBNAIL_COLUMNS = 5;

/** 4. Per series what the masks hide and on how many images, how resolution changed; then the masked images. */
export function pixelsSection(ctx: SheetContext): void {
  const { sheet, flow, t } = ctx;
  sectionHeading(flow, 4, t('sheet.section.pixels'));
  paragraph(flow, STYLE.body, t('sheet.pixels.lead'));
  table(flow, {
    columns: [
      { header: t('sheet.pixels.series'), weight: 1.55 },
      { header: t('sheet.pixels.modality'), weight: 0.95 },
      { header: t('sheet.pixels.masks'), weight: 1.55 },
      { header: t('sheet.pixels.appliedTo'), weight: 1.2 },
      { header: t('sheet.pixels.resolution'), weight: 2.75 },
      { header: t('sheet.pixels.cropped'), weight: 1 },
    ],
    rows: sheet.pixels.series.map((s) => seriesRow(ctx, s)),
    empty: t('sheet.pixels.noSeries'),
  });

  subheading(flow, t('sheet.pixels.thumbnails'));
  if (sheet.pixels.thumbnails.length === 0) {
    paragraph(flow, STYLE.body, t('sheet.pixels.noThumbnails'));
    return;
  }
  paragraph(flow, STYLE.body, t('sheet.pixels.thumbnailsLead'));
  imageGrid(
    flow,
    sheet.pixels.thumbnails.map((th) => ({ png: th.png, caption: th.file })),
    { columns: THUMBNAIL_COLUMNS, captionLines: 3, unreadable: t('sheet.pixels.thumbnailUnreadable') },
  );
}

function seriesRow(ctx: SheetContext, s: SeriesPixels): Cell[] {
  const { t, format } = ctx;
  const masked = s.masksByCategory.filter((m) => m.regions > 0);
  const masks: Cell = masked.length === 0
    ? { text: t('sheet.pixels.noMasks'), tone: 'muted' }
    : masked.map((m) => t('sheet.pixels.maskRegions', { category: translateCode(t, 'sheet.mask', m.category), n: m.regions })).join('\n');
  return [
    { text: s.series, tone: 'bold' },
    s.modality,
    masks,
    masked.length === 0 ? { text: '–', tone: 'muted' } : t('sheet.pixels.appliedToValue', { n: format.integer(s.maskedImages), m: format.integer(s.images) }),
    `${geometry(ctx, s.before)} →\n${geometry(ctx, s.after)}`,
    t(s.cropped ? 'sheet.format.yes' : 'sheet.format.no'),
  ];
}

function geometry({ t, format }: SheetContext, g: ImageGeometry): string {
  const size = { columns: format.integer(g.columns), rows: format.integer(g.rows) };
  if (!g.spacing) return t('sheet.pixels.geometry', size);
  const [row, column] = g.spacing.map((mm) => format.decimal(mm, 3));
  // Square pixels, the usual case, are stated with one spacing to keep the column narrow.
  if (row === column) return t('sheet.pixels.geometryWithSpacing', { ...size, spacing: row! });
  return t('sheet.pixels.geometryWithSpacings', { ...size, rowSpacing: row!, columnSpacing: column! });
}
