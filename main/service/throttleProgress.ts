/**
 * Passes on progress at most once per `intervalMs`, and always the first and the last report (done = total): a
 * folder of thousands of small files would otherwise send the window an update per file, and the window would
 * spend its time redrawing a progress bar instead of showing the study.
 */
export function throttleProgress<P extends { readonly done: number; readonly total: number }>(
  emit: (progress: P) => void,
  intervalMs = 50,
  now: () => number = () => performance.now(),
): (progress: P) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (progress) => {
    const at = now();
    if (progress.done === 0 || progress.done >= progress.total || at - last >= intervalMs) {
      last = at;
      emit(progress);
    }
  };
}
