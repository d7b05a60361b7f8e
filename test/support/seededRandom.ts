/**
 * A small deterministic generator (a linear congruential one) for generated test data: the same seed gives the
 * same data on every run and machine, so a failure names a round that reproduces. random(n) is in [0, n).
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
}
