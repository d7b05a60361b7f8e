import { describe, expect, it } from 'vitest';
import { cleanText } from './cleanText.js';

const clean = (text: string, identifyingValues: readonly string[] = []) => cleanText(text, { identifyingValues });
const cleaned = (text: string, identifyingValues: readonly string[] = []) => clean(text, identifyingValues).text;

describe('cleanText keeps descriptions made of vocabulary terms', () => {
  it.each([
    'CT HEAD W/O CONTRAST',
    'CT Thorax Abdomen Pelvis with contrast',
    'MR BRAIN T1 AXIAL',
    'T2_TSE_AX',
    't2_tse_sag',
    'AX FLAIR',
    'SAG T1 FS C+',
    'DWI ADC',
    'PET/CT Whole Body',
    'Chest PA and lateral',
    'L-spine AP/LAT',
    'Knee (left)',
    'CT Angio Circle',
    'US Abdomen',
    'MG CC MLO bilateral',
  ])('%s', (text) => {
    expect(clean(text)).toEqual({ text, removed: 0 });
  });

  it('in Finnish', () => {
    for (const text of [
      'Keuhkojen TT varjoaineella',
      'Pään TT natiivi',
      'Thorax-rtg',
      'Lannerangan MK',
      'Polven MK vasen',
      'Vatsan TT valtimovaihe ja laskimovaihe',
      'keuhkot',
      'Olkapään UÄ oikea',
    ]) {
      expect(clean(text), text).toEqual({ text, removed: 0 });
    }
  });

  it('in Swedish and Latin', () => {
    for (const text of [
      'DT hjärna utan kontrast',
      'MR knä höger',
      'Lungröntgen',
      'Ländrygg, vänster',
      'lungor',
      'Genus dx',
      'Columna lumbalis',
    ]) {
      expect(clean(text), text).toEqual({ text, removed: 0 });
    }
  });

  it('and the channel labels of ECG, EEG and hemodynamic recordings', () => {
    for (const text of ['II', 'aVR', 'V4R', 'Fp1-F3', 'C3', 'Cz-Pz', 'MEDIAN', 'Rhythm', 'ART', 'SpO2', 'Pleth', 'Lead V1']) {
      expect(clean(text), text).toEqual({ text, removed: 0 });
    }
    // A label that names the patient keeps only the electrode.
    expect(cleaned('C3 Åström', ['Åström'])).toBe('C3');
  });

  it('whatever the case, and returns the words as written', () => {
    expect(cleaned('ct head')).toBe('ct head');
    expect(cleaned('Ct HeAd')).toBe('Ct HeAd');
    expect(cleaned('FlAiR')).toBe('FlAiR');
    expect(cleaned('HÖGER KNÄ')).toBe('HÖGER KNÄ');
    expect(cleaned('VASEN POLVI')).toBe('VASEN POLVI');
  });

  it('composes decomposed Nordic letters before looking them up', () => {
    expect(cleaned('ho\u0308ger')).toBe('höger');
    expect(cleaned('la\u030angfoto')).toBe('');
  });

  it('keeps report sentences and their line breaks', () => {
    const report = 'No acute fracture.\nMild degenerative changes at L4/5.';
    expect(clean(report)).toEqual({ text: report, removed: 0 });
  });
});

