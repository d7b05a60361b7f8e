import { describe, expect, it } from 'vitest';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10, item, sq, type DataElement } from '../../../test/fixtures/encoder/index.js';
import type { DicomElement } from '../../dicom/dataset.js';
import type { OutputElement } from '../../dicom/outputDataset.js';
import { readDicomBytes, type DicomObject } from '../../dicom/readDicomFile.js';
import { isDicomRootUid, isWellKnownUid } from '../../dicom/uidRegistry.js';
import { textServices } from '../../export/textServices.js';
import { GUIDELINE_PROFILE } from '../../plan/plan.js';
import { applyProfile } from '../../profile/applyProfile.js';
import { UidMapper } from '../../profile/uidMapper.js';
import { createGeometryRewriter, type GeometryRewriter } from './createGeometryRewriter.js';
import { walkWithPaths } from './datasetPath.js';
import type { GeometryTransform } from './geometryTransform.js';

const parse = (elements: DataElement[], sopClass = '1.2.840.10008.5.1.4.1.1.2'): DicomObject =>
  readDicomBytes(encodePart10([el(0x00080016, 'UI', sopClass), el(0x00080018, 'UI', '2.25.11'), ...elements], { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN }));

const ds = (values: readonly number[]): string[] => values.map((v) => String(v));

/** The decoded value of a rewritten element: numbers for binary VRs, numbers parsed from DS/IS text. */
function valueOf(out: OutputElement | undefined): number[] {
  if (!out || out.kind !== 'value') throw new Error(`not a value: ${JSON.stringify(out)}`);
  const view = new DataView(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength);
  switch (out.vr) {
    case 'US': return [view.getUint16(0, true)];
    case 'UL': return [view.getUint32(0, true)];
    case 'SL': return [view.getInt32(0, true)];
    case 'FD': return [view.getFloat64(0, true)];
    default: return new TextDecoder('latin1').decode(out.bytes).split('\\').map(Number);
  }
}

/** Rewrites every element the way the profile walker would call the rewriter, by path. */
function rewritten(object: DicomObject, rewriter: GeometryRewriter): Map<string, number[]> {
  const out = new Map<string, number[]>();
  walkWithPaths(object.dataset, (element: DicomElement, path: string) => {
    if (element.items) return;
    const value = rewriter.rewrite(element, path);
    if (value) out.set(path, valueOf(value));
  });
  return out;
}

type Vec = [number, number, number];
/** PS3.3 C.7.6.2.1.1: the patient position of the centre of pixel (column i, row j), fractional allowed. */
function world(position: readonly number[], cosines: readonly number[], spacing: readonly number[], i: number, j: number): Vec {
  return [0, 1, 2].map((a) => position[a]! + cosines[a]! * spacing[1]! * i + cosines[a + 3]! * spacing[0]! * j) as Vec;
}

