import { createHmac, randomBytes } from 'node:crypto';

/**
 * Replaces UIDs consistently within one export, so references between objects still resolve (PS3.15 E.1.1
 * action U). New UIDs are "2.25." followed by the decimal value of a 128-bit UUID (PS3.5 B.2), version 4
 * (random) in anonymous mode and version 8 (derived with HMAC-SHA-256 from the secret key) in pseudonymous mode.
 * In anonymous mode the mapping lives only in memory and is never stored.
 */
export class UidMapper {
  private readonly mapped = new Map<string, string>();

  private constructor(private readonly key: Buffer | undefined) {}

  static anonymous(): UidMapper {
    return new UidMapper(undefined);
  }

  static pseudonymous(key: Buffer): UidMapper {
    if (key.length < 16) throw new Error('the pseudonymisation key must be at least 128 bits');
    return new UidMapper(key);
  }

  /**
   * Anonymous mode when objects are exported by several threads: the UIDs are derived from a key drawn at random
   * for this export and never stored, so every thread maps a UID alike while nothing can link them back once the
   * export ends (the same guarantee as random UIDs kept in memory).
   */
  static ephemeral(key: Buffer): UidMapper {
    return UidMapper.pseudonymous(key);
  }

  map(uid: string): string {
    let out = this.mapped.get(uid);
    if (!out) {
      out = this.key ? derivedUid(this.key, `uid:${uid}`) : randomUid();
      this.mapped.set(uid, out);
    }
    return out;
  }

  /** How many distinct UIDs were replaced. */
  get size(): number {
    return this.mapped.size;
  }
}

function uuidToUid(bytes: Buffer, version: 4 | 8): string {
  const b = Buffer.from(bytes.subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | (version << 4);
  b[8] = (b[8]! & 0x3f) | 0x80;
  return `2.25.${BigInt(`0x${b.toString('hex')}`).toString(10)}`;
}

/** A fresh UID that nothing links to any source (anonymous mode, and UIDs the engine creates). */
export const randomUid = (): string => uuidToUid(randomBytes(16), 4);

/** A UID derived from a secret key and a label, stable across exports that use the same key. */
export const derivedUid = (key: Buffer, label: string): string =>
  uuidToUid(createHmac('sha256', key).update(label).digest(), 8);
