import { describe, expect, it } from 'vitest';
import { throttleProgress } from './throttleProgress.js';

describe('throttleProgress', () => {
  it('passes the first and last report and at most one per interval between them', () => {
    let clock = 0;
    const seen: number[] = [];
    const report = throttleProgress<{ done: number; total: number }>((p) => seen.push(p.done), 50, () => clock);
    for (let done = 0; done <= 1000; done++) {
      report({ done, total: 1000 });
      clock += 1;
    }
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1000);
    // 1000 ms of reports at 50 ms: the first, one per interval, and the last.
    expect(seen.length).toBeLessThanOrEqual(22);
    expect(seen.length).toBeGreaterThanOrEqual(20);
    for (let i = 2; i < seen.length - 1; i++) expect(seen[i]! - seen[i - 1]!).toBeGreaterThanOrEqual(50);
  });
});