describe('cleanText drops what is not vocabulary', () => {
  it('names embedded in descriptions', () => {
    expect(clean('CT HEAD JOHN SMITH')).toEqual({ text: 'CT HEAD', removed: 2 });
    expect(cleaned('MR KNEE Smith LEFT')).toBe('MR KNEE LEFT');
    expect(cleaned('Pään TT Virtanen Matti')).toBe('Pään TT');
    expect(cleaned('MR knä höger Andersson')).toBe('MR knä höger');
    expect(cleaned('Dr. Korhonen: CT thorax')).toBe('CT thorax');
    expect(cleaned('MR^BRAIN^DOE^JANE')).toBe('MR^BRAIN');
  });

  it('IDs glued to words', () => {
    expect(clean('HEAD_123456')).toEqual({ text: 'HEAD', removed: 1 });
    expect(cleaned('HEAD123456')).toBe('');
    expect(cleaned('KNEE-A12345')).toBe('KNEE');
    expect(cleaned('CT_ACC20240131_HEAD')).toBe('CT_HEAD');
    expect(cleaned('Smith-CT')).toBe('CT');
  });

  it('numbers with four or more digits, and fragments with them', () => {
    expect(cleaned('HEAD 2024')).toBe('HEAD');
    expect(cleaned('Series 12345')).toBe('Series');
    expect(cleaned('1234.5 mm')).toBe('mm');
    expect(cleaned('3x1024 matrix')).toBe('matrix');
    expect(cleaned('ep2d_diff_b1000_trace')).toBe('ep2d_diff_trace');
  });

  it('words of non-Latin scripts', () => {
    expect(clean('Иванов CT')).toEqual({ text: 'CT', removed: 1 });
    expect(cleaned('山田太郎 胸部CT')).toBe('');
    expect(cleaned('Παπαδόπουλος MR')).toBe('MR');
    expect(cleaned('محمد CT')).toBe('CT');
    expect(cleaned('CT 𠮷田')).toBe('CT');
  });

  it('text hidden by invisible characters', () => {
    expect(cleaned('Vir\u200btanen HEAD')).toBe('HEAD');
    expect(cleaned('CT\u200b\u202eHEAD')).toBe('CT HEAD');
    expect(cleaned('CT\u00a0HEAD')).toBe('CT HEAD');
  });

  it('control characters, as when a wrong length runs a text into the next element headers', () => {
    // Kept as separators, NULs glued vocabulary words into a token that no word list knows.
    expect(cleaned('uncompressed\u0000\u0004\u0000CS\u0004\u0000RGB\u0002')).toBe('CS RGB');
    expect(cleaned('CT\u0000\u0000HEAD\u007f\u0085AX')).toBe('CT HEAD AX');
    expect(cleaned('HEAD\r\nCT\tAX')).toBe('HEAD\nCT AX');
  });

  it('leaving an empty text when nothing is vocabulary', () => {
    expect(clean('John Smith 12345')).toEqual({ text: '', removed: 3 });
    expect(clean('')).toEqual({ text: '', removed: 0 });
    expect(clean('   \t ')).toEqual({ text: '', removed: 0 });
    expect(clean('---')).toEqual({ text: '', removed: 0 });
  });
});

describe('cleanText drops identifying values even when they are vocabulary', () => {
  it('a surname that is also an anatomy word', () => {
    expect(clean('WHITE MATTER LESIONS', ['White^Walter'])).toEqual({ text: 'MATTER LESIONS', removed: 1 });
    expect(cleaned('Head CT', ['Head^Anna'])).toBe('CT');
  });

  it('ignoring case and diacritics', () => {
    expect(cleaned('MR knä höger', ['Hoger^Lars'])).toBe('MR knä');
    expect(cleaned('CT LUNG', ['lung'])).toBe('CT');
  });

  it('numbers that are identifiers of the object', () => {
    expect(cleaned('Series 123 axial', ['123'])).toBe('Series axial');
    expect(cleaned('Series 123 axial', ['456'])).toBe('Series 123 axial');
    expect(cleaned('120kV', ['120kv'])).toBe('');
  });

  it('keeps a vocabulary word that is a name when the object does not carry that name', () => {
    // The residual risk of the vocabulary approach, bounded by the vocabulary: a third person named White.
    expect(cleaned('WHITE MATTER', ['Virtanen^Matti'])).toBe('WHITE MATTER');
  });
});

describe('cleanText numbers', () => {
  it('keeps short numbers, decimals, dimensions and numbers with a unit', () => {
    for (const text of ['5mm', '2.5', '2,5 mm', '120kV', '120 kV', '0.625mm', '1.5T', '3T', '512x512', '50%', '30°']) {
      expect(clean(text), text).toEqual({ text, removed: 0 });
    }
  });

  it('drops a number glued to an unknown unit', () => {
    expect(cleaned('5zz HEAD')).toBe('HEAD');
  });

  it('drops a bare two-decimal number that reads as a time or a day and month, unless a unit follows', () => {
    expect(cleaned('Thorax 12.30')).toBe('Thorax');
    expect(cleaned('Thorax 31.01')).toBe('Thorax');
    expect(cleaned('slice 1.25 mm')).toBe('slice 1.25 mm');
    expect(cleaned('slice 1.25mm')).toBe('slice 1.25mm');
    expect(cleaned('slice 0.75')).toBe('slice 0.75');
  });
});

