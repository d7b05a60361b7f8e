import { describe, expect, it } from 'vitest';
import { UidMapper, derivedUid, randomUid } from './uidMapper.js';

describe('UidMapper', () => {
  it('maps each UID to one new UUID-derived UID (PS3.5 B.2) within an export', () => {
    const m = UidMapper.anonymous();
    const a = m.map('1.2.3');
    expect(a).toMatch(/^2\.25\.[1-9]\d*$/);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(m.map('1.2.3')).toBe(a);
    expect(m.map('1.2.4')).not.toBe(a);
    expect(UidMapper.anonymous().map('1.2.3')).not.toBe(a);
  });

  it('derives the same UIDs from the same key, and different ones from another key', () => {
    const key = Buffer.alloc(32, 7);
    expect(UidMapper.pseudonymous(key).map('1.2.3')).toBe(UidMapper.pseudonymous(key).map('1.2.3'));
    expect(UidMapper.pseudonymous(Buffer.alloc(32, 8)).map('1.2.3')).not.toBe(UidMapper.pseudonymous(key).map('1.2.3'));
    expect(derivedUid(key, 'x')).toMatch(/^2\.25\.\d+$/);
    expect(() => UidMapper.pseudonymous(Buffer.alloc(8))).toThrow();
  });

  it('produces UIDs whose UUID has the version and variant bits set', () => {
    for (let i = 0; i < 50; i++) {
      const hex = BigInt(randomUid().slice(5)).toString(16).padStart(32, '0');
      expect(hex[12]).toBe('4');
      expect(['8', '9', 'a', 'b']).toContain(hex[16]);
    }
  });
});
