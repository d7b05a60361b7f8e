import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDecimalString, numberOutput, stringOutput } from '../dicom/encodeValue.js';
import type { OutputElement } from '../dicom/outputDataset.js';
import { EXPLICIT_VR_LITTLE_ENDIAN } from '../dicom/transferSyntax.js';
import { writeDicomFile } from '../dicom/writeDicomFile.js';
import { PEITTO_IMPLEMENTATION_CLASS_UID, PEITTO_IMPLEMENTATION_VERSION_NAME } from '../version.js';
import { drawText } from './bitmapFont.js';

/**
 * The demo study that opens from the start screen: synthetic, made by this code, with fake identities planted
 * where real ones would be, so that a newcomer can try the whole flow (browse, mask, reduce, export, assess):
 *  - a phantom head CT series (24 slices, 2.5 mm) with a burned-in name label on every slice;
 *  - a colour photograph of an arm with a tattoo-like pattern;
 *  - an ultrasound image with a header band of burned-in text (device "ACME", 640×480).
 * Every value is fictitious. The generator is deterministic: the same version writes the same files.
 */
export const DEMO_VERSION = '3';

export const DEMO_PATIENT = { name: 'DEMO^PATIENT', id: 'DEMO-0001', birthDate: '19700101', sex: 'F' } as const;
/** Root of the demo's UIDs: a UUID-derived root (PS3.5 B.2) reserved for these fixed demo objects. */
const ROOT = '2.25.329800735698586629295641978511506078011';
const uid = (...parts: number[]): string => [ROOT, ...parts].join('.');

const CT = '1.2.840.10008.5.1.4.1.1.2';
const VL_PHOTO = '1.2.840.10008.5.1.4.1.1.77.1.4';
const US = '1.2.840.10008.5.1.4.1.1.6.1';

/** A small deterministic pseudo-random generator (mulberry32) for speckle and skin texture. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const s = (tag: number, vr: Parameters<typeof stringOutput>[1], ...values: string[]): OutputElement => stringOutput(tag, vr, values);
const us = (tag: number, ...values: number[]): OutputElement => numberOutput(tag, 'US', values);

function commonElements(modality: string, series: number, instance: number, sopClass: string): OutputElement[] {
  return [
    s(0x00080005, 'CS', 'ISO_IR 100'),
    s(0x00080016, 'UI', sopClass),
    s(0x00080018, 'UI', uid(series, instance)),
    s(0x00080020, 'DA', '20240312'),
    s(0x00080030, 'TM', '101500'),
    s(0x00080050, 'SH', 'DEMOACC01'),
    s(0x00080060, 'CS', modality),
    s(0x00080080, 'LO', 'DEMO HOSPITAL'),
    s(0x00080090, 'PN', 'DEMO^REFERRER'),
    s(0x00081030, 'LO', 'DEMO STUDY HEAD AND ARM DEMO^PATIENT'),
    s(0x00100010, 'PN', DEMO_PATIENT.name),
    s(0x00100020, 'LO', DEMO_PATIENT.id),
    s(0x00100030, 'DA', DEMO_PATIENT.birthDate),
    s(0x00100040, 'CS', DEMO_PATIENT.sex),
    s(0x00101010, 'AS', '054Y'),
    s(0x0020000d, 'UI', uid(0)),
    s(0x0020000e, 'UI', uid(series)),
    s(0x00200010, 'SH', 'DEMO1'),
    s(0x00200011, 'IS', String(series)),
    s(0x00200013, 'IS', String(instance)),
  ];
}

function pixelElements(rows: number, columns: number, samplesPerPixel: 1 | 3, bits: 8 | 16, photometric: string): OutputElement[] {
  const out = [
    us(0x00280002, samplesPerPixel),
    s(0x00280004, 'CS', photometric),
    us(0x00280010, rows),
    us(0x00280011, columns),
    us(0x00280100, bits),
    us(0x00280101, bits === 16 ? 12 : 8),
    us(0x00280102, bits === 16 ? 11 : 7),
    us(0x00280103, 0),
  ];
  if (samplesPerPixel === 3) out.push(us(0x00280006, 0));
  return out;
}

/** Shepp–Logan-like head phantom slice in stored values (12 bit, rescale intercept −1024: value = HU + 1024). */
function phantomSlice(size: number, z: number): Uint16Array {
  // [value (HU), centre x, centre y, semi-axis a, semi-axis b, angle] in a unit square; z shrinks the head.
  const ellipses: [number, number, number, number, number, number][] = [
    [1000, 0, 0, 0.69, 0.92, 0],
    [-960, 0, -0.0184, 0.6624, 0.874, 0],
    [-20, 0.22, 0, 0.11, 0.31, -18],
    [-20, -0.22, 0, 0.16, 0.41, 18],
    [20, 0, 0.35, 0.21, 0.25, 0],
    [10, 0, 0.1, 0.046, 0.046, 0],
    [10, -0.08, -0.605, 0.046, 0.023, 0],
    [10, 0.06, -0.605, 0.023, 0.046, 0],
  ];
  const shrink = Math.sqrt(Math.max(0.2, 1 - (z * z) / 1.4));
  const out = new Uint16Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = ((col + 0.5) / size) * 2 - 1;
      const y = ((row + 0.5) / size) * 2 - 1;
      let hu = -1000;
      for (const [value, cx, cy, a, b, angle] of ellipses) {
        const t = (angle * Math.PI) / 180;
        const dx = x / shrink - cx;
        const dy = y / shrink - cy;
        const u = dx * Math.cos(t) + dy * Math.sin(t);
        const v = -dx * Math.sin(t) + dy * Math.cos(t);
        if ((u * u) / (a * a) + (v * v) / (b * b) <= 1) hu = hu === -1000 ? value : hu + value;
      }
      out[row * size + col] = Math.max(0, Math.min(4095, hu + 1024 + (hu > -900 ? 20 : 0)));
    }
  }
  return out;
}

