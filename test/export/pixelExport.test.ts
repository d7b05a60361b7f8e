import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanInputs } from '../../main/catalog/scanInputs.js';
import type { IndexedObject } from '../../main/catalog/indexedObject.js';
import { findElement } from '../../main/dicom/dataset.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { numberValues, stringValue, stringValues } from '../../main/dicom/values.js';
import { runExport, type ExportResult } from '../../main/export/runExport.js';
import { parsePlan, PlanError } from '../../main/plan/loadPlan.js';
import type { MaskPlan, Plan } from '../../main/plan/plan.js';
import { openPixelData, type DecodedFrame } from '../../main/pixels/index.js';
import { maskFillValue, readPaletteColorLut } from '../../main/pixels/ops/index.js';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10, type DataElement } from '../fixtures/encoder/index.js';
import { corpusPath, haveCorpus, haveTools } from '../support/environment.js';
import { planAcceptingRisks } from '../support/plans.js';

const work = mkdtempSync(join(tmpdir(), 'peitto-pixels-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(work, `o${++n}`);

async function frames(path: string): Promise<DecodedFrame[]> {
  const object = readDicomFile(path);
  try {
    const reader = openPixelData(object);
    const out: DecodedFrame[] = [];
    for (let f = 0; f < reader.numberOfFrames; f++) out.push(await reader.decodeFrame(f));
    return out;
  } finally {
    object.close();
  }
}

function attributes(path: string): { get: (tag: number) => string; numbers: (tag: number) => number[]; has: (tag: number) => boolean } {
  const object = readDicomFile(path);
  object.close();
  return {
    get: (tag) => {
      const e = findElement(object.dataset, tag);
      return e ? stringValues(e).join('\\') : '';
    },
    numbers: (tag) => {
      const e = findElement(object.dataset, tag);
      return e ? numberValues(e) : [];
    },
    has: (tag) => findElement(object.dataset, tag) !== undefined,
  };
}

/**
 * A PALETTE COLOR image whose darkest palette entry is index 200 (not 0), and a MONOCHROME1 image (minimum shows
 * white), so that the fill rule is exercised where it differs from "zero".
 */
function writeSyntheticImages(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const size = 64;
  const indices = Uint8Array.from({ length: size * size }, (_, i) => i % 256);
  const lut = (f: (i: number) => number): number[] => Array.from({ length: 256 }, (_, i) => f(i) * 257);
  const brightness = (i: number): number => (i === 200 ? 0 : 40 + (i % 200));
  const common = (sop: string): DataElement[] => [
    el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.7'),
    el(0x00080018, 'UI', sop),
    el(0x00080060, 'CS', 'OT'),
    el(0x00100010, 'PN', 'Synthetic^Image'),
    el(0x0020000d, 'UI', `${sop}.1`),
    el(0x0020000e, 'UI', `${sop}.2`),
    el(0x00280010, 'US', [size]),
    el(0x00280011, 'US', [size]),
  ];
  const palette: DataElement[] = [
    ...common('2.25.9001'),
    el(0x00280002, 'US', [1]),
    el(0x00280004, 'CS', 'PALETTE COLOR'),
    el(0x00280100, 'US', [8]),
    el(0x00280101, 'US', [8]),
    el(0x00280102, 'US', [7]),
    el(0x00280103, 'US', [0]),
    el(0x00281101, 'US', [256, 0, 16]),
    el(0x00281102, 'US', [256, 0, 16]),
    el(0x00281103, 'US', [256, 0, 16]),
    el(0x00281201, 'OW', lut(brightness)),
    el(0x00281202, 'OW', lut(brightness)),
    el(0x00281203, 'OW', lut(brightness)),
    el(0x7fe00010, 'OB', indices),
  ];
  const mono1: DataElement[] = [
    ...common('2.25.9002'),
    el(0x00280002, 'US', [1]),
    el(0x00280004, 'CS', 'MONOCHROME1'),
    el(0x00280100, 'US', [16]),
    el(0x00280101, 'US', [12]),
    el(0x00280102, 'US', [11]),
    el(0x00280103, 'US', [0]),
    el(0x7fe00010, 'OW', Array.from({ length: size * size }, (_, i) => (i * 13) & 0x0fff)),
  ];
  writeFileSync(join(dir, 'palette.dcm'), encodePart10(palette, { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN }));
  writeFileSync(join(dir, 'mono1.dcm'), encodePart10(mono1, { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN }));
  return dir;
}

/** Round half to even, as the engine's area averaging does (an independent restatement for the test). */
const halfEven = (sum: number, count: number): number => {
  const q = Math.floor(sum / count);
  const r = sum - q * count;
  if (r * 2 > count) return q + 1;
  if (r * 2 < count) return q;
  return q % 2 === 0 ? q : q + 1;
};

/** Corpus objects whose pixels decode: every transfer syntax and photometric kind the corpus has. */
const decodable: IndexedObject[] = [];
/** Each object is exported on its own: the corpus holds one instance in several encodings (same SOP Instance UID). */
const exportsBySource = new Map<string, { outDir: string; result: ExportResult }>();
const exportOf = (o: IndexedObject): { file: string; exported: ExportResult['exported'][number] } => {
  const { outDir, result } = exportsBySource.get(o.path)!;
  const exported = result.exported[0]!;
  return { file: join(outDir, exported.file), exported };
};
const region = (o: IndexedObject): { x: number; y: number; width: number; height: number } => ({
  x: Math.floor(o.columns! / 4),
  y: Math.floor(o.rows! / 4),
  width: Math.max(1, Math.floor(o.columns! / 2)),
  height: Math.max(1, Math.floor(o.rows! / 2)),
});

beforeAll(async () => {
  if (!haveCorpus()) return;
  // Duplicates (the same instance in another encoding) are indexed one file at a time.
  const scan = await scanInputs([corpusPath('test_files'), corpusPath('palettes')]);
  const duplicates = scan.problems.filter((p) => p.kind === 'duplicate').map((p) => p.path);
  const all = [...scan.objects];
  for (const path of duplicates) all.push(...(await scanInputs([path])).objects);
  // The corpus has no PALETTE COLOR or MONOCHROME1 image: two synthetic ones, made with the test encoder.
  all.push(...(await scanInputs([writeSyntheticImages(join(work, 'synthetic'))])).objects);
  for (const o of all) {
    if (!o.hasPixelData || !o.rows || !o.columns) continue;
    try {
      await frames(o.path);
    } catch {
      continue; // not decodable here (e.g. a file broken on purpose): covered by the pixel layer's own tests
    }
    decodable.push(o);
    const masks: MaskPlan[] = [{ sopInstanceUID: o.sopInstanceUid, shapes: [{ type: 'rectangle', ...region(o), category: 'burned-in-text' }] }];
    const outDir = fresh();
    exportsBySource.set(o.path, { outDir, result: await runExport({ inputs: [o.path], outDir, plan: { ...planAcceptingRisks(), masks } }) });
  }
}, 300_000);

describe.runIf(haveCorpus())('masks on every transfer syntax and photometric kind of the corpus', () => {
  it('covers the corpus variety', () => {
    const syntaxes = new Set(decodable.map((o) => o.transferSyntaxUid));
    expect(syntaxes.size).toBeGreaterThanOrEqual(11);
    const photometric = new Set(decodable.map((o) => stringValue(findElement(readDicomFile(o.path).dataset, 0x00280004)!)));
    for (const kind of ['MONOCHROME1', 'MONOCHROME2', 'RGB', 'YBR_FULL', 'YBR_FULL_422', 'PALETTE COLOR']) expect(photometric).toContain(kind);
    for (const { result } of exportsBySource.values()) expect(result.failed).toEqual([]);
  });

  it('fills every masked pixel with the darkest displayed value and leaves every other pixel exactly as it was', async () => {
    for (const o of decodable) {
      const { file, exported } = exportOf(o);
      const before = await frames(o.path);
      const after = await frames(file);
      const r = region(o);
      const object = readDicomFile(file);
      object.close();
      const palette = before[0]!.photometric === 'PALETTE COLOR' ? readPaletteColorLut(object.dataset, object.source) : undefined;
      for (const [f, src] of before.entries()) {
        const out = after[f]!;
        expect(out.samples.length, o.path).toBe(src.samples.length);
        const fill = maskFillValue(src, palette ? { palette } : {});
        const spp = src.samplesPerPixel;
        let inside = 0;
        for (let y = 0; y < src.rows; y++) {
          for (let x = 0; x < src.columns; x++) {
            const isMasked = x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;
            for (let s = 0; s < spp; s++) {
              const i = (y * src.columns + x) * spp + s;
              if (isMasked) {
                if (out.samples[i] !== fill[s]) throw new Error(`${o.path} frame ${f} (${x},${y}) not filled`);
                inside++;
              } else if (out.samples[i] !== src.samples[i]) {
                throw new Error(`${o.path} frame ${f} (${x},${y}) changed outside the mask`);
              }
            }
          }
        }
        expect(inside).toBeGreaterThan(0);
        if (src.photometric === 'PALETTE COLOR') expect(fill).toEqual([200]);
        if (src.photometric === 'MONOCHROME1') expect(fill).toEqual([4095]);
      }
      expect(exported.maskVerification?.failures, o.path).toBe(0);
    }
  });

  it('writes what the masks mean: DERIVED, NO burned-in text, Clean Pixel Data, lossy history kept, no source reference', () => {
    for (const o of decodable) {
      const { file, exported } = exportOf(o);
      const a = attributes(file);
      expect(a.get(0x00080008).split('\\')[0], o.path).toBe('DERIVED');
      expect(a.get(0x00280301)).toBe('NO');
      expect(a.get(0x00082111)).toContain('masked');
      expect(a.has(0x00082112)).toBe(false);
      expect(exported.methodCodes.map((c) => c.code)).toContain('113101');
      const source = readDicomFile(o.path);
      source.close();
      if (source.transferSyntax.lossy) expect(a.get(0x00282110), o.path).toBe('01');
      if (/^YBR/.test(stringValue(findElement(source.dataset, 0x00280004)!)) && source.transferSyntax.encapsulated) {
        expect(a.get(0x00280004), o.path).toMatch(/^(RGB|YBR_FULL)$/);
      }
    }
  });

  it.runIf(haveTools('dciodvfy', 'dcmconv'))('adds no dciodvfy error to masked objects', () => {
    const errors = (file: string): string[] =>
      `${spawnSync('dciodvfy', [file], { encoding: 'latin1' }).stderr}`
        .split('\n')
        .filter((l) => l.startsWith('Error'))
        .map((l) => l.replace(/<[^>]*>/g, '<v>').replace(/\b\d+(\.\d+){2,}\b/g, 'UID'));
    const added: string[] = [];
    for (const o of decodable) {
      const { file } = exportOf(o);
      const copy = join(work, `base-${basename(o.path)}`);
      const base = spawnSync('dcmconv', ['+te', o.path, copy]).status === 0 ? errors(copy) : errors(o.path);
      for (const e of errors(file)) if (!base.includes(e)) added.push(`${basename(o.path)}: ${e}`);
    }
    expect(added).toEqual([]);
  });
});

describe.runIf(haveCorpus())('reduced resolution, crop and lossless encodings', () => {
  const ct = (): string => corpusPath('test_files', 'CT_small.dcm');

  it('halves by exact 2×2 means and doubles the pixel spacing', async () => {
    const out = fresh();
    const result = await runExport({ inputs: [ct()], outDir: out, plan: { ...planAcceptingRisks(), resolution: { scale: 0.5 } } });
    const file = join(out, result.exported[0]!.file);
    const [src] = await frames(ct());
    const [half] = await frames(file);
    expect([half!.rows, half!.columns]).toEqual([src!.rows / 2, src!.columns / 2]);
    for (let y = 0; y < half!.rows; y++) {
      for (let x = 0; x < half!.columns; x++) {
        const at = (yy: number, xx: number): number => src!.samples[yy * src!.columns + xx]!;
        const sum = at(2 * y, 2 * x) + at(2 * y, 2 * x + 1) + at(2 * y + 1, 2 * x) + at(2 * y + 1, 2 * x + 1);
        expect(half!.samples[y * half!.columns + x]).toBe(halfEven(sum, 4));
      }
    }
    const before = attributes(ct()).numbers(0x00280030);
    const after = attributes(file).numbers(0x00280030);
    expect(after[0]).toBeCloseTo(before[0]! * 2, 6);
    expect(after[1]).toBeCloseTo(before[1]! * 2, 6);
    expect(attributes(file).get(0x00082111)).toContain('area averaging');
  });

  it('crops to the rectangle and moves Image Position (Patient) to the new first pixel', async () => {
    const out = fresh();
    const object = (await scanInputs([ct()])).objects[0]!;
    const plan: Plan = { ...planAcceptingRisks(), crop: [{ sopInstanceUID: object.sopInstanceUid, x: 16, y: 8, width: 32, height: 24 }] };
    const result = await runExport({ inputs: [ct()], outDir: out, plan });
    const file = join(out, result.exported[0]!.file);
    const [src] = await frames(ct());
    const [cropped] = await frames(file);
    expect([cropped!.rows, cropped!.columns]).toEqual([24, 32]);
    expect(cropped!.samples[0]).toBe(src!.samples[8 * src!.columns + 16]);
    const a = attributes(ct());
    const b = attributes(file);
    const [rowSpacing, columnSpacing] = a.numbers(0x00280030);
    const orientation = a.numbers(0x00200037);
    const position = a.numbers(0x00200032);
    const expected = [0, 1, 2].map((i) => position[i]! + 16 * columnSpacing! * orientation[i]! + 8 * rowSpacing! * orientation[i + 3]!);
    b.numbers(0x00200032).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 3));
  });

  for (const [encoding, tool, uid] of [
    ['rle', 'dcmdrle', '1.2.840.10008.1.2.5'],
    ['jpeg-ls-lossless', 'dcmdjpls', '1.2.840.10008.1.2.4.80'],
  ] as const) {
    it.runIf(haveTools(tool))(`writes changed pixels as ${encoding}, which ${tool} decodes to the same values`, async () => {
      const out = fresh();
      const result = await runExport({
        inputs: [ct(), corpusPath('test_files', 'SC_rgb_rle_2frame.dcm')],
        outDir: out,
        plan: { ...planAcceptingRisks(), resolution: { scale: 0.5 }, output: { pixelEncoding: encoding, burnOverlays: false } },
      });
      for (const e of result.exported) {
        const file = join(out, e.file);
        expect(e.transferSyntaxUid).toBe(uid);
        const plain = join(work, `${encoding}-${basename(e.file)}`);
        execFileSync(tool, [file, plain]);
        const ours = await frames(file);
        const theirs = await frames(plain);
        ours.forEach((f, i) => expect(Buffer.compare(Buffer.from(f.samples.buffer), Buffer.from(theirs[i]!.samples.buffer))).toBe(0));
      }
    });
  }

  it('masks only the frames a mask names', async () => {
    const source = corpusPath('test_files', 'SC_rgb_rle_2frame.dcm');
    const object = (await scanInputs([source])).objects[0]!;
    const out = fresh();
    const plan: Plan = {
      ...planAcceptingRisks(),
      masks: [{ sopInstanceUID: object.sopInstanceUid, frames: [1], shapes: [{ type: 'ellipse', cx: 50, cy: 50, rx: 20, ry: 20, category: 'face' }] }],
    };
    const result = await runExport({ inputs: [source], outDir: out, plan });
    const [src0, src1] = await frames(source);
    const [out0, out1] = await frames(join(out, result.exported[0]!.file));
    expect(Buffer.compare(Buffer.from(out0!.samples), Buffer.from(src0!.samples))).toBe(0);
    expect(Buffer.compare(Buffer.from(out1!.samples), Buffer.from(src1!.samples))).not.toBe(0);
    expect(out1!.samples.slice((50 * out1!.columns + 50) * 3, (50 * out1!.columns + 50) * 3 + 3)).toEqual(new Uint8Array([0, 0, 0]));
    // A face mask is Clean Recognizable Visual Features, not Clean Pixel Data; burned-in text was not masked.
    expect(result.exported[0]!.methodCodes.map((c) => c.code)).toContain('113102');
    expect(attributes(join(out, result.exported[0]!.file)).get(0x00280301)).not.toBe('NO');
  });

  it('rejects plans that do not fit the inputs before writing anything', async () => {
    const object = (await scanInputs([ct()])).objects[0]!;
    const cases: [Partial<Plan>, RegExp][] = [
      [{ masks: [{ sopInstanceUID: object.sopInstanceUid, shapes: [{ type: 'rectangle', x: 600, y: 600, width: 10, height: 10, category: 'face' }] }] }, /outside the 128×128 image/],
      [{ masks: [{ sopInstanceUID: '1.2.3.999', shapes: [{ type: 'rectangle', x: 0, y: 0, width: 10, height: 10, category: 'face' }] }] }, /no object with SOP Instance UID 1\.2\.3\.999/],
      [{ masks: [{ sopInstanceUID: object.sopInstanceUid, frames: [3], shapes: [{ type: 'rectangle', x: 0, y: 0, width: 10, height: 10, category: 'face' }] }] }, /frame 3 but object .* has 1 frame/],
      [{ crop: [{ sopInstanceUID: object.sopInstanceUid, x: 120, y: 0, width: 10, height: 10 }] }, /does not fit/],
    ];
    for (const [change, message] of cases) {
      const out = fresh();
      await expect(runExport({ inputs: [ct()], outDir: out, plan: { ...planAcceptingRisks(), ...change } })).rejects.toThrow(PlanError);
      await expect(runExport({ inputs: [ct()], outDir: out, plan: { ...planAcceptingRisks(), ...change } })).rejects.toThrow(message);
    }
  });

  it('applies device rules to the images they match only', async () => {
    const out = fresh();
    const rule = { rule: { modality: 'CT', rows: 128, columns: 128 }, shapes: [{ type: 'rectangle' as const, x: 0, y: 0, width: 128, height: 10, category: 'burned-in-text' as const }] };
    const result = await runExport({ inputs: [ct(), corpusPath('test_files', 'MR_small.dcm')], outDir: out, plan: { ...planAcceptingRisks(), masks: [rule] } });
    const derivation = (m: string): string => {
      const e = result.exported.find((x) => attributes(join(out, x.file)).get(0x00080060) === m)!;
      return attributes(join(out, e.file)).get(0x00082111);
    };
    expect(derivation('CT')).toContain('masked');
    expect(derivation('MR')).not.toContain('masked');
  });

  it('reads the plan format with instance, series and rule masks, a resolution and a crop', () => {
    const plan = parsePlan({
      version: 1,
      masks: [
        { sopInstanceUID: '1.2.3', frames: 'all', shapes: [{ type: 'rectangle', x: 10, y: 20, width: 30, height: 40, category: 'burned-in-text' }] },
        {
          seriesInstanceUID: '1.2.4',
          shapes: [
            { type: 'ellipse', cx: 100, cy: 80, rx: 40, ry: 50, category: 'face' },
            { type: 'polygon', points: [[1, 1], [50, 1], [25, 40]], category: 'tattoo' },
          ],
        },
        { rule: { modality: 'US', manufacturer: 'ACME', rows: 480, columns: 640 }, shapes: [{ type: 'rectangle', x: 0, y: 0, width: 640, height: 40, category: 'burned-in-text' }] },
      ],
      resolution: { scale: 0.5 },
      crop: { sopInstanceUID: '1.2.3', x: 0, y: 0, width: 256, height: 256 },
    });
    expect(plan.masks).toHaveLength(3);
    expect(plan.crop).toEqual([{ sopInstanceUID: '1.2.3', x: 0, y: 0, width: 256, height: 256 }]);
    expect(() => parsePlan({ version: 1, resolution: { scale: 1.5 } })).toThrow(/resolution/);
    expect(() => parsePlan({ version: 1, resolution: { maxDimension: 512, series: [{ seriesInstanceUID: '1.2', scale: 0.25 }] } })).not.toThrow();
  });
});
