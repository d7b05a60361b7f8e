/** Plays a stack as a loop at a frame rate, dropping frames rather than drifting when rendering lags. */
export interface Cine {
  play(fps: number): void;
  stop(): void;
  isPlaying(): boolean;
  fps(): number;
}

export function createCine(
  step: () => Promise<void>,
  onChange: (playing: boolean, fps: number) => void,
): Cine {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rate = 0;
  let generation = 0;

  const stop = (): void => {
    if (timer === undefined && rate === 0) return;
    clearTimeout(timer);
    timer = undefined;
    generation++;
    const was = rate;
    rate = 0;
    onChange(false, was);
  };

  return {
    play(fps) {
      if (!(fps > 0)) return;
      clearTimeout(timer);
      const run = ++generation;
      rate = fps;
      const interval = 1000 / fps;
      let due = performance.now() + interval;
      const tick = async (): Promise<void> => {
        if (run !== generation) return;
        await step();
        if (run !== generation) return;
        const now = performance.now();
        due = now > due + interval ? now + interval : due + interval;
        timer = setTimeout(() => void tick(), Math.max(0, due - now));
      };
      timer = setTimeout(() => void tick(), interval);
      onChange(true, fps);
    },
    stop,
    isPlaying: () => rate > 0,
    fps: () => rate,
  };
}
