import { describe, expect, it } from 'vitest';
import { ageBand, ageInYears } from './ageBand.js';

describe('age bands for the supplementary table', () => {
  it('reads Patient’s Age in every unit, or computes it from birth and study dates', () => {
    expect(ageInYears('045Y', '', '')).toBe(45);
    expect(ageInYears('018M', '', '')).toBe(1);
    expect(ageInYears('104W', '', '')).toBe(1);
    expect(ageInYears('400D', '', '')).toBe(1);
    expect(ageInYears('', '19800615', '20240614')).toBe(43);
    expect(ageInYears('', '19800615', '20240615')).toBe(44);
    expect(ageInYears('', '', '20240615')).toBeUndefined();
    expect(ageInYears('', '2030', '20240615')).toBeUndefined();
  });

  it('gives bands of the chosen width and collapses the oldest into one band', () => {
    expect(ageBand(45, 10, 90)).toBe('40-49');
    expect(ageBand(0, 10, 90)).toBe('0-9');
    expect(ageBand(89, 10, 90)).toBe('80-89');
    expect(ageBand(90, 10, 90)).toBe('90+');
    expect(ageBand(103, 10, 90)).toBe('90+');
    expect(ageBand(47, 5, 90)).toBe('45-49');
    expect(ageBand(87, 20, 90)).toBe('80-89');
    expect(ageBand(undefined, 10, 90)).toBe('');
  });
});
