/**
 * The worker thread that works out a story's analysis, so that the walk never holds up the
 * dev server or the build's other modules. It gets the story in `workerData` and posts back
 * `{ analysis }` or `{ error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { StoryAnalysis } from '../analysis-types.ts';
import { analyseStory, type AnalyseOptions } from './story-analysis.ts';

export interface AnalysisRequest {
  readonly json: string;
  readonly storyHash: string;
  readonly options: AnalyseOptions;
}

export type AnalysisReply = { readonly analysis: StoryAnalysis } | { readonly error: string };

const request = workerData as AnalysisRequest;
analyseStory(request.json, request.storyHash, request.options).then(
  (analysis) => parentPort?.postMessage({ analysis } satisfies AnalysisReply),
  (error: unknown) =>
    parentPort?.postMessage({
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies AnalysisReply),
);
