/**
 * Sampling, for stories whose state space is too large to walk whole: plays many complete
 * runs with seeded random orders (the same seed gives the same runs) and reports what they
 * met — endings, dead ends, errors, knots reached — marked as sampled, never as complete.
 * The seed also decides the story's own RANDOM and shuffles: run `r` starts from story seed
 * `seed + r`, so that runs differ from each other but not from sample to sample.
 */
import { Story } from 'inkjs';
import { describeRuntimeError } from '../engine/externals.ts';
import { limitSteps } from '../engine/step-budget.ts';
import { globalTags, lineTags } from '../engine/tags.ts';
import { failedClaims } from './claims.ts';
import { mapStory } from './story-map.ts';

/** Something a sampled run met, with the path of the first run that met it. */
export interface ProblemReport {
  readonly message: string;
  readonly path: readonly string[];
}

export interface SampleReport {
  readonly mode: 'sampled';
  readonly runs: number;
  readonly seed: number;
  readonly seconds: number;
  readonly title: string | null;
  readonly endings: readonly {
    id: string;
    title: string;
    runs: number;
    shortestPath: readonly string[];
  }[];
  readonly deadEnds: readonly (ProblemReport & { readonly lastText: string })[];
  readonly errors: readonly ProblemReport[];
  readonly warnings: readonly ProblemReport[];
  /** Decision ids met, with the orders taken there at least once. */
  readonly decisions: Record<string, readonly string[]>;
  readonly sections: number;
  readonly unreached: readonly string[];
  /** Runs stopped after `MAX_RUN_CHOICES` choices without reaching an end (a story that loops). */
  readonly cutRuns: number;
}

/** The seed of walks and samples when none is given: the year the campaign is set in. */
export const DEFAULT_SEED = 1943;

/** A run that has taken this many choices without an end is stopped: the story loops. */
export const MAX_RUN_CHOICES = 1000;

/** A small seeded generator (mulberry32), so that samples can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleStory(json: string, runs: number, seed = DEFAULT_SEED): SampleReport {
  const started = performance.now();
  const map = mapStory(json);
  const story = new Story(map.instrumentedJson);
  story.allowExternalFunctionFallbacks = true;
  limitSteps(story);
  const title = globalTags(story.globalTags ?? []).title;
  const next = seededRandom(seed);
  const failures: string[] = [];
  const warned: string[] = [];
  story.onError = (message, type) => (type === 2 ? failures : warned).push(message);
  const endings = new Map<
    string,
    { id: string; title: string; runs: number; shortestPath: string[] }
  >();
  const deadEnds = new Map<string, ProblemReport & { lastText: string }>();
  const errors = new Map<string, ProblemReport>();
  const warnings = new Map<string, ProblemReport>();
  const decisions = new Map<string, Set<string>>();
  const visited = new Set<string>();
  let cutRuns = 0;

  for (let run = 0; run < runs; run++) {
    story.ResetState();
    story.state.storySeed = seed + run;
    const path: string[] = [];
    let ending: { id: string; title: string } | null = null;
    let lastText = '';
    let decision: string | null = null;
    let failed = false;
    for (;;) {
      try {
        while (story.canContinue && failures.length === 0) {
          const text = (story.Continue() ?? '').trim();
          if (text) lastText = text;
          const meta = lineTags(story.currentTags ?? []);
          ending = meta.ending ?? ending;
          decision = meta.decision ?? decision;
          failures.push(...failedClaims(story.currentTags ?? []));
        }
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
      for (const message of warned.splice(0)) {
        if (!warnings.has(message)) warnings.set(message, { message, path: [...path] });
      }
      if (failures.length > 0) {
        const message = failures.splice(0).map(describeRuntimeError).join('; ');
        if (!errors.has(message)) errors.set(message, { message, path: [...path] });
        failed = true;
        break;
      }
      const choices = story.currentChoices;
      if (choices.length === 0) break;
      if (path.length >= MAX_RUN_CHOICES) {
        cutRuns++;
        failed = true; // neither an ending nor a dead end
        break;
      }
      const pick = choices[Math.floor(next() * choices.length)]!;
      const id = decision ?? '(unnamed choice)';
      (decisions.get(id) ?? decisions.set(id, new Set()).get(id)!).add(pick.text);
      path.push(pick.text);
      decision = null;
      story.ChooseChoiceIndex(pick.index);
    }
    const counts = (JSON.parse(story.state.ToJson()) as { visitCounts: Record<string, number> })
      .visitCounts;
    for (const [name, count] of Object.entries(counts)) if (count > 0) visited.add(name);
    if (failed) continue;
    if (ending) {
      const seen = endings.get(ending.id);
      if (!seen) endings.set(ending.id, { ...ending, runs: 1, shortestPath: path });
      else {
        seen.runs++;
        if (path.length < seen.shortestPath.length) seen.shortestPath = path;
      }
    } else if (!deadEnds.has(lastText)) {
      deadEnds.set(lastText, {
        message: 'the story ends here without an ending tag',
        path,
        lastText,
      });
    }
  }
  return {
    mode: 'sampled',
    runs,
    seed,
    seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
    title,
    endings: [...endings.values()],
    deadEnds: [...deadEnds.values()],
    errors: [...errors.values()],
    warnings: [...warnings.values()],
    decisions: Object.fromEntries([...decisions].map(([id, taken]) => [id, [...taken]])),
    sections: map.sections.length,
    unreached: map.sections.filter((s) => !visited.has(s)),
    cutRuns,
  };
}
