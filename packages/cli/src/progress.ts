import type { CommandIo } from './command.js';

const width = 30;

/**
 * A progress bar on stderr (`CSV [#####.....] 50% 1/2`), drawn only when stderr is a terminal so piped
 * logs stay clean. The returned callback fits the `onProgress` hooks of the imports and the feed builder.
 */
export function progressBar(io: CommandIo, label: string): (done: number, total: number) => void {
  if (!io.stderr.isTTY) return () => {};
  return (done, total) => {
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * width);
    io.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(share * 100)}% ${done}/${total}${done === total ? '\n' : ''}`,
    );
  };
}