async function writeObject(path: string, sopClass: string, sopInstance: string, dataset: OutputElement[]): Promise<void> {
  const meta: OutputElement[] = [
    { kind: 'value', tag: 0x00020001, vr: 'OB', bytes: Uint8Array.of(0, 1) },
    s(0x00020002, 'UI', sopClass),
    s(0x00020003, 'UI', sopInstance),
    s(0x00020010, 'UI', EXPLICIT_VR_LITTLE_ENDIAN),
    s(0x00020012, 'UI', PEITTO_IMPLEMENTATION_CLASS_UID),
    s(0x00020013, 'SH', PEITTO_IMPLEMENTATION_VERSION_NAME),
  ];
  await writeDicomFile(path, meta, dataset, undefined);
}

async function writeCtSeries(dir: string): Promise<void> {
  const size = 256;
  const slices = 24;
  for (let i = 0; i < slices; i++) {
    const z = (i - (slices - 1) / 2) / slices;
    const pixels = phantomSlice(size, z * 1.6);
    drawText(pixels, size, size, 1, 'DEMO^PATIENT DEMO-0001', 6, 6, 1, [4095]);
    drawText(pixels, size, size, 1, 'DEMO HOSPITAL 12.03.2024', 6, 16, 1, [4095]);
    const dataset = [
      ...commonElements('CT', 1, i + 1, CT),
      s(0x00080008, 'CS', 'ORIGINAL', 'PRIMARY', 'AXIAL'),
      s(0x00080070, 'LO', 'PEITTO DEMO'),
      s(0x0008103e, 'LO', 'HEAD 2.5 MM'),
      s(0x00180015, 'CS', 'HEAD'),
      s(0x00180050, 'DS', '2.5'),
      s(0x00180060, 'DS', '120'),
      s(0x00185100, 'CS', 'HFS'),
      s(0x00200012, 'IS', '1'),
      s(0x00201040, 'LO', ''),
      s(0x00200032, 'DS', '-115.2', '-115.2', formatDecimalString(i * 2.5)),
      s(0x00200037, 'DS', '1', '0', '0', '0', '1', '0'),
      s(0x00200052, 'UI', uid(1, 0)),
      s(0x00201041, 'DS', formatDecimalString(i * 2.5)),
      s(0x00280030, 'DS', '0.9', '0.9'),
      ...pixelElements(size, size, 1, 16, 'MONOCHROME2'),
      s(0x00281050, 'DS', '40'),
      s(0x00281051, 'DS', '400'),
      s(0x00281052, 'DS', '-1024'),
      s(0x00281053, 'DS', '1'),
      s(0x00280301, 'CS', 'YES'),
      { kind: 'value', tag: 0x7fe00010, vr: 'OW', bytes: new Uint8Array(pixels.buffer) },
    ] satisfies OutputElement[];
    await writeObject(join(dir, `CT${String(i + 1).padStart(3, '0')}.dcm`), CT, uid(1, i + 1), dataset);
  }
}

