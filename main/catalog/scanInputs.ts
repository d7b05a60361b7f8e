import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findElement } from '../dicom/dataset.js';
import { DicomParseError, type ParseErrorCode } from '../dicom/parseError.js';
import { readDicomFile, type DicomObject } from '../dicom/readDicomFile.js';
import { indexObject, type IndexedObject } from './indexedObject.js';
import { MEDIA_STORAGE_DIRECTORY_SOP_CLASS, readDicomdirReferences } from './readDicomdir.js';

/** Why a file could not be used, as a code the app translates (the reason beside it is the technical detail). */
export type ProblemCode = ParseErrorCode | 'unreadable' | 'no-such-path' | 'dicomdir-reference-missing' | 'duplicate-instance';

/** A file that could not be used, with a specific reason (naming the byte offset for parse errors). */
export interface ScanProblem {
  readonly path: string;
  /** The technical reason, in English, naming what was wrong and where. */
  readonly reason: string;
  readonly code: ProblemCode;
  /** Where reading stopped, for files that could not be read. */
  readonly offset?: number;
  /** duplicate: the same SOP instance again (another copy or encoding); skipped, as one export holds it once. */
  readonly kind: 'unreadable' | 'missing' | 'duplicate';
}

export interface ScanResult {
  readonly objects: IndexedObject[];
  /** Files that are not DICOM at all (text, images, archives): skipped and counted. */
  readonly notDicom: string[];
  readonly problems: ScanProblem[];
  /** DICOMDIR files met: read as indexes, never exported (they hold names and IDs). */
  readonly directories: { readonly path: string; readonly referenced: number }[];
}

export interface ScanProgress {
  readonly done: number;
  readonly total: number;
  readonly path: string;
}

export interface ScanOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ScanProgress) => void;
  /**
   * Called with each object the scan lists, while its parsed header is still open, so that a caller can read more
   * of it (the export collects the identifiers its verification searches for) without parsing the file again.
   */
  readonly onObject?: (indexed: IndexedObject, object: DicomObject) => void;
}

const DIRECTORY_RECORD_SEQUENCE = 0x00041220;

/** The reason without the file name (the caller shows the path beside it). */
export function describeError(error: unknown): string {
  if (error instanceof DicomParseError) return `${error.detail} (at byte ${error.offset})`;
  return error instanceof Error ? error.message : String(error);
}
const yieldToEventLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Why a folder entry cannot be read, in words (a broken link is the common case). */
function entryProblem(path: string, error: unknown): ScanProblem {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' ? 'a symbolic link to something that does not exist'
    : code === 'EACCES' || code === 'EPERM' ? 'no permission to read it'
    : code === 'ELOOP' ? 'a loop of symbolic links'
    : `cannot be read (${code ?? describeError(error)})`;
  return { path, reason, code: 'unreadable', kind: 'unreadable' };
}

/** Devices, sockets and pipes: reading one could wait forever, and none holds a DICOM file. */
const notRegular = (path: string): ScanProblem => ({ path, reason: 'not a regular file (a device, socket or pipe); not read', code: 'unreadable', kind: 'unreadable' });

/**
 * Files below a folder, recursively, sorted by path; symbolic links to folders already seen are not followed.
 * Entries that cannot be read (broken links, folders without permission, pipes) are listed in `problems`, never
 * dropped silently, and the rest of the folder goes on.
 */
function listFolder(root: string, seen: Set<string>, problems: ScanProblem[]): string[] {
  let names: string[];
  try {
    const real = realpathSync(root);
    if (seen.has(real)) return [];
    seen.add(real);
    names = readdirSync(root).sort();
  } catch (error) {
    problems.push(entryProblem(root, error));
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    const path = join(root, name);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      problems.push(entryProblem(path, error));
      continue;
    }
    if (stat.isDirectory()) out.push(...listFolder(path, seen, problems));
    else if (stat.isFile()) out.push(path);
    else problems.push(notRegular(path));
  }
  return out;
}

/**
 * Reads every input (files, folders recursively, DICOMDIRs as indexes of the files they reference) into an index
 * of objects. A file that fails is listed with its reason and the others go on; files that are not DICOM are
 * skipped and counted. Yields to the event loop regularly so that progress shows and cancellation is honoured.
 */
export async function scanInputs(inputs: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const result: ScanResult = { objects: [], notDicom: [], problems: [], directories: [] };
  const candidates: string[] = [];
  const seenFolders = new Set<string>();
  for (const input of inputs) {
    const path = resolve(input);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      result.problems.push({ path, reason: 'no such file or folder', code: 'no-such-path', kind: 'missing' });
      continue;
    }
    if (stat.isDirectory()) candidates.push(...listFolder(path, seenFolders, result.problems));
    else if (stat.isFile()) candidates.push(path);
    else result.problems.push(notRegular(path));
  }

  const queued = new Set(candidates);
  const instances = new Map<string, string>();
  for (let i = 0; i < candidates.length; i++) {
    options.signal?.throwIfAborted();
    const path = candidates[i]!;
    if (i % 16 === 0) await yieldToEventLoop();
    options.onProgress?.({ done: i, total: candidates.length, path });
    let object;
    try {
      object = readDicomFile(path);
    } catch (error) {
      if (error instanceof DicomParseError && error.code === 'not-dicom') result.notDicom.push(path);
      else if (error instanceof DicomParseError) result.problems.push({ path, reason: describeError(error), code: error.code, offset: error.offset, kind: 'unreadable' });
      else result.problems.push({ path, reason: describeError(error), code: 'unreadable', kind: 'unreadable' });
      continue;
    }
    try {
      const indexed = indexObject(object);
      if (indexed.sopClassUid === MEDIA_STORAGE_DIRECTORY_SOP_CLASS || findElement(object.dataset, DIRECTORY_RECORD_SEQUENCE)) {
        const references = readDicomdirReferences(object);
        result.directories.push({ path, referenced: references.length });
        for (const ref of references) {
          if (!ref.path) {
            result.problems.push({ path: `${path} → ${ref.fileId}`, reason: 'referenced by the DICOMDIR but not found', code: 'dicomdir-reference-missing', kind: 'missing' });
          } else if (!queued.has(ref.path)) {
            queued.add(ref.path);
            candidates.push(ref.path);
          }
        }
        continue;
      }
      const earlier = indexed.sopInstanceUid ? instances.get(indexed.sopInstanceUid) : undefined;
      if (earlier) {
        result.problems.push({ path, reason: `same SOP Instance UID as ${earlier}; only the first is used`, code: 'duplicate-instance', kind: 'duplicate' });
        continue;
      }
      if (indexed.sopInstanceUid) instances.set(indexed.sopInstanceUid, path);
      result.objects.push(indexed);
      options.onObject?.(indexed, object);
    } finally {
      object.close();
    }
  }
  options.onProgress?.({ done: candidates.length, total: candidates.length, path: '' });
  return result;
}