describe('cleanText removes dates, times and identity codes whole', () => {
  it.each([
    ['CT 20240131 HEAD', 'CT HEAD'],
    ['CT 31.01.2024 HEAD', 'CT HEAD'],
    ['CT 2024-01-31 HEAD', 'CT HEAD'],
    ['CT 31/01/2024 HEAD', 'CT HEAD'],
    ['CT 01/31/2024 HEAD', 'CT HEAD'],
    ['CT 1.1.24 HEAD', 'CT HEAD'],
    ['kontrolli 31.1. keuhkot', 'kontrolli keuhkot'],
    ['CT 31 January 2024 HEAD', 'CT HEAD'],
    ['CT January 31, 2024 HEAD', 'CT HEAD'],
    ['TT 3. maaliskuuta 2024 pää', 'TT pää'],
    ['DT 3 mars 2024 hjärna', 'DT hjärna'],
    ['CT Jan 2024 HEAD', 'CT HEAD'],
    ['CT 12:30 HEAD', 'CT HEAD'],
    ['CT 12:30:45.123 HEAD', 'CT HEAD'],
    ['TT klo 12.30 pää', 'TT pää'],
    ['CT 2024-01-31T12:30 HEAD', 'CT HEAD'],
  ])('%s', (text, expected) => {
    expect(cleaned(text)).toBe(expected);
  });

  it('Finnish personal identity codes, with every century sign and glued to text', () => {
    for (const code of ['010190-123A', '010190+123A', '010105A123J', '010190Y123A', '010105B123J', '010190-123a']) {
      expect(clean(`TT pää ${code}`), code).toEqual({ text: 'TT pää', removed: 1 });
    }
    expect(cleaned('TT_010190-123A_pää')).toBe('TT_pää');
    expect(cleaned('ID010190-123A pää')).toBe('pää');
  });

  it('Swedish personal identity numbers', () => {
    expect(cleaned('DT hjärna 19850101-1234')).toBe('DT hjärna');
    expect(cleaned('DT hjärna 850101-1234')).toBe('DT hjärna');
  });

  it('e-mail and web addresses, phone numbers and UIDs', () => {
    expect(cleaned('john.doe@example.com KNEE')).toBe('KNEE');
    expect(cleaned('www.hospital.fi/ref KNEE')).toBe('KNEE');
    expect(cleaned('https://pacs.example.org/viewer?id=123 KNEE')).toBe('KNEE');
    expect(cleaned('call +358 40 123 4567 KNEE')).toBe('KNEE');
    expect(cleaned('puh. 040-1234567 polvi')).toBe('polvi');
    expect(cleaned('tel (09) 471 1234 polvi')).toBe('polvi');
    expect(cleaned('UID 1.2.840.113619.2.55.3.604688119 HEAD')).toBe('HEAD');
    expect(cleaned('from 192.168.1.20 HEAD')).toBe('from HEAD');
  });

  it('counts each rejected span once', () => {
    expect(clean('CT 31.01.2024 HEAD 12:30 AX')).toEqual({ text: 'CT HEAD AX', removed: 2 });
  });
});

describe('cleanText separators', () => {
  it('keeps the original separators between adjacent kept words', () => {
    expect(cleaned('T2_TSE_AX')).toBe('T2_TSE_AX');
    expect(cleaned('TT-angiografia')).toBe('TT-angiografia');
    expect(cleaned('L4/5')).toBe('L4/5');
  });

  it('joins across a dropped word with the separator that followed the kept word', () => {
    expect(cleaned('T2_Smith_AX')).toBe('T2_AX');
    expect(cleaned('HEAD, Smith, AX')).toBe('HEAD, AX');
    expect(cleaned('HEAD - 123456 - AX')).toBe('HEAD - AX');
  });

  it('collapses whitespace', () => {
    expect(cleaned('CT   HEAD\t\tW/O')).toBe('CT HEAD W/O');
    expect(cleaned('  CT HEAD  ')).toBe('CT HEAD');
    expect(cleaned('No fracture.\n\n\nSmith')).toBe('No fracture.');
    expect(cleaned('Normal.\r\nNo fracture.')).toBe('Normal.\nNo fracture.');
  });

  it('keeps brackets that still have a partner and removes the others', () => {
    expect(cleaned('KNEE (LEFT)')).toBe('KNEE (LEFT)');
    expect(cleaned('KNEE (Smith LEFT)')).toBe('KNEE (LEFT)');
    expect(cleaned('(Dr Smith) CT')).toBe('CT');
    expect(cleaned('CT (Dr Smith) HEAD (W/O)')).toBe('CT HEAD (W/O)');
    expect(cleaned('CT [Smith]')).toBe('CT');
  });
});