/** Where the photograph's tattoo-like pattern is (source pixels), for tests and the demo's suggested mask. */
export const DEMO_TATTOO = { x: 196, y: 84, width: 72, height: 64 } as const;
/** The ultrasound's header band of burned-in text (source pixels). */
export const DEMO_US_BAND = { x: 0, y: 0, width: 640, height: 40 } as const;
/** The CT's burned-in name label (source pixels). */
export const DEMO_CT_LABEL = { x: 4, y: 4, width: 150, height: 22 } as const;

async function writePhotograph(dir: string): Promise<void> {
  const columns = 320;
  const rows = 240;
  const rgb = new Uint8Array(columns * rows * 3);
  const rand = random(7);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const i = (y * columns + x) * 3;
      // Background: grey cloth; an arm across the frame as a shaded band of skin.
      const armCentre = 120 + 30 * Math.sin(x / 90);
      const d = Math.abs(y - armCentre) / 70;
      const noise = (rand() - 0.5) * 10;
      if (d < 1) {
        const shade = Math.cos((d * Math.PI) / 2);
        rgb[i] = Math.round(150 + 80 * shade + noise);
        rgb[i + 1] = Math.round(105 + 65 * shade + noise);
        rgb[i + 2] = Math.round(85 + 50 * shade + noise);
      } else {
        rgb[i] = rgb[i + 1] = rgb[i + 2] = Math.round(70 + noise);
      }
    }
  }
  // The tattoo: a dark blue anchor-like outline inside DEMO_TATTOO.
  const { x: tx, y: ty, width: tw, height: th } = DEMO_TATTOO;
  for (let y = ty; y < ty + th; y++) {
    for (let x = tx; x < tx + tw; x++) {
      const u = (x - tx) / tw - 0.5;
      const v = (y - ty) / th - 0.5;
      const ring = Math.abs(Math.hypot(u, v + 0.1) - 0.3) < 0.05 && v > -0.1;
      const shaft = Math.abs(u) < 0.04 && v < 0.2;
      const bar = Math.abs(v + 0.3) < 0.04 && Math.abs(u) < 0.2;
      if (ring || shaft || bar) {
        const i = (y * columns + x) * 3;
        rgb[i] = 40;
        rgb[i + 1] = 45;
        rgb[i + 2] = 90;
      }
    }
  }
  const dataset: OutputElement[] = [
    ...commonElements('XC', 2, 1, VL_PHOTO),
    s(0x00080008, 'CS', 'ORIGINAL', 'PRIMARY'),
    s(0x00080070, 'LO', 'PEITTO DEMO'),
    s(0x0008103e, 'LO', 'CLINICAL PHOTO LEFT ARM'),
    s(0x00180015, 'CS', 'ARM'),
    s(0x00200020, 'CS', ''),
    s(0x00200060, 'CS', 'L'),
    { kind: 'sequence', tag: 0x00400555, items: [], undefinedLength: false },
    s(0x00282110, 'CS', '00'),
    ...pixelElements(rows, columns, 3, 8, 'RGB'),
    s(0x00280301, 'CS', 'NO'),
    { kind: 'value', tag: 0x7fe00010, vr: 'OB', bytes: rgb },
  ];
  await writeObject(join(dir, 'PHOTO001.dcm'), VL_PHOTO, uid(2, 1), dataset);
}

