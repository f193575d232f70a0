/**
 * A worker thread of the parallel explorer: expands the batches of saved states the main thread
 * sends, and returns what each choice led to. The main thread keeps the graph and the queue.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Walker, type Offer, type WalkerSetup } from './walker.ts';

export interface Batch {
  readonly id: number;
  readonly states: readonly string[];
}

export interface BatchResult {
  readonly id: number;
  readonly results: readonly (readonly Offer[])[];
}

const walker = new Walker(workerData as WalkerSetup);
parentPort?.on('message', (batch: Batch) => {
  const reply: BatchResult = { id: batch.id, results: batch.states.map((s) => walker.expand(s)) };
  parentPort?.postMessage(reply);
});
