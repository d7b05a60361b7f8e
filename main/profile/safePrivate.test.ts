import { describe, expect, it } from 'vitest';
import { tagOf } from '../dicom/tag.js';
import { allSafePrivateAttributes, isSafePrivate } from './safePrivate.js';

describe('isSafePrivate', () => {
  it('finds a table row by creator, group and the low byte of the element', () => {
    // PS3.15 Table E.3.10-1: (0043,xx27) GEMS_PARM_01 SH Scan Pitch Ratio.
    expect(isSafePrivate('GEMS_PARM_01', tagOf(0x0043, 0x1027))).toMatchObject({
      creator: 'GEMS_PARM_01',
      group: 0x0043,
      elementOffset: 0x27,
      vr: 'SH',
      vm: '1',
      name: 'Scan Pitch Ratio in the form "n.nnn:1"',
    });
  });

  it('matches whichever block the creator reserved', () => {
    expect(isSafePrivate('GEMS_PARM_01', tagOf(0x0043, 0x1127))?.elementOffset).toBe(0x27);
    expect(isSafePrivate('GEMS_PARM_01', tagOf(0x0043, 0xff27))?.elementOffset).toBe(0x27);
    expect(isSafePrivate('Philips PET Private Group', tagOf(0x7053, 0x1000))?.name).toMatch(/^SUV Factor/);
    expect(isSafePrivate('Philips PET Private Group', tagOf(0x7053, 0x1209))?.name).toMatch(/^Activity Concentration/);
  });

  it('needs the creator that the table names for that group', () => {
    expect(isSafePrivate('GEMS_ACQU_01', tagOf(0x0043, 0x1027))).toBeUndefined();
    expect(isSafePrivate('SIEMENS MR HEADER', tagOf(0x0019, 0x100c))?.name).toBe('B Value');
    expect(isSafePrivate('GEMS_ACQU_01', tagOf(0x0019, 0x100c))).toBeUndefined();
    // Same group and offset, two creators, two meanings.
    expect(isSafePrivate('GEMS_ACQU_01', tagOf(0x0019, 0x1027))?.name).toBe('Rotation Speed (Gantry Period)');
    expect(isSafePrivate('SIEMENS MR HEADER', tagOf(0x0019, 0x1027))?.name).toBe('B Matrix');
  });

  it('ignores the insignificant padding of the creator value but not its case', () => {
    expect(isSafePrivate(' GEMS_PARM_01 ', tagOf(0x0043, 0x1039))).toBeDefined();
    expect(isSafePrivate('GEMS_PARM_01\0', tagOf(0x0043, 0x1039))).toBeDefined();
    expect(isSafePrivate('gems_parm_01', tagOf(0x0043, 0x1039))).toBeUndefined();
  });

  it('rejects offsets the table does not list', () => {
    expect(isSafePrivate('GEMS_PARM_01', tagOf(0x0043, 0x1028))).toBeUndefined();
    expect(isSafePrivate('SIEMENS CSA HEADER', tagOf(0x0029, 0x1010))).toBeUndefined();
  });

  it('never matches standard tags, creator elements or the invalid range below xx10', () => {
    expect(isSafePrivate('GEMS_PARM_01', tagOf(0x0042, 0x1027))).toBeUndefined();
    expect(isSafePrivate('GEMS_PARM_01', tagOf(0x0043, 0x0010))).toBeUndefined();
    expect(isSafePrivate('GEMS_PARM_01', tagOf(0x0043, 0x0027))).toBeUndefined();
    expect(isSafePrivate('GEMS_PARM_01', tagOf(0x0043, 0x0127))).toBeUndefined();
  });

  it('gives UN where the table leaves the VR blank, and null for a blank meaning', () => {
    const stageTimer = isSafePrivate('SIEMENS Ultrasound SC2000', tagOf(0x0119, 0x1011));
    expect(stageTimer).toMatchObject({ vr: 'UN', vrInTable: false, name: 'Stage Timer Time' });
    expect(isSafePrivate('SIEMENS Ultrasound SC2000', tagOf(0x0119, 0x1010))).toMatchObject({ vr: 'SH', vrInTable: true });
    expect(isSafePrivate('SIEMENS Ultrasound SC2000', tagOf(0x0119, 0x1021))).toMatchObject({ vr: 'SH', name: null });
  });
});

describe('the safe private table', () => {
  const rows = allSafePrivateAttributes();

  it('holds the rows of PS3.15 Table E.3.10-1, each citing its source', () => {
    expect(rows.length).toBe(130);
    for (const row of rows) expect(row.source).toMatch(/PS3\.15 Table E\.3\.10-1/);
  });

  it('lists only odd groups and offsets within a block', () => {
    for (const row of rows) {
      expect(row.group & 1).toBe(1);
      expect(row.elementOffset).toBeGreaterThanOrEqual(0);
      expect(row.elementOffset).toBeLessThanOrEqual(0xff);
    }
  });

  it('covers every vendor group of the table', () => {
    const creators = new Set(rows.map((r) => r.creator));
    expect([...creators].sort()).toEqual(
      [
        'ELSCINT1',
        'GEIIS PACS',
        'GEMS_ACQU_01',
        'GEMS_HELIOS_01',
        'GEMS_PARM_01',
        'GEMS_SERS_01',
        'HOLOGIC, Inc.',
        'NQHeader',
        'NQLeft',
        'NQRight',
        'Philips Imaging DD 001',
        'Philips MR Imaging DD 001',
        'Philips PET Private Group',
        'SIEMENS MR HEADER',
        'SIEMENS SYNGO ULTRA-SOUND TOYON DATA STREAMING',
        'SIEMENS Ultrasound SC2000',
      ].sort(),
    );
  });
});