async function writeUltrasound(dir: string): Promise<void> {
  const columns = 640;
  const rows = 480;
  const pixels = new Uint8Array(columns * rows);
  const rand = random(11);
  const apexX = columns / 2;
  const apexY = 50;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const r = Math.hypot(x - apexX, y - apexY);
      const angle = Math.atan2(x - apexX, y - apexY);
      if (y > apexY && r < 420 && Math.abs(angle) < 0.7) {
        const lesion = Math.hypot(x - 360, y - 260) < 40 ? 0.3 : 1;
        pixels[y * columns + x] = Math.round(Math.min(255, (40 + 120 * rand() * Math.exp(-r / 500)) * lesion));
      }
    }
  }
  for (let y = DEMO_US_BAND.y; y < DEMO_US_BAND.height; y++) pixels.fill(30, y * columns, (y + 1) * columns);
  drawText(pixels, columns, rows, 1, 'ACME DEMO US  DEMO^PATIENT  DEMO-0001', 10, 5, 2, [255]);
  drawText(pixels, columns, rows, 1, '12.03.2024 10:15', 10, 22, 2, [255]);
  const region: OutputElement = {
    kind: 'sequence',
    tag: 0x00186011,
    undefinedLength: false,
    items: [
      {
        undefinedLength: false,
        elements: [
          us(0x00186012, 1),
          us(0x00186014, 1),
          numberOutput(0x00186016, 'UL', [0]),
          numberOutput(0x00186018, 'UL', [40]),
          numberOutput(0x0018601a, 'UL', [50]),
          numberOutput(0x0018601c, 'UL', [600]),
          numberOutput(0x0018601e, 'UL', [470]),
          us(0x00186024, 3),
          us(0x00186026, 3),
          numberOutput(0x0018602c, 'FD', [0.02]),
          numberOutput(0x0018602e, 'FD', [0.02]),
        ],
      },
    ],
  };
  const dataset: OutputElement[] = [
    ...commonElements('US', 3, 1, US),
    s(0x00080008, 'CS', 'ORIGINAL', 'PRIMARY'),
    s(0x00080070, 'LO', 'ACME'),
    s(0x00081090, 'LO', 'DEMO 1'),
    s(0x0008103e, 'LO', 'ABDOMEN'),
    s(0x00180015, 'CS', 'ABDOMEN'),
    s(0x00200020, 'CS', ''),
    region,
    ...pixelElements(rows, columns, 1, 8, 'MONOCHROME2'),
    s(0x00280301, 'CS', 'YES'),
    { kind: 'value', tag: 0x7fe00010, vr: 'OB', bytes: pixels },
  ];
  await writeObject(join(dir, 'US001.dcm'), US, uid(3, 1), dataset);
}

/**
 * The folder of the demo study under `dataDir`, written on first use (and again when the demo changes):
 * CT/, PHOTO/ and US/ series folders.
 */
export async function ensureDemoStudy(dataDir: string): Promise<string> {
  const dir = join(dataDir, 'demo-study');
  const stamp = join(dataDir, 'demo-study.version');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === DEMO_VERSION) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const series of ['CT', 'PHOTO', 'US']) mkdirSync(join(dir, series), { recursive: true });
  await writeCtSeries(join(dir, 'CT'));
  await writePhotograph(join(dir, 'PHOTO'));
  await writeUltrasound(join(dir, 'US'));
  writeFileSync(stamp, DEMO_VERSION);
  return dir;
}