describe('createGeometryRewriter: CT with Pixel Spacing', () => {
  const ct = parse([
    el(0x00200032, 'DS', ds([-100, -120, 50])),
    el(0x00200037, 'DS', ds([1, 0, 0, 0, 1, 0])),
    el(0x00280010, 'US', [512]),
    el(0x00280011, 'US', [512]),
    el(0x00280030, 'DS', ds([0.5, 0.6])),
  ]);

  it('scales spacing by the exact ratio, moves the position to the new first pixel, and sets Rows and Columns', () => {
    const transform: GeometryTransform = { crop: { x: 100, y: 50, width: 300, height: 200 }, sourceRows: 512, sourceColumns: 512, outRows: 100, outColumns: 150 };
    const rewriter = createGeometryRewriter(ct.dataset, transform);
    const values = rewritten(ct, rewriter);
    expect(values.get('(0028,0030)')).toEqual([1, 1.2]);
    // Output pixel 0 is the 2 × 2 block at columns 100–101, rows 50–51: centre at column 100.5, row 50.5.
    expect(values.get('(0020,0032)')).toEqual([-100 + 100.5 * 0.6, -120 + 50.5 * 0.5, 50]);
    const top = rewriter.topLevel();
    expect(valueOf(top.get(0x00280010)!.output)).toEqual([100]);
    expect(valueOf(top.get(0x00280011)!.output)).toEqual([150]);
    expect(top.get(0x00280010)!.rule).toMatch(/crop to 300×200 at column 100, row 50, reduced to 150×100/);
    expect(rewriter.changes.get('(0028,0030)')!.rule).toMatch(/Pixel Spacing scaled ×2 \(rows\) and ×2 \(columns\)/);
    expect(values.size).toBe(2);
  });

  it('keeps spacing on a crop without resize, and changes nothing for the identity', () => {
    const crop = rewritten(ct, createGeometryRewriter(ct.dataset, { crop: { x: 10, y: 0, width: 100, height: 512 }, sourceRows: 512, sourceColumns: 512, outRows: 512, outColumns: 100 }));
    expect(crop.get('(0028,0030)')).toBeUndefined();
    expect(crop.get('(0020,0032)')).toEqual([-94, -120, 50]);
    const identity = createGeometryRewriter(ct.dataset, { sourceRows: 512, sourceColumns: 512, outRows: 512, outColumns: 512 });
    expect(identity.changes.size).toBe(0);
    expect(identity.topLevel().size).toBe(0);
  });

  it('writes decimal strings of at most 16 characters', () => {
    const rewriter = createGeometryRewriter(ct.dataset, { sourceRows: 512, sourceColumns: 512, outRows: 171, outColumns: 171 });
    for (const change of rewriter.changes.values()) {
      const out = change.output!;
      if (out.kind === 'value' && out.vr === 'DS') for (const v of new TextDecoder('latin1').decode(out.bytes).split('\\')) expect(v.length).toBeLessThanOrEqual(16);
    }
    expect(valueOf(rewriter.changes.get('(0028,0030)')!.output)[0]).toBeCloseTo((0.5 * 512) / 171, 12);
  });

  it('refuses a transform that does not fit the data set', () => {
    expect(() => createGeometryRewriter(ct.dataset, { sourceRows: 500, sourceColumns: 512, outRows: 250, outColumns: 256 })).toThrow(/the transform is for 500 rows but the data set's Rows is 512/);
    expect(() => createGeometryRewriter(ct.dataset, { sourceRows: 512, sourceColumns: 512, outRows: 600, outColumns: 512 })).toThrow(/larger than the 512×512 pixels kept/);
    expect(() => createGeometryRewriter(ct.dataset, { crop: { x: 500, y: 0, width: 20, height: 10 }, sourceRows: 512, sourceColumns: 512, outRows: 10, outColumns: 20 })).toThrow(/reaches beyond/);
  });

  it('names what is missing or malformed', () => {
    const noOrientation = parse([el(0x00200032, 'DS', ds([0, 0, 0])), el(0x00280010, 'US', [4]), el(0x00280011, 'US', [4]), el(0x00280030, 'DS', ds([1, 1]))]);
    expect(() => createGeometryRewriter(noOrientation.dataset, { sourceRows: 4, sourceColumns: 4, outRows: 2, outColumns: 2 })).toThrow(
      /Image Position \(Patient\) \(0020,0032\) cannot follow the reduction from 4×4 to 2×2: Image Orientation \(Patient\) is missing/,
    );
    const oneValue = parse([el(0x00280010, 'US', [4]), el(0x00280011, 'US', [4]), el(0x00280030, 'DS', '0.5')]);
    expect(() => createGeometryRewriter(oneValue.dataset, { sourceRows: 4, sourceColumns: 4, outRows: 2, outColumns: 2 })).toThrow(
      /Pixel Spacing \(0028,0030\) has 1 numeric values; 2 are required/,
    );
  });
});

describe('createGeometryRewriter: oblique Image Orientation', () => {
  // Orthonormal row and column cosines tilted in all three axes.
  const a = Math.PI / 7;
  const b = Math.PI / 5;
  const row = [Math.cos(a), Math.sin(a) * Math.cos(b), Math.sin(a) * Math.sin(b)];
  const column = [-Math.sin(a), Math.cos(a) * Math.cos(b), Math.cos(a) * Math.sin(b)];
  const cosines = [...row, ...column];
  const spacing = [0.7, 0.45];
  const position = [12.5, -30.25, 101];
  const mr = parse([
    el(0x00200032, 'DS', ds(position)),
    el(0x00200037, 'DS', cosines.map((v) => v.toPrecision(15))),
    el(0x00280010, 'US', [300]),
    el(0x00280011, 'US', [257]),
    el(0x00280030, 'DS', ds(spacing)),
  ], '1.2.840.10008.5.1.4.1.1.4');

  it('puts the new first pixel where the area it averages lies, for crops and odd ratios', () => {
    for (const transform of [
      { crop: { x: 31, y: 17, width: 201, height: 150 }, sourceRows: 300, sourceColumns: 257, outRows: 150, outColumns: 201 },
      { crop: { x: 31, y: 17, width: 201, height: 150 }, sourceRows: 300, sourceColumns: 257, outRows: 61, outColumns: 100 },
      { sourceRows: 300, sourceColumns: 257, outRows: 113, outColumns: 97 },
    ] satisfies GeometryTransform[]) {
      const values = rewritten(mr, createGeometryRewriter(mr.dataset, transform));
      const newPosition = values.get('(0020,0032)')!;
      const newSpacing = values.get('(0028,0030)') ?? spacing;
      const { x = 0, y = 0, width = 257, height = 300 } = transform.crop ?? {};
      const sx = width / transform.outColumns;
      const sy = height / transform.outRows;
      for (const [j, k] of [[0, 0], [transform.outColumns - 1, 0], [3, transform.outRows - 1]] as const) {
        const expected = world(position, cosines, spacing, x + (j + 0.5) * sx - 0.5, y + (k + 0.5) * sy - 0.5);
        const actual = world(newPosition, cosines, newSpacing, j, k);
        for (let axis = 0; axis < 3; axis++) expect(actual[axis]).toBeCloseTo(expected[axis]!, 6);
      }
    }
  });
});

describe('createGeometryRewriter: enhanced multi-frame functional groups', () => {
  const orientation = [1, 0, 0, 0, 0, -1];
  const own = [0, 1, 0, 0, 0, -1];
  const enhanced = parse([
    el(0x00280010, 'US', [256]),
    el(0x00280011, 'US', [256]),
    sq(0x52009229, [item([
      sq(0x00209116, [item([el(0x00200037, 'DS', ds(orientation))])]),
      sq(0x00289110, [item([el(0x00180050, 'DS', '2'), el(0x00280030, 'DS', ds([0.9, 0.8]))])]),
    ])]),
    sq(0x52009230, [
      item([sq(0x00209113, [item([el(0x00200032, 'DS', ds([-100, 0, 100]))])])]),
      item([
        sq(0x00209113, [item([el(0x00200032, 'DS', ds([-100, 2, 100]))])]),
        sq(0x00209116, [item([el(0x00200037, 'DS', ds(own))])]),
      ]),
    ]),
  ], '1.2.840.10008.5.1.4.1.1.4.1');

  const transform: GeometryTransform = { crop: { x: 64, y: 32, width: 128, height: 192 }, sourceRows: 256, sourceColumns: 256, outRows: 96, outColumns: 64 };

  it('scales Pixel Measures and moves each frame’s position with its own or the shared orientation', () => {
    const values = rewritten(enhanced, createGeometryRewriter(enhanced.dataset, transform));
    expect(values.get('(5200,9229)[0].(0028,9110)[0].(0028,0030)')).toEqual([1.8, 1.6]);
    // Column offset 64 + 0.5 at 0.8 mm, row offset 32 + 0.5 at 0.9 mm.
    expect(values.get('(5200,9230)[0].(0020,9113)[0].(0020,0032)')).toEqual([-100 + 64.5 * 0.8, 0, 100 - 32.5 * 0.9]);
    expect(values.get('(5200,9230)[1].(0020,9113)[0].(0020,0032)')).toEqual([-100, 2 + 64.5 * 0.8, 100 - 32.5 * 0.9]);
    expect(values.get('(5200,9229)[0].(0028,9110)[0].(0018,0050)')).toBeUndefined();
  });

  it('uses the paths of the profile walker', () => {
    const text = textServices();
    const result = applyProfile(enhanced, {
      options: GUIDELINE_PROFILE,
      uids: UidMapper.anonymous(),
      patientLabel: 'ANON-0001',
      cleanText: text.cleanText,
      isWellKnownUid: (uid) => isWellKnownUid(uid) || isDicomRootUid(uid),
      safePrivate: text.safePrivate,
    });
    const recorded = new Set(result.records.map((r) => r.path));
    const rewriter = createGeometryRewriter(enhanced.dataset, transform);
    expect(rewriter.changes.size).toBe(3);
    for (const path of rewriter.changes.keys()) expect(recorded, path).toContain(path);
  });
});

describe('createGeometryRewriter: NM Detector Information', () => {
  it('moves a position that has its orientation beside it in an item, with the top-level spacing', () => {
    const nm = parse([
      el(0x00280010, 'US', [128]),
      el(0x00280011, 'US', [128]),
      el(0x00280030, 'DS', ds([4, 4])),
      sq(0x00540022, [item([el(0x00200032, 'DS', ds([-256, -256, 0])), el(0x00200037, 'DS', ds([1, 0, 0, 0, 1, 0]))])]),
      sq(0x00081140, [item([el(0x00200032, 'DS', ds([1, 2, 3]))])]),
    ], '1.2.840.10008.5.1.4.1.1.20');
    const values = rewritten(nm, createGeometryRewriter(nm.dataset, { crop: { x: 8, y: 16, width: 64, height: 64 }, sourceRows: 128, sourceColumns: 128, outRows: 64, outColumns: 64 }));
    expect(values.get('(0054,0022)[0].(0020,0032)')).toEqual([-256 + 32, -256 + 64, 0]);
    expect(values.has('(0008,1140)[0].(0020,0032)')).toBe(false);
  });
});

describe('createGeometryRewriter: CR and DX spacings', () => {
  it('scales Imager Pixel Spacing, Pixel Spacing and Nominal Scanned Pixel Spacing alike', () => {
    const cr = parse([
      el(0x00181164, 'DS', ds([0.15, 0.15])),
      el(0x00182010, 'DS', ds([0.1, 0.2])),
      el(0x00280010, 'US', [2500]),
      el(0x00280011, 'US', [2000]),
      el(0x00280030, 'DS', ds([0.15, 0.15])),
    ], '1.2.840.10008.5.1.4.1.1.1');
    const values = rewritten(cr, createGeometryRewriter(cr.dataset, { sourceRows: 2500, sourceColumns: 2000, outRows: 1000, outColumns: 800 }));
    expect(values.get('(0018,1164)')).toEqual([0.375, 0.375]);
    expect(values.get('(0028,0030)')).toEqual([0.375, 0.375]);
    expect(values.get('(0018,2010)')).toEqual([0.25, 0.5]);
  });

  it('writes the exact Pixel Aspect Ratio when the axes scale differently, and leaves it when they do not', () => {
    const sc = parse([el(0x00280010, 'US', [512]), el(0x00280011, 'US', [513]), el(0x00280034, 'IS', ['1', '1'])], '1.2.840.10008.5.1.4.1.1.7');
    const odd = rewritten(sc, createGeometryRewriter(sc.dataset, { sourceRows: 512, sourceColumns: 513, outRows: 256, outColumns: 257 }));
    // Rows shrink by 2, columns by 513/257: a pixel is 2 : 513/257 tall to wide, i.e. 514 : 513.
    expect(odd.get('(0028,0034)')).toEqual([514, 513]);
    const even = rewritten(sc, createGeometryRewriter(sc.dataset, { crop: { x: 1, y: 0, width: 512, height: 512 }, sourceRows: 512, sourceColumns: 513, outRows: 256, outColumns: 256 }));
    expect(even.get('(0028,0034)')).toBeUndefined();
  });

  it('moves RT Image Position in the image plane, whose y axis points up', () => {
    const rt = parse([
      el(0x00280010, 'US', [768]), el(0x00280011, 'US', [1024]),
      el(0x30020011, 'DS', ds([0.4, 0.4])), el(0x30020012, 'DS', ds([-204.6, 153.4])),
    ], '1.2.840.10008.5.1.4.1.1.481.1');
    const values = rewritten(rt, createGeometryRewriter(rt.dataset, { crop: { x: 12, y: 10, width: 1000, height: 700 }, sourceRows: 768, sourceColumns: 1024, outRows: 700, outColumns: 1000 }));
    expect(values.get('(3002,0012)')!.map((v) => Number(v.toFixed(6)))).toEqual([-199.8, 149.4]);
  });
});

describe('createGeometryRewriter: Sequence of Ultrasound Regions', () => {
  const region = (bounds: [number, number, number, number], extra: DataElement[]): DataElement[] => [
    el(0x00186012, 'US', [1]),
    el(0x00186014, 'US', [1]),
    el(0x00186018, 'UL', [bounds[0]]),
    el(0x0018601a, 'UL', [bounds[1]]),
    el(0x0018601c, 'UL', [bounds[2]]),
    el(0x0018601e, 'UL', [bounds[3]]),
    el(0x00186024, 'US', [3]),
    el(0x00186026, 'US', [3]),
    ...extra,
  ];
  const tissue = region([100, 50, 500, 400], [
    el(0x00186020, 'SL', [201]), el(0x00186022, 'SL', [3]),
    el(0x00186028, 'FD', [0]), el(0x0018602a, 'FD', [0]),
    el(0x0018602c, 'FD', [0.01]), el(0x0018602e, 'FD', [0.012]),
    el(0x00186039, 'SL', [41]), el(0x0018603b, 'SL', [120]),
  ]);
  const spectral = region([100, 450, 700, 590], [
    el(0x00186020, 'SL', [500]), el(0x00186022, 'SL', [70]),
    el(0x0018602c, 'FD', [0.005]), el(0x0018602e, 'FD', [-2.5]),
  ]);
  const us = parse([el(0x00080060, 'CS', 'US'), sq(0x00186011, [item(tissue), item(spectral)]), el(0x00280010, 'US', [600]), el(0x00280011, 'US', [800])], '1.2.840.10008.5.1.4.1.1.6.1');

  /** Physical value of a pixel-centre coordinate along one axis of a region: PS3.3 C.8.5.5.1.16/17. */
  const physical = (minimum: number, reference: number, referenceValue: number, delta: number, p: number): number => referenceValue + (p - (minimum + reference)) * delta;

  it('drops regions cropped away, re-bounds the rest, and keeps every pixel’s physical value', () => {
    const transform: GeometryTransform = { crop: { x: 30, y: 0, width: 750, height: 431 }, sourceRows: 600, sourceColumns: 800, outRows: 216, outColumns: 375 };
    const rewriter = createGeometryRewriter(us.dataset, transform);
    expect(rewriter.droppedItems).toEqual(['(0018,6011)[1]']);
    expect(rewriter.keepsItem('(0018,6011)', 1)).toBe(false);
    expect(rewriter.keepsItem('(0018,6011)', 0)).toBe(true);
    expect(rewriter.topLevel().has(0x00186011)).toBe(false);
    const values = rewritten(us, rewriter);
    const at = (tag: string): number => values.get(`(0018,6011)[0].(0018,${tag})`)![0]!;
    // Columns 100…500 → kept 70…470 → output 35…235; rows 50…400 (of 431 kept, 216 out) → 25…200.
    expect([at('6018'), at('601C'), at('601A'), at('601E')]).toEqual([35, 235, 25, 200]);
    expect(at('602C')).toBeCloseTo(0.02, 15);
    expect(at('602E')).toBeCloseTo((0.012 * 431) / 216, 15);
    const sx = 750 / 375;
    const sy = 431 / 216;
    const refX = values.get('(0018,6011)[0].(0018,6020)')?.[0] ?? 201;
    const refY = at('6022');
    const valueX = values.get('(0018,6011)[0].(0018,6028)')?.[0] ?? 0;
    const valueY = values.get('(0018,6011)[0].(0018,602A)')?.[0] ?? 0;
    for (const source of [120, 333.5, 480]) {
      const output = (source - 30 + 0.5) / sx - 0.5;
      expect(physical(35, refX, valueX, at('602C'), output)).toBeCloseTo(physical(100, 201, 0, 0.01, source), 12);
    }
    for (const source of [60, 222, 399]) {
      const output = (source + 0.5) / sy - 0.5;
      expect(physical(25, refY, valueY, at('602E'), output)).toBeCloseTo(physical(50, 3, 0, 0.012, source), 12);
    }
    // The Doppler sample volume stays on the same tissue point: displacement from the reference pixel, rescaled.
    const sampleX = at('6039');
    expect(Math.abs(35 + refX + sampleX - ((100 + 201 + 41 - 30 + 0.5) / sx - 0.5))).toBeLessThanOrEqual(0.5);
  });

  it('removes the sequence when every region is cropped away', () => {
    const rewriter = createGeometryRewriter(us.dataset, { crop: { x: 0, y: 0, width: 90, height: 40 }, sourceRows: 600, sourceColumns: 800, outRows: 40, outColumns: 90 });
    expect(rewriter.droppedItems).toEqual(['(0018,6011)[0]', '(0018,6011)[1]']);
    const removal = rewriter.topLevel().get(0x00186011)!;
    expect(removal.output).toBeUndefined();
    expect(removal.rule).toMatch(/every ultrasound region lies outside the crop to 90×40/);
  });

  it('shifts bounds and keeps the reference pixel exactly on a crop without resize', () => {
    const values = rewritten(us, createGeometryRewriter(us.dataset, { crop: { x: 150, y: 60, width: 600, height: 540 }, sourceRows: 600, sourceColumns: 800, outRows: 540, outColumns: 600 }));
    // Tissue region: columns 100…500 → 0…350 (clipped at the crop's left edge); its reference pixel, 301 from
    // the image's left, is now 151 from the crop's left and 151 from the new minimum.
    expect(values.get('(0018,6011)[0].(0018,6018)')).toEqual([0]);
    expect(values.get('(0018,6011)[0].(0018,601C)')).toEqual([350]);
    expect(values.get('(0018,6011)[0].(0018,6020)')).toEqual([151]);
    expect(values.get('(0018,6011)[0].(0018,6022)')).toEqual([-7]);
    expect(values.has('(0018,6011)[0].(0018,602C)')).toBe(false);
    expect(values.has('(0018,6011)[0].(0018,6028)')).toBe(false);
  });
});
