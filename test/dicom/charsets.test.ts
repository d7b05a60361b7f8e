import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findElement } from '../../main/dicom/dataset.js';
import { readDicomFile } from '../../main/dicom/readDicomFile.js';
import { characterSetOf, stringValue } from '../../main/dicom/values.js';
import { corpusPath, haveCorpus, haveTools } from '../support/environment.js';

function patientName(file: string): string {
  const object = readDicomFile(corpusPath('charset_files', file));
  object.close();
  return stringValue(findElement(object.dataset, 0x00100010)!, characterSetOf(object.dataset));
}

describe.runIf(haveCorpus())('character sets of real files (pydicom charset_files)', () => {
  it.runIf(haveTools('dcmdump'))('decodes single-byte, UTF-8, GB18030 and ISO 2022 IR 149 names as dcmtk does', () => {
    for (const file of ['chrArab.dcm', 'chrFren.dcm', 'chrGerm.dcm', 'chrGreek.dcm', 'chrHbrw.dcm', 'chrI2.dcm', 'chrRuss.dcm', 'chrX1.dcm', 'chrX2.dcm', 'chrKoreanMulti.dcm']) {
      const dump = execFileSync('dcmdump', ['+U8', corpusPath('charset_files', file)], { encoding: 'utf8' });
      const expected = /^\(0010,0010\) PN \[(.*)\]/m.exec(dump)![1];
      expect(patientName(file), file).toBe(expected);
    }
  });

  it('decodes Japanese ISO 2022 IR 13 / IR 87 names (PS3.5 H.3.1, H.3.2)', () => {
    expect(patientName('chrH31.dcm')).toBe('Yamada^Tarou=山田^太郎=やまだ^たろう');
    expect(patientName('chrH32.dcm')).toBe('ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう');
  });

  it('uses an item’s own Specific Character Set inside a sequence', () => {
    const object = readDicomFile(corpusPath('charset_files', 'chrSQEncoding.dcm'));
    object.close();
    const sequence = object.dataset.find((e) => e.items)!;
    const inner = sequence.items![0]!.elements;
    const name = findElement(inner, 0x00100010)!;
    expect(stringValue(name, characterSetOf(inner, characterSetOf(object.dataset)))).toBe('ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう');
  });
});
