/** A one-line progress bar on a terminal (stderr); silent when the stream is not a terminal. */
export class ProgressBar {
  private lastDraw = 0;
  private active = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  get enabled(): boolean {
    return Boolean(this.stream.isTTY);
  }

  update(label: string, done: number, total: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 80 && done < total) return;
    this.lastDraw = now;
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : 0;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    this.stream.write(`\r${label.padEnd(12)} ${bar} ${done}/${total}\x1b[K`);
    this.active = true;
  }

  clear(): void {
    if (this.active) this.stream.write('\r\x1b[K');
    this.active = false;
  }
}
