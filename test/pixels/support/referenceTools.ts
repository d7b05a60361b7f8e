import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDicomFile } from '../../../main/dicom/readDicomFile.js';
import type { DecodedFrame } from '../../../main/pixels/decodedFrame.js';
import { openPixelData } from '../../../main/pixels/decodeFrame.js';

/** Runs a reference tool; returns its combined output, throwing with that output when it fails. */
export function runTool(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${tool} ${args.join(' ')} failed: ${(e.stderr || e.stdout || e.message).trim().slice(0, 400)}`);
  }
}

/** The decompressing reference for a transfer syntax: dcmtk for JPEG, JPEG-LS and RLE, GDCM for JPEG 2000. */
export function referenceDecoder(uid: string): string[] | undefined {
  if (/^1\.2\.840\.10008\.1\.2\.4\.(50|51|57|70)$/.test(uid)) return ['dcmdjpeg'];
  if (/^1\.2\.840\.10008\.1\.2\.4\.8[01]$/.test(uid)) return ['dcmdjpls'];
  if (uid === '1.2.840.10008.1.2.5') return ['dcmdrle'];
  if (/^1\.2\.840\.10008\.1\.2\.4\.9[01]$/.test(uid)) return ['gdcmconv', '--raw'];
  return undefined;
}

/** A scratch folder removed by `dispose`. */
export function scratchDir(): { path: string; file(name: string, bytes?: Uint8Array): string; dispose(): void } {
  const path = mkdtempSync(join(tmpdir(), 'peitto-pixels-'));
  return {
    path,
    file(name, bytes) {
      const target = join(path, name);
      if (bytes) writeFileSync(target, bytes);
      return target;
    },
    dispose: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** Every frame of a file, decoded by the pixel layer. */
export async function decodeAllFrames(path: string): Promise<DecodedFrame[]> {
  const object = readDicomFile(path);
  try {
    const reader = openPixelData(object);
    const frames: DecodedFrame[] = [];
    for (let i = 0; i < reader.numberOfFrames; i++) frames.push(await reader.decodeFrame(i));
    return frames;
  } finally {
    object.close();
  }
}

export interface FrameComparison {
  readonly samples: number;
  readonly mismatches: number;
  readonly maxDifference: number;
  /** The first difference, for the failure message. */
  readonly first?: string;
}

/** Compares frames value by value (and their geometry and photometric interpretation). */
export function compareFrames(ours: readonly DecodedFrame[], reference: readonly DecodedFrame[]): FrameComparison {
  let samples = 0;
  let mismatches = 0;
  let maxDifference = 0;
  let first: string | undefined;
  if (ours.length !== reference.length) return { samples: 0, mismatches: 1, maxDifference: Infinity, first: `${ours.length} frames vs ${reference.length}` };
  ours.forEach((a, f) => {
    const b = reference[f]!;
    if (a.rows !== b.rows || a.columns !== b.columns || a.samplesPerPixel !== b.samplesPerPixel || a.samples.length !== b.samples.length) {
      mismatches++;
      first ??= `frame ${f + 1}: geometry ${a.columns}×${a.rows}×${a.samplesPerPixel} vs ${b.columns}×${b.rows}×${b.samplesPerPixel}`;
      return;
    }
    if (a.photometric !== b.photometric) {
      mismatches++;
      first ??= `frame ${f + 1}: photometric ${a.photometric} vs ${b.photometric}`;
    }
    samples += a.samples.length;
    for (let i = 0; i < a.samples.length; i++) {
      const d = Math.abs(a.samples[i]! - b.samples[i]!);
      if (d !== 0 || Number.isNaN(d)) {
        mismatches++;
        maxDifference = Math.max(maxDifference, d);
        first ??= `frame ${f + 1} sample ${i}: ${a.samples[i]} vs ${b.samples[i]}`;
      }
    }
  });
  return { samples, mismatches, maxDifference, first };
}
