import { parseDicom } from 'dicom-parser';
import { describe, expect, test } from 'vitest';
import { encodePart10, type FixtureElement } from '../../test/e2e/support/encodePart10.js';
import { overlayFrameOffset, paintOverlayPlanes, parseOverlayPlanes } from './parseOverlayPlanes.js';

function overlayGroup(group: number, rows: number, columns: number, origin: [number, number], bits: Uint8Array, extra: FixtureElement[] = []): FixtureElement[] {
  const tag = (element: number): number => group * 0x10000 + element;
  return [
    { tag: tag(0x0010), vr: 'US', value: rows },
    { tag: tag(0x0011), vr: 'US', value: columns },
    { tag: tag(0x0040), vr: 'CS', value: 'G' },
    { tag: tag(0x0050), vr: 'SS', value: origin },
    { tag: tag(0x0100), vr: 'US', value: 1 },
    { tag: tag(0x0102), vr: 'US', value: 0 },
    ...extra,
    { tag: tag(0x3000), vr: 'OW', value: bits },
  ];
}

describe('parseOverlayPlanes', () => {
  test('reads every overlay group, with origins made zero-based', () => {
    // 4 × 4 overlay with its first row set (bits 0–3), and a 2 × 2 one in group 6002 with one point.
    const dataSet = parseDicom(
      encodePart10('1.2.3', [
        ...overlayGroup(0x6000, 4, 4, [1, 1], Uint8Array.of(0x0f, 0x00)),
        ...overlayGroup(0x6002, 2, 2, [3, 2], Uint8Array.of(0x08, 0x00)),
      ]),
    );
    const planes = parseOverlayPlanes(dataSet);
    expect(planes.map((p) => [p.group, p.rows, p.columns, p.originRow, p.originColumn, p.frames])).toEqual([
      [0x6000, 4, 4, 0, 0, 1],
      [0x6002, 2, 2, 2, 1, 1],
    ]);
    const target = { data: new Uint8ClampedArray(4 * 4 * 4), width: 4, height: 4 };
    expect(paintOverlayPlanes(planes, 1, target, [255, 255, 0])).toBe(5);
    const set = Array.from({ length: 16 }, (_, p) => target.data[p * 4 + 3] === 255);
    // Row 0 from 6000, and (row 3, column 2) from 6002's last point (row 1, column 1 of its 2 × 2).
    expect(set.map((s, p) => (s ? p : -1)).filter((p) => p >= 0)).toEqual([0, 1, 2, 3, 14]);
  });

  test('multi-frame overlays apply to the frames they name', () => {
    const dataSet = parseDicom(
      encodePart10('1.2.3', overlayGroup(0x6000, 2, 4, [1, 1], Uint8Array.of(0x00, 0xff), [
        { tag: 0x60000015, vr: 'IS', value: 2 },
        { tag: 0x60000051, vr: 'US', value: 3 },
      ])),
    );
    const [plane] = parseOverlayPlanes(dataSet);
    expect(plane && [overlayFrameOffset(plane, 2), overlayFrameOffset(plane, 3), overlayFrameOffset(plane, 4), overlayFrameOffset(plane, 5)]).toEqual([
      undefined,
      0,
      8,
      undefined,
    ]);
  });
});
