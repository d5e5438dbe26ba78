/**
 * The server under test in its own process, started by `load.ts` over IPC, so that what the benchmark
 * measures (CPU, memory, event-loop delay) is this one process and not the load generator beside it. Run
 * with `--cpu-prof` (`BENCH_CPU_PROF=1`) for a profile of the server alone. Messages: `{ type: 'usage' }`
 * answers with the process's counters; `{ type: 'stop' }` closes the server and exits (which writes the profile).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { recklinghausenProfile } from '@vielfalt/model';
import { createServer, openStore } from '../src/index.js';

/** What the load generator learns from the server process. */
export interface Usage {
  /** Resident set size now, bytes. */
  rss: number;
  /** Highest resident set size so far, bytes. */
  maxRss: number;
  /** CPU time used so far (user + system), microseconds. */
  cpuMicros: number;
  /** Event-loop delay since the last `usage` message, ms. */
  loopDelay: { p50: number; p99: number; max: number };
  /** Share of the time the event loop was busy since the last `usage` message (0 to 1). */
  loopBusy: number;
}

const dir = process.env['BENCH_DIR'];
if (!dir || !process.send) throw new Error('server-process: started without BENCH_DIR and IPC');
const send = (message: unknown) => process.send?.(message);

const store = await openStore(dir);
const server = createServer({
  store,
  profile: recklinghausenProfile,
  config: { secureCookies: false },
});
const url = await server.listen(0, '127.0.0.1');
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let loop = performance.eventLoopUtilization();

/** Phase marks on the profile's clock, written beside the profile (for slicing it by phase). */
const marks: { label: string; us: number }[] = [];
const profileDir = process.execArgv.find((arg) => arg.startsWith('--cpu-prof-dir='))?.slice(15);

process.on('message', (message: { type: string; label?: string }) => {
  if (message.type === 'rss') send({ type: 'rss', rss: process.memoryUsage.rss() });
  else if (message.type === 'mark')
    marks.push({ label: message.label ?? '', us: Number(process.hrtime.bigint() / 1000n) });
  else if (message.type === 'usage') {
    const cpu = process.cpuUsage();
    const next = performance.eventLoopUtilization();
    const usage: Usage = {
      rss: process.memoryUsage.rss(),
      maxRss: process.resourceUsage().maxRSS * 1024,
      cpuMicros: cpu.user + cpu.system,
      loopDelay: {
        p50: delay.percentile(50) / 1e6,
        p99: delay.percentile(99) / 1e6,
        max: delay.max / 1e6,
      },
      loopBusy: performance.eventLoopUtilization(next, loop).utilization,
    };
    loop = next;
    delay.reset();
    send({ type: 'usage', usage });
  } else if (message.type === 'stop') {
    if (profileDir)
      writeFileSync(join(profileDir, `marks-${process.pid}.json`), JSON.stringify(marks));
    void server.close(1000).then(() => process.exit(0));
  }
});
// Without the load generator there is nothing to serve (and nobody to stop this process).
process.on('disconnect', () => process.exit(1));
send({ type: 'listening', url, stallMs: server.context.config.responseStallMs });
