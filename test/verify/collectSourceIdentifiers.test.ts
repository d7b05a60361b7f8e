import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { textServices } from '../../main/export/textServices.js';
import { collectSourceIdentifiers } from '../../main/verify/collectSourceIdentifiers.js';
import { createVerifier } from '../../main/verify/verifyExport.js';
import { EXPLICIT_VR_LITTLE_ENDIAN, el, encodePart10, item, sq } from '../fixtures/encoder/index.js';

const work = mkdtempSync(join(tmpdir(), 'peitto-collect-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Item header, a nested Patient's Name in implicit VR, item delimitation: a sequence's bytes as text. */
function itemBytes(name: string): Uint8Array {
  const value = Buffer.from(name.length % 2 ? `${name} ` : name, 'latin1');
  const element = Buffer.alloc(8);
  element.writeUInt16LE(0x0010, 0);
  element.writeUInt16LE(0x0010, 2);
  element.writeUInt32LE(value.length, 4);
  const header = Buffer.from([0xfe, 0xff, 0x00, 0xe0, 0, 0, 0, 0]);
  header.writeUInt32LE(element.length + value.length, 4);
  return Buffer.concat([header, element, value]);
}

let files = 0;
function sourceFile(elements: Parameters<typeof encodePart10>[0]): string {
  const path = join(work, `f${++files}.dcm`);
  writeFileSync(path, encodePart10([el(0x00080016, 'UI', '1.2.840.10008.5.1.4.1.1.7'), el(0x00080018, 'UI', '2.25.1'), ...elements], { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN }));
  return path;
}

function collectFrom(elements: Parameters<typeof encodePart10>[0]): string[] {
  const object = readDicomFile(sourceFile(elements));
  try {
    const text = textServices();
    return collectSourceIdentifiers(object, { isSafeWord: text.isSafeWord, ignore: text.ignoredValues }).identifiers.map((i) => `${i.kind}:${i.text}`);
  } finally {
    object.close();
  }
}

describe('identifiers of a sequence written under a text VR', () => {
  it('searches for no binary bytes of it (they would match by chance)', () => {
    const found = collectFrom([el(0x00400275, 'LO', itemBytes('Virtanen^Matti'))]);
    expect(found).toEqual([]);
  });

  it('still searches for the words of one that holds only text', () => {
    expect(collectFrom([el(0x00400275, 'LO', 'Virtanen Matti Korhonen')])).toEqual(['text:Virtanen', 'text:Korhonen']);
  });

  it('goes on collecting the attribute beside it', () => {
    expect(collectFrom([el(0x00100010, 'PN', 'Korhonen^Aino'), el(0x00400275, 'UC', itemBytes('x'))])).toContain('name:Korhonen^Aino');
  });
});

describe('codes of a local coding scheme', () => {
  const code = (scheme: string, meaning: string): Parameters<typeof sq>[1][number] =>
    item([el(0x00080100, 'SH', 'X1'), el(0x00080102, 'SH', scheme), el(0x00080104, 'LO', meaning)]);
  const verifierFor = (scheme: string): ReturnType<typeof createVerifier> => {
    const text = textServices();
    const path = sourceFile([el(0x00100010, 'PN', 'Virtanen^Matti'), el(0x00081030, 'LO', 'Varjoaine Omnipaque'), sq(0x00081032, [code(scheme, 'Virtanen protocol'), code(scheme, 'Omnipaque')])]);
    return createVerifier([path], { isSafeWord: text.isSafeWord, ignore: text.ignoredValues });
  };

  it('are searched for, and do not make a patient name that they repeat a legitimately kept word', () => {
    const hits = verifierFor('99HUS').scanText('notes.txt', 'seen by Virtanen with Omnipaque').map((h) => h.text);
    expect(hits).toEqual(expect.arrayContaining(['Virtanen', 'Omnipaque']));
  });

  it('of a published scheme count as kept values, unless they repeat the patient', () => {
    // A code meaning of SNOMED or DCM is kept by the profile: its words elsewhere are no evidence of a leak...
    expect(verifierFor('SCT').scanText('notes.txt', 'protocol Omnipaque')).toEqual([]);
    // ...except the patient's name, which the profile cleans out of such a meaning.
    expect(verifierFor('SCT').scanText('notes.txt', 'seen by Virtanen').map((h) => h.text)).toContain('Virtanen');
  });
});

describe('values the profile keeps', () => {
  const verifierOf = (elements: Parameters<typeof encodePart10>[0]): ReturnType<typeof createVerifier> => {
    const text = textServices();
    return createVerifier([sourceFile(elements)], { isSafeWord: text.isSafeWord, ignore: text.ignoredValues });
  };

  it("count as legitimate, but never hide a person's name that they repeat", () => {
    const v = verifierOf([el(0x00100010, 'PN', 'Virtanen^Matti'), el(0x00081090, 'LO', 'CT Head Virtanen'), el(0x00080070, 'LO', 'Omnitron'), el(0x00081030, 'LO', 'Omnitron study')]);
    // The manufacturer is kept: its word in the study description is no evidence of a leak.
    expect(v.scanText('notes.txt', 'an Omnitron scanner')).toEqual([]);
    // A model name that repeats the patient's surname is cleaned by the profile, so the surname is still searched.
    expect(v.scanText('notes.txt', 'seen by Virtanen').map((h) => h.text)).toContain('Virtanen');
  });

  it('include no directory attribute misplaced in an object (the profile removes those)', () => {
    const v = verifierOf([el(0x00100010, 'PN', 'Korhonen^Aino'), el(0x00041130, 'CS', 'KORHONEN')]);
    expect(v.scanText('notes.txt', 'KORHONEN').map((h) => h.text)).toContain('Korhonen');
  });
});
