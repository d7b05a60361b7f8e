import { describe, expect, it } from 'vitest';
import {
  EXPLICIT_VR_BIG_ENDIAN,
  EXPLICIT_VR_LITTLE_ENDIAN,
  IMPLICIT_VR_LITTLE_ENDIAN,
  concatBytes,
  el,
  encodeElements,
  encodePart10,
  item,
  privateBlock,
  sq,
  type DataElement,
  type FixtureTransferSyntax,
} from '../../test/fixtures/encoder/index.js';
import { findElement } from '../dicom/dataset.js';
import type { OutputElement, OutputItem } from '../dicom/outputDataset.js';
import { readDicomBytes } from '../dicom/readDicomFile.js';
import { isDicomRootUid, isWellKnownUid } from '../dicom/uidRegistry.js';
import { textServices } from '../export/textServices.js';
import { GUIDELINE_PROFILE, type ProfileOptions } from '../plan/plan.js';
import { applyProfile, fitsMultiplicity, type ProfileResult } from './applyProfile.js';
import { UidMapper } from './uidMapper.js';

const CT = '1.2.840.10008.5.1.4.1.1.2';

function run(elements: DataElement[], options: Partial<ProfileOptions> = {}, transferSyntax: FixtureTransferSyntax = EXPLICIT_VR_LITTLE_ENDIAN): ProfileResult {
  const bytes = encodePart10([el(0x00080016, 'UI', CT), el(0x00080018, 'UI', '1.2.3.4.5.6.7'), ...elements], { transferSyntax });
  const object = readDicomBytes(bytes);
  const text = textServices();
  return applyProfile(object, {
    options: { ...GUIDELINE_PROFILE, ...options },
    uids: UidMapper.anonymous(),
    patientLabel: 'ANON-0001',
    cleanText: text.cleanText,
    isWellKnownUid: (uid) => isWellKnownUid(uid) || isDicomRootUid(uid),
    safePrivate: text.safePrivate,
  });
}

const text = (out: OutputElement | undefined): string | undefined =>
  out?.kind === 'value' ? new TextDecoder('latin1').decode(out.bytes).replace(/[\0 ]+$/, '') : out?.kind === 'source' ? '(source)' : undefined;

const at = (elements: readonly OutputElement[], tag: number): OutputElement | undefined =>
  elements.find((e) => (e.kind === 'source' ? e.element.tag : e.tag) === tag);

const items = (out: OutputElement | undefined): readonly OutputItem[] => (out?.kind === 'sequence' ? out.items : []);

