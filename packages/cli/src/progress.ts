import type { CommandIo } from './command.js';

const width = 30;
/** At most ten redraws a second: a terminal redrawn 10,000 times for 10,000 offers only slows the work. */
const redrawEvery = 100;

/** Seconds as people read them: `0.4 s`, `12 s`, `2 min 05 s`. */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/**
 * A progress bar on stderr (`Index [#####.....] 50% 5000/10000 · 1.2 s · noch/left ~1.2 s`) with the time so
 * far and an estimate of the rest. On a terminal it redraws in place at most ten times a second (and always at
 * the end); piped into a log it writes one line when done, so logs stay short. The returned callback fits the
 * `onProgress` hooks of the imports and the feed builder. `now` is the clock in milliseconds (for tests).
 */
export function progressBar(
  io: CommandIo,
  label: string,
  now: () => number = () => performance.now(),
): (done: number, total: number) => void {
  const started = now();
  let lastDraw = -Infinity;
  return (done, total) => {
    const finished = done >= total;
    const time = now();
    const elapsed = time - started;
    if (!io.stderr.isTTY) {
      if (finished) io.stderr.write(`${label}: ${done}/${total} · ${formatDuration(elapsed)}\n`);
      return;
    }
    if (!finished && time - lastDraw < redrawEvery) return;
    lastDraw = time;
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * width);
    const estimate =
      finished || done === 0
        ? ''
        : ` · noch/left ~${formatDuration((elapsed / done) * (total - done))}`;
    io.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(share * 100)}% ${done}/${total} · ${formatDuration(elapsed)}${estimate}${finished ? '\n' : '\x1b[K'}`,
    );
  };
}
