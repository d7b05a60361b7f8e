import { describe, expect, it } from 'vitest';
import { NOT_A_UID, refusalReason, sopClassLabel } from './refusal.js';

describe('refused objects as reports name them', () => {
  it('names standard SOP classes and repeats private SOP Class UIDs', () => {
    expect(sopClassLabel('1.2.840.10008.5.1.4.1.1.2')).toBe('CT Image Storage');
    expect(sopClassLabel('1.3.12.2.1107.5.9.1')).toBe('1.3.12.2.1107.5.9.1');
    expect(refusalReason({ sopClassUid: '1.3.12.2.1107.5.9.1' })).toBe('private-sop-class');
  });

  it('refuses audio (speech may name the patient; a voice identifies a person) but not other waveforms', () => {
    expect(refusalReason({ sopClassUid: '1.2.840.10008.5.1.4.1.1.9.4.1' })).toBe('audio');
    expect(refusalReason({ sopClassUid: '1.2.840.10008.5.1.4.1.1.9.4.2' })).toBe('audio');
    expect(refusalReason({ sopClassUid: '1.2.840.10008.5.1.4.1.1.9.1.1' })).toBeUndefined();
    expect(refusalReason({ sopClassUid: '1.2.840.10008.5.1.4.1.1.9.7.1' })).toBeUndefined();
  });

  it('does not repeat a SOP Class UID value that is no UID (a damaged object can hold a time or a name there)', () => {
    for (const value of ['154256.571460', '20151011', 'Åström^Märta', '1.2.03.4', `1.${'2'.repeat(64)}`]) {
      expect(refusalReason({ sopClassUid: value }), value).toBe('private-sop-class');
      expect(sopClassLabel(value), value).toBe(NOT_A_UID);
    }
  });
});