describe('applyProfile: PS3.15 Table E.1-1 with the guideline options', () => {
  it('replaces patient name and ID with the export label, and removes birth date and age', () => {
    const r = run([
      el(0x00100010, 'PN', 'Virtanen^Matti'),
      el(0x00100020, 'LO', '010190-123A'),
      el(0x00100030, 'DA', '19900101'),
      el(0x00101010, 'AS', '034Y'),
    ]);
    expect(text(at(r.dataset, 0x00100010))).toBe('ANON-0001');
    expect(text(at(r.dataset, 0x00100020))).toBe('ANON-0001');
    expect(text(at(r.dataset, 0x00100030))).toBe(''); // Z: emptied
    expect(at(r.dataset, 0x00101010)).toBeUndefined(); // X
  });

  it('resolves X/Z/D and Z/D to a dummy, X/Z to empty, and never shifts a date', () => {
    const r = run([
      el(0x00080023, 'DA', '20240131'), // Content Date Z/D
      el(0x0008002a, 'DT', '20240131101010'), // Acquisition DateTime X/Z/D
      el(0x00080022, 'DA', '20240131'), // Acquisition Date X/Z
      el(0x00080080, 'LO', 'Kuopio University Hospital'), // Institution Name X/Z/D
    ]);
    expect(text(at(r.dataset, 0x00080023))).toBe('19000101');
    expect(text(at(r.dataset, 0x0008002a))).toBe('19000101000000');
    expect(text(at(r.dataset, 0x00080022))).toBe('');
    expect(text(at(r.dataset, 0x00080080))).toBe('ANONYMIZED');
    const rule = r.records.find((x) => x.tag === 0x0008002a)!.rule;
    expect(rule).toBe('PS3.15 E.1-1 basic X/Z/D → D');
  });

  it('cleans descriptors to vocabulary terms and drops the object’s own identifiers from them (ISO_IR 100)', () => {
    const r = run([
      el(0x00080005, 'CS', 'ISO_IR 100'),
      el(0x00100010, 'PN', 'Åström^Märta'),
      el(0x00081030, 'LO', 'CT THORAX Åström 20240131'),
      el(0x0008103e, 'LO', 'PHI7K2Q9ZX'),
    ]);
    expect(text(at(r.dataset, 0x00081030))).toBe('CT THORAX');
    expect(text(at(r.dataset, 0x0008103e))).toBe('ANONYMIZED');
    expect(r.records.find((x) => x.tag === 0x00081030)!.outcome).toBe('cleaned');
  });

  it('replaces instance UIDs consistently and keeps standard ones', () => {
    const r = run([
      el(0x0020000d, 'UI', '1.2.3.4.5.6.7'),
      el(0x00200052, 'UI', '1.2.840.10008.1.4.1.1'), // a well-known frame of reference (Talairach)
      sq(0x00081140, [item([el(0x00081150, 'UI', CT), el(0x00081155, 'UI', '1.2.3.4.5.6.7')])]),
    ]);
    const sop = text(at(r.dataset, 0x00080018));
    expect(sop).toMatch(/^2\.25\.\d+$/);
    expect(text(at(r.dataset, 0x0020000d))).toBe(sop);
    expect(at(r.dataset, 0x00200052)?.kind).toBe('source');
    const ref = items(at(r.dataset, 0x00081140))[0]!.elements;
    expect(text(at(ref, 0x00081155))).toBe(sop);
    expect(at(ref, 0x00081150)?.kind).toBe('source');
  });

  it('removes private attributes, overlays, curves, icons, signatures and trailing padding', () => {
    const r = run([
      ...privateBlock(0x0009, 0x10, 'ACME 1.0', [{ offset: 0x01, make: (t) => el(t, 'LO', 'Virtanen') }]),
      el(0x60000010, 'US', [4]),
      el(0x60003000, 'OW', new Uint8Array(8)),
      el(0x50000005, 'US', [1]),
      sq(0x00880200, [item([el(0x00280010, 'US', [2])])]),
      sq(0xfffafffa, [item([el(0x04000100, 'UI', '1.2.3')])]),
      el(0xfffcfffc, 'OB', new Uint8Array(4)),
    ]);
    for (const tag of [0x00090010, 0x00091001, 0x60000010, 0x60003000, 0x50000005, 0x00880200, 0xfffafffa, 0xfffcfffc]) {
      expect(at(r.dataset, tag), tag.toString(16)).toBeUndefined();
    }
  });

  it('keeps a safe private attribute only with the Retain Safe Private option (PS3.15 E.3.10)', () => {
    const elements = privateBlock(0x0043, 0x10, 'GEMS_PARM_01', [{ offset: 0x27, make: (t) => el(t, 'SH', '1/1.0') }]);
    expect(at(run(elements).dataset, 0x00431027)).toBeUndefined();
    const kept = run(elements, { retainSafePrivate: true });
    expect(at(kept.dataset, 0x00431027)?.kind).toBe('source');
    expect(at(kept.dataset, 0x00430010)?.kind).toBe('source');
  });

  it('cleans structured content: text, names, dates and UIDs, keeping codes of published schemes and numbers', () => {
    const code = (value: string, scheme: string, meaning: string): DataElement =>
      sq(0x0040a043, [item([el(0x00080100, 'SH', value), el(0x00080102, 'SH', scheme), el(0x00080104, 'LO', meaning)])]);
    const r = run([
      sq(0x0040a730, [
        item([el(0x0040a040, 'CS', 'TEXT'), code('121071', 'DCM', 'Finding'), el(0x0040a160, 'UT', 'Lesion in left lung, Dr Virtanen called')]),
        item([el(0x0040a040, 'CS', 'PNAME'), code('121008', 'DCM', 'Person Observer Name'), el(0x0040a123, 'PN', 'Virtanen^Matti')]),
        item([el(0x0040a040, 'CS', 'DATE'), code('111060', 'DCM', 'Study Date'), el(0x0040a121, 'DA', '20240131')]),
        item([el(0x0040a040, 'CS', 'CODE'), code('PHI7K2Q9ZX', '99PHI', 'Ward 5 Kuopio')]),
        item([
          el(0x0040a040, 'CS', 'CONTAINER'),
          sq(0x0040a730, [item([el(0x0040a040, 'CS', 'NUM'), sq(0x0040a300, [item([el(0x0040a30a, 'DS', '12.5')])])])]),
        ]),
      ]),
    ]);
    const content = items(at(r.dataset, 0x0040a730));
    expect(text(at(content[0]!.elements, 0x0040a160))).toBe('Lesion in left lung');
    expect(text(at(content[1]!.elements, 0x0040a123))).toBe('ANONYMIZED');
    expect(text(at(content[2]!.elements, 0x0040a121))).toBe('19000101');
    const local = items(at(content[3]!.elements, 0x0040a043))[0]!.elements;
    expect(text(at(local, 0x00080100))).toBe('ANONYMIZED');
    expect(text(at(local, 0x00080102))).toBe('99LOCAL');
    const dcm = items(at(content[0]!.elements, 0x0040a043))[0]!.elements;
    expect(at(dcm, 0x00080100)?.kind).toBe('source');
    const num = items(at(items(at(content[4]!.elements, 0x0040a730))[0]!.elements, 0x0040a300))[0]!.elements;
    expect(at(num, 0x0040a30a)?.kind).toBe('source');
  });

  it('cleans the meaning of a published code when it holds an identifier of the object, and keeps its value', () => {
    const channel = (meaning: string): DataElement =>
      sq(0x003a0200, [item([sq(0x003a0208, [item([el(0x00080100, 'SH', '2:22'), el(0x00080102, 'SH', 'MDC'), el(0x00080104, 'LO', meaning)])])])]);
    const source = (r: ProfileResult): readonly OutputElement[] =>
      items(at(items(at(items(at(r.dataset, 0x54000100))[0]!.elements, 0x003a0200))[0]!.elements, 0x003a0208))[0]!.elements;
    const named = source(run([el(0x00100010, 'PN', 'Virtanen^Matti'), sq(0x54000100, [item([channel('C3 Virtanen')])])]));
    expect(text(at(named, 0x00080104))).not.toContain('Virtanen');
    expect(at(named, 0x00080100)?.kind).toBe('source');
    const plain = source(run([el(0x00100010, 'PN', 'Virtanen^Matti'), sq(0x54000100, [item([channel('C3')])])]));
    expect(at(plain, 0x00080104)?.kind).toBe('source');
  });

  it('applies the same rules at depth 3 and records every element with its path and rule', () => {
    const r = run([
      sq(0x00400275, [item([sq(0x00400008, [item([sq(0x00400440, [item([el(0x0040a124, 'UI', '9.8.7.6.5'), el(0x0040a123, 'PN', 'Deep^Name')])])])])])]),
    ]);
    const deep = r.records.find((x) => x.path === '(0040,0275)[0].(0040,0008)[0].(0040,0440)[0].(0040,A123)');
    expect(deep?.outcome).toBe('replaced');
    const uid = r.records.find((x) => x.path.endsWith('(0040,A124)'));
    expect(uid?.outcome).toBe('replaced');
    expect(r.records.every((x) => x.rule !== '')).toBe(true);
  });

  it('removes public attributes that the data dictionary does not know, and empties unlisted dates', () => {
    const r = run([el(0x00089999, 'LO', 'unknown'), el(0x00141020, 'DA', '20240131')]);
    expect(at(r.dataset, 0x00089999)).toBeUndefined();
    expect(text(at(r.dataset, 0x00141020))).toBe('');
  });

  it('removes command, file meta and directory attributes found inside a data set', () => {
    const r = run([el(0x00001030, 'AE', 'HUS_PACS'), el(0x00020016, 'AE', 'HUS_MR1'), el(0x00041130, 'CS', 'VIRTANEN'), el(0x00100010, 'PN', 'Virtanen^Matti')]);
    for (const tag of [0x00001030, 0x00020016, 0x00041130]) expect(at(r.dataset, tag), tag.toString(16)).toBeUndefined();
    expect(r.records.find((x) => x.tag === 0x00041130)).toMatchObject({ outcome: 'removed', rule: expect.stringContaining('directory attribute inside a data set') });
  });

  it("cleans an otherwise kept text attribute that repeats a person's name or the patient's ID, and only such", () => {
    const r = run([
      el(0x00100010, 'PN', 'Virtanen^Matti'),
      el(0x00100020, 'LO', 'HUS778899'),
      el(0x00080090, 'PN', 'Korhonen^Aino'),
      // Manufacturer's Model Name and Manufacturer are kept (not in E.1-1), unless they repeat someone.
      el(0x00081090, 'LO', 'CT Head Virtanen'),
      el(0x00180015, 'CS', 'KNEE'),
      el(0x00080070, 'LO', 'ACME Korhonen edition'),
      el(0x00181018, 'LO', 'Model HUS778899'),
      el(0x00181016, 'LO', 'ACME'),
      el(0x00180087, 'DS', '3'),
    ]);
    expect(text(at(r.dataset, 0x00081090))).toBe('CT Head');
    expect(text(at(r.dataset, 0x00080070))).not.toContain('Korhonen');
    expect(text(at(r.dataset, 0x00181018))).not.toContain('HUS778899');
    expect(text(at(r.dataset, 0x00181016))).toBe('(source)');
    expect(text(at(r.dataset, 0x00180015))).toBe('(source)');
    expect(r.records.find((x) => x.tag === 0x00081090)?.rule).toContain("repeats a person's name");
  });

  it('removes kept numbers whose count does not fit the attribute (a damaged tag can carry another value there)', () => {
    const uidBytes = Array.from(new TextEncoder().encode('2.25.86515773993604083076095708723226177558 '));
    const asUs = Array.from({ length: uidBytes.length / 2 }, (_, i) => uidBytes[2 * i]! | (uidBytes[2 * i + 1]! << 8));
    const r = run([el(0x0062000d, 'US', asUs), el(0x00280010, 'US', [32]), el(0x00280011, 'US', [32])]);
    expect(at(r.dataset, 0x0062000d)).toBeUndefined();
    expect(r.records.find((x) => x.tag === 0x0062000d)?.rule).toMatch(/22 values where PS3.6 allows VM 3/);
    const fine = run([el(0x0062000d, 'US', [100, 200, 300])]);
    expect(text(at(fine.dataset, 0x0062000d))).toBe('(source)');
  });

  it('reads implicit VR and big endian sources the same way', () => {
    for (const ts of [IMPLICIT_VR_LITTLE_ENDIAN, EXPLICIT_VR_BIG_ENDIAN]) {
      const r = run([el(0x00100010, 'PN', 'Virtanen^Matti'), el(0x00280010, 'US', [512])], {}, ts);
      expect(text(at(r.dataset, 0x00100010))).toBe('ANON-0001');
      expect(at(r.dataset, 0x00280010)?.kind).toBe('source');
    }
  });

  it('decides by the dictionary VR when a file labels text or a sequence with a number VR, by the file VR when it says age or free text', () => {
    // A wrong VR chose the rule: Image Comments written as DS, and a Request Attributes Sequence written as UV, were
    // kept as "numbers, no text to clean" with the name and accession number in them.
    const inner = concatBytes([el(0x00080050, 'SH', 'ACC778899'), el(0x00100010, 'PN', 'Virtanen^Matti')].map((e) => encodeElements([e], EXPLICIT_VR_LITTLE_ENDIAN)));
    const sequenceBytes = concatBytes([Uint8Array.of(0xfe, 0xff, 0x00, 0xe0, inner.length, 0, 0, 0), inner]);
    const r = run([
      el(0x00100010, 'PN', 'Virtanen^Matti'),
      el(0x00200032, 'AS', '034Y'), // Image Position (Patient), DS in the dictionary
      el(0x00204000, 'DS', 'Virtanen Matti ACC778899'), // Image Comments, LT in the dictionary
      el(0x00400275, 'UV', sequenceBytes), // Request Attributes Sequence, SQ in the dictionary
      el(0x300a000a, 'ST', 'CURATIVE Virtanen'), // Plan Intent, CS in the dictionary
    ]);
    const comments = r.records.find((x) => x.tag === 0x00204000)!;
    expect([comments.vr, comments.outcome]).toEqual(['LT', 'replaced']);
    expect(text(at(r.dataset, 0x00204000))).not.toMatch(/Virtanen|ACC778899/);
    expect(r.records.find((x) => x.tag === 0x00400275)).toMatchObject({ vr: 'SQ', outcome: 'emptied' });
    expect(items(at(r.dataset, 0x00400275))).toEqual([]);
    expect(r.records.find((x) => x.tag === 0x00200032)).toMatchObject({ vr: 'AS', outcome: 'removed' });
    expect(r.records.find((x) => x.tag === 0x300a000a)).toMatchObject({ vr: 'ST', outcome: 'replaced' });
    expect(text(at(r.dataset, 0x300a000a))).not.toContain('Virtanen');
  });

  it('keeps the Specific Character Set and finds it inside items', () => {
    const object = readDicomBytes(
      encodePart10([el(0x00080005, 'CS', 'ISO_IR 192'), el(0x00080016, 'UI', CT), el(0x00080018, 'UI', '1.2.3')], { transferSyntax: EXPLICIT_VR_LITTLE_ENDIAN }),
    );
    expect(findElement(object.dataset, 0x00080005)).toBeDefined();
  });
});

describe('PS3.6 value multiplicity', () => {
  it('accepts counts that fit and refuses the others', () => {
    const cases: [string, number, boolean][] = [
      ['1', 1, true], ['1', 2, false], ['3', 3, true], ['3', 22, false], ['1-3', 2, true], ['1-3', 4, false],
      ['1-n', 40, true], ['2-n', 1, false], ['2-2n', 4, true], ['2-2n', 3, false], ['3-3n', 6, true], ['1', 1.5, false],
      ['1-32', 32, true], ['odd form', 7, true],
    ];
    for (const [vm, count, fits] of cases) expect(fitsMultiplicity(vm, count), `${vm} ${count}`).toBe(fits);
  });
});
