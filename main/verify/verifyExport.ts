import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DicomParseError } from '../dicom/parseError.js';
import { readDicomFile } from '../dicom/readDicomFile.js';
import { ByteMatcher, type Needle } from './byteMatcher.js';
import { collectSourceIdentifiers, type CollectedIdentifiers, type CollectOptions, type IdentifierKind, type SourceIdentifier } from './collectSourceIdentifiers.js';

export interface VerificationHit {
  /** The export file (relative path) where the identifier was found, or the path itself when found in a name. */
  readonly file: string;
  readonly inPath: boolean;
  readonly offset: number;
  readonly kind: IdentifierKind;
  /** The source attribute the identifier came from (tag path). */
  readonly where: string;
  /** The identifier itself: shown to the operator on the workstation, never written into an export. */
  readonly text: string;
}

export interface VerificationResult {
  readonly passed: boolean;
  readonly sourcesRead: number;
  readonly identifiersChecked: number;
  readonly filesScanned: number;
  readonly bytesScanned: number;
  readonly hits: VerificationHit[];
}

const CHUNK = 16 << 20;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

const latin1 = (text: string): Uint8Array | undefined =>
  [...text].every((c) => c.charCodeAt(0) <= 0xff) ? Uint8Array.from(text, (c) => c.charCodeAt(0)) : undefined;

/** The byte forms an identifier may take in an output: UTF-8 and Latin-1, as written and in either case. */
function needlesFor(id: SourceIdentifier): Needle<SourceIdentifier>[] {
  const forms = new Set([id.text, id.text.toUpperCase(), id.text.toLowerCase()]);
  const out: Needle<SourceIdentifier>[] = [];
  const seen = new Set<string>();
  const push = (bytes: Uint8Array | undefined): void => {
    if (!bytes) return;
    const key = Buffer.from(bytes).toString('latin1').toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ bytes, value: id, whole: true });
  };
  for (const form of forms) {
    push(new TextEncoder().encode(form));
    push(latin1(form));
  }
  if (id.sourceBytes) push(Uint8Array.from(id.sourceBytes).subarray(0, trimmedLength(id.sourceBytes)));
  return out;
}

const trimmedLength = (b: Uint8Array): number => {
  let n = b.length;
  while (n > 0 && (b[n - 1] === 0x20 || b[n - 1] === 0)) n--;
  return n;
};

/** Byte ranges of large binary values in a DICOM output (pixel data, waveform data…), which get the long-needle rule. */
function binaryRanges(path: string): [number, number][] {
  try {
    const object = readDicomFile(path);
    object.close();
    const ranges: [number, number][] = [];
    for (const e of object.dataset) {
      if (e.bulk) ranges.push([e.valueOffset, e.valueOffset + e.length]);
      if (e.fragments) for (const f of e.fragments) ranges.push([f.valueOffset, f.valueOffset + f.length]);
    }
    return ranges;
  } catch (error) {
    if (error instanceof DicomParseError) return [];
    throw error;
  }
}

/** The identifiers of a set of sources, ready to search exports and texts for. */
export interface Verifier {
  readonly sourcesRead: number;
  readonly identifiersChecked: number;
  /** Searches every file and path of an export folder. */
  scanExport(exportDir: string): VerificationResult;
  /**
   * Searches a text Peitto writes itself (the assessment before it is written), named `file` in hits. Values
   * found only in `ignoreAttributes` (top-level or nested tags) do not count: an organisation field may well
   * name the institution whose name the sources carry.
   */
  scanText(file: string, text: string, ignoreAttributes?: ReadonlySet<number>): VerificationHit[];
}

/** The tag of the attribute a tag path ends in ("00400275[0].00081030" → 0x00081030). */
const leafTag = (where: string): number => parseInt(where.slice(-8), 16);

/**
 * Collects the identifying values of the sources (independently of the profile code), for searching an export.
 */
export function createVerifier(sources: readonly string[], options: CollectOptions): Verifier {
  const collected: CollectedIdentifiers[] = [];
  for (const source of sources) {
    let object;
    try {
      object = readDicomFile(source);
    } catch {
      continue;
    }
    try {
      collected.push(collectSourceIdentifiers(object, options));
    } finally {
      object.close();
    }
  }
  return verifierOf(collected);
}

