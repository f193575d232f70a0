/**
 * A worker thread of the parallel round-trip runs: it keeps its own memory of moments, plays
 * the runs the calling thread sends (all on roads of their own, see `shareOutRuns`), and posts
 * back each run's outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RoundTrips, type RunOutcome } from './round-trip-runs.ts';

export interface RoundTripSetup {
  readonly json: string;
  readonly seed: number;
}

export interface RoundTripReply {
  /** One outcome for each run sent, in the order sent. */
  readonly outcomes: readonly RunOutcome[];
  readonly stepsPlayed: number;
}

const setup = workerData as RoundTripSetup;
// The story is loaded while the calling thread shares out the runs.
const trips = new RoundTrips(setup.json);
parentPort?.once('message', (runs: readonly number[]) => {
  const outcomes = runs.map((run) => trips.play(setup.seed, run));
  parentPort?.postMessage({ outcomes, stepsPlayed: trips.stepsPlayed } satisfies RoundTripReply);
});
