/**
 * Main-thread work read from a Chromium trace, for `npm run bench`: the top-level tasks of the
 * renderers' main threads. Waiting (for IndexedDB, for the next frame) is not work and is not
 * counted; thread time is given beside wall time, so that a busy machine, which stretches a
 * task's wall time while the thread waits for a core, does not count as work either.
 */

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/** Milliseconds of main-thread work: wall time, and the thread's own CPU time. */
export interface Work {
  readonly wall: number;
  readonly cpu: number;
}

export function traceEvents(trace: Buffer): readonly TraceEvent[] {
  return (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
}

function isMainTask(e: TraceEvent, mains: ReadonlySet<string>): boolean {
  return (
    e.ph === 'X' &&
    (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') &&
    mains.has(`${e.pid}:${e.tid}`)
  );
}

/**
 * The work of the renderers' main threads in `events`, or only of the part of each task that
 * falls between `from` and `to` (the trace's microsecond clock) when given.
 */
export function mainThreadWork(
  events: readonly TraceEvent[],
  window?: { readonly from: number; readonly to: number },
): Work {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  if (mains.size === 0) throw new Error('the trace has no renderer main thread');
  let wall = 0;
  let cpu = 0;
  for (const e of events) {
    if (!isMainTask(e, mains) || !e.dur) continue;
    const start = window ? Math.max(e.ts, window.from) : e.ts;
    const end = window ? Math.min(e.ts + e.dur, window.to) : e.ts + e.dur;
    if (end <= start) continue;
    const share = (end - start) / e.dur;
    wall += end - start;
    cpu += (e.tdur ?? e.dur) * share;
  }
  return { wall: wall / 1000, cpu: cpu / 1000 };
}

/** The trace-clock times of the performance marks named `name`, in order. */
export function markTimes(events: readonly TraceEvent[], name: string): number[] {
  return events
    .filter((e) => e.name === name)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}