/**
 * The identifiers of source objects merged as each is read, so that an export holds one set for all its sources
 * rather than one per object until the last is read (5,000 CT files: 42 MB of heap). An export adds what it
 * collects while it indexes its sources (collectSourceIdentifiers on the object the index parsed) instead of
 * reading every source again; the collection is the same independent one either way.
 */
export class IdentifierPool {
  private readonly identifiers = new Map<string, SourceIdentifier>();
  /** Every attribute (leaf tag) each identifier was found in, across all sources. */
  private readonly foundIn = new Map<string, Set<number>>();
  private readonly allowed = new Set<string>();
  private sourcesRead = 0;

  add(collected: CollectedIdentifiers): void {
    this.sourcesRead++;
    for (const id of collected.identifiers) {
      const key = `${id.kind}:${id.text.toLowerCase()}`;
      this.identifiers.set(key, id);
      let tags = this.foundIn.get(key);
      if (!tags) this.foundIn.set(key, (tags = new Set()));
      tags.add(leafTag(id.where));
    }
    for (const word of collected.allowed) this.allowed.add(word);
  }

  /** The verifier of everything added so far (the pool may be dropped afterwards). */
  verifier(): Verifier {
    return verifierFrom(new Map(this.identifiers), this.foundIn, this.allowed, this.sourcesRead);
  }
}

/** A verifier from identifiers already collected, one entry per source object. */
export function verifierOf(sources: readonly CollectedIdentifiers[]): Verifier {
  const pool = new IdentifierPool();
  for (const collected of sources) pool.add(collected);
  return pool.verifier();
}

function verifierFrom(
  identifiers: Map<string, SourceIdentifier>,
  foundIn: ReadonlyMap<string, ReadonlySet<number>>,
  allowed: ReadonlySet<string>,
  sourcesRead: number,
): Verifier {
  // A value that some source holds in an attribute that is kept (a manufacturer equal to an institution name)
  // cannot tell a leak from a legitimate value; UIDs and dates are never legitimately kept.
  const candidates = [...identifiers.values()].filter((id) => id.kind !== 'uid' && id.kind !== 'date');
  const allowedText = new TextEncoder().encode([...allowed].join('\n'));
  new ByteMatcher(candidates.flatMap(needlesFor)).scan(allowedText, ({ needle }) =>
    identifiers.delete(`${needle.value.kind}:${needle.value.text.toLowerCase()}`),
  );
  const matcher = new ByteMatcher([...identifiers.values()].flatMap(needlesFor));
  const hit = (file: string, inPath: boolean, offset: number, needle: Needle<SourceIdentifier>): VerificationHit => ({
    file,
    inPath,
    offset,
    kind: needle.value.kind,
    where: needle.value.where,
    text: needle.value.text,
  });
  return {
    sourcesRead,
    identifiersChecked: identifiers.size,
    scanExport(exportDir) {
      const hits: VerificationHit[] = [];
      let bytesScanned = 0;
      const files = listFiles(exportDir);
      for (const file of files) {
        const rel = relative(exportDir, file).split(sep).join('/');
        matcher.scan(new TextEncoder().encode(rel), ({ offset, needle }) => hits.push(hit(rel, true, offset, needle)));
        const ranges = file.endsWith('.dcm') ? binaryRanges(file) : [];
        bytesScanned += scanFile(file, matcher, ranges, syntaxOf(file), (offset, needle) => hits.push(hit(rel, false, offset, needle)));
      }
      return { passed: hits.length === 0, sourcesRead, identifiersChecked: identifiers.size, filesScanned: files.length, bytesScanned, hits };
    },
    scanText(file, text, ignoreAttributes) {
      const hits: VerificationHit[] = [];
      const bytes = new TextEncoder().encode(text);
      const ignored = (id: SourceIdentifier): boolean => {
        if (!ignoreAttributes) return false;
        const tags = foundIn.get(`${id.kind}:${id.text.toLowerCase()}`);
        return tags !== undefined && [...tags].every((t) => ignoreAttributes.has(t));
      };
      matcher.scan(bytes, ({ offset, needle }) => {
        if (!isJsonKey(bytes, offset, needle.bytes.length) && !ignored(needle.value)) hits.push(hit(file, false, offset, needle));
      });
      return hits;
    },
  };
}

/**
 * Searches every byte of every file in an export, and every path, for the identifying values of the sources. A
 * hit fails verification. Runs after every export; `deid verify` runs it on its own.
 */
export function verifyExport(exportDir: string, sources: readonly string[], options: CollectOptions): VerificationResult {
  return createVerifier(sources, options).scanExport(exportDir);
}

/** Files whose own syntax holds words a source may also hold ("Last" is a surname and a PDF outline key). */
type Syntax = 'json' | 'pdf' | undefined;

const syntaxOf = (file: string): Syntax => (file.endsWith('.json') ? 'json' : file.endsWith('.pdf') ? 'pdf' : undefined);

/**
 * PDF syntax the assessment's writer puts outside its compressed streams: names (/Last, /Title, /Image), the font's
 * subset name (ABCDEF+DejaVuSans) and keywords (ISO 32000-1 7.3, 7.5). Text of the sheet itself is never there in
 * plain bytes (it is checked before the sheet is drawn); literal strings of the information dictionary still are,
 * and a match in one of those still counts.
 */
const PDF_KEYWORDS = new Set(['endobj', 'stream', 'endstream', 'xref', 'trailer', 'startxref', 'true', 'false', 'null']);
function isPdfSyntax(b: Uint8Array, offset: number, length: number): boolean {
  const before = b[offset - 1];
  if (before === 0x2f || before === 0x2b) return true;
  return PDF_KEYWORDS.has(Buffer.from(b.subarray(offset, offset + length)).toString('latin1'));
}

const isJsonKey = (b: Uint8Array, offset: number, length: number): boolean =>
  b[offset - 1] === 0x22 && b[offset + length] === 0x22 && b[offset + length + 1] === 0x3a;

/** The file cut into text-like and binary stretches, in order. */
function segments(size: number, binary: readonly [number, number][]): { start: number; end: number; binary: boolean }[] {
  const out: { start: number; end: number; binary: boolean }[] = [];
  let at = 0;
  for (const [a, b] of [...binary].sort((x, y) => x[0] - y[0])) {
    if (a > at) out.push({ start: at, end: a, binary: false });
    if (b > a) out.push({ start: a, end: Math.min(b, size), binary: true });
    at = Math.max(at, b);
  }
  if (at < size) out.push({ start: at, end: size, binary: false });
  return out;
}

/**
 * Scans a file in chunks that overlap by the longest needle, so no occurrence is split. Binary values (pixel
 * data, waveforms) are searched for long identifiers only, sparsely (ByteMatcher.scanSparse).
 */
function scanFile(
  path: string,
  matcher: ByteMatcher<SourceIdentifier>,
  binary: readonly [number, number][],
  syntax: Syntax,
  onHit: (offset: number, needle: Needle<SourceIdentifier>) => void,
): number {
  const fd = openSync(path, 'r');
  const size = statSync(path).size;
  const overlap = 256;
  // No larger than the file: a fresh 16 MiB for each of thousands of small files is mostly garbage collection.
  const buffer = Buffer.allocUnsafe(Math.min(CHUNK + overlap, size));
  const seen = new Set<string>();
  try {
    for (const segment of segments(size, binary)) {
      for (let start = segment.start; start < segment.end; start += CHUNK) {
        // A segment's last chunk reads on only by the overlap: a header must not drag 16 MiB of pixels into the
        // text scan.
        const length = Math.min(CHUNK + overlap, segment.end - start + overlap, size - start);
        // Binary values are read where the matcher's SIMD pre-filter can scan them, when it has one.
        const target = (segment.binary ? matcher.sparseBuffer(length) : undefined) ?? buffer;
        let read = 0;
        while (read < length) {
          const n = readSync(fd, target, read, length - read, start + read);
          if (n === 0) throw new Error(`${path} ended at byte ${start + read} while it was being verified (it was ${size} bytes)`);
          read += n;
        }
        const chunk = target.subarray(0, length);
        const report = ({ offset, needle }: { offset: number; needle: Needle<SourceIdentifier> }): void => {
          const at = start + offset;
          if (at >= segment.end) return; // the next segment reports it, by its own rule
          // Property names of the JSON Peitto writes are its own words ("file", "reason"), not data.
          if (syntax === 'json' && isJsonKey(chunk, offset, needle.bytes.length)) return;
          if (syntax === 'pdf' && isPdfSyntax(chunk, offset, needle.bytes.length)) return;
          const key = `${at}:${needle.value.text}`;
          if (seen.has(key)) return;
          seen.add(key);
          onHit(at, needle);
        };
        if (segment.binary) matcher.scanSparse(chunk, report);
        else matcher.scan(chunk, report);
      }
    }
  } finally {
    closeSync(fd);
  }
  return size;
}
