/**
 * The compact analysis the page gets as `story.ink?analysis`: from the explorer's report of a
 * whole walk, or, for a story too large to walk within the bound, from a seeded sample of
 * complete runs (marked `sampled`). Node only; run off the main thread by `analysis-jobs.ts`.
 */
import { Story } from 'inkjs';
import type {
  DecisionAnalysis,
  OrderAnalysis,
  StatSpan,
  StoryAnalysis,
} from '../analysis-types.ts';
import { readStats } from '../engine/stats.ts';
import { limitSteps } from '../engine/step-budget.ts';
import { checkedGlobalTags } from '../engine/checked-tags.ts';
import { lineTags, type EndingTag, type GlobalTags } from '../engine/tags.ts';
import { exploreStoryParallel, type ExploreReport } from '../explorer/explore.ts';
import { seededRandom } from '../explorer/sample.ts';
import { declaredEndings } from '../explorer/story-map.ts';

export interface AnalyseOptions {
  /** Walk at most this many distinct states; a larger story is sampled instead. */
  readonly maxStates: number;
  /** Complete runs played when the story is sampled. */
  readonly sampleRuns: number;
  /** The sample's seed: the same seed gives the same runs. */
  readonly seed: number;
  /** Threads for the walk. */
  readonly workers: number;
}

export const DEFAULT_ANALYSE_OPTIONS: AnalyseOptions = {
  maxStates: 150_000,
  sampleRuns: 2_000,
  seed: 1943,
  workers: 1,
};

interface Scene {
  chapter: string | null;
  date: string | null;
  /** The `# ending:` met so far. */
  ending: EndingTag | null;
}

const startScene = (): Scene => ({ chapter: null, date: null, ending: null });

/**
 * Plays `story` to its next choice (or its end), following the chapter, date and ending tags;
 * returns the `# decision:` id tagged on the way, if any.
 */
function continueScene(story: Story, scene: Scene): string | null {
  let decision: string | null = null;
  while (story.canContinue) {
    story.Continue();
    const meta = lineTags(story.currentTags ?? []);
    scene.chapter = meta.chapter ?? scene.chapter;
    scene.date = meta.date ?? scene.date;
    scene.ending = meta.ending ?? scene.ending;
    decision = meta.decision ?? decision;
  }
  return decision;
}

/** The chapter and date shown where `path` (choice texts from the start) arrives. */
function sceneAt(story: Story, path: readonly string[]): Pick<Scene, 'chapter' | 'date'> {
  story.ResetState();
  const scene = startScene();
  try {
    continueScene(story, scene);
    for (const text of path) {
      const choice = story.currentChoices.find((c) => c.text === text);
      if (!choice) break;
      story.ChooseChoiceIndex(choice.index);
      continueScene(story, scene);
    }
  } catch {
    // A runtime error on the way: the scene so far is the best answer.
  }
  return { chapter: scene.chapter, date: scene.date };
}

/** The endings the story declares, in its order, then any reached that it does not declare. */
function endingList(json: string, reached: ReadonlyMap<string, string>): StoryAnalysis['endings'] {
  const declared = declaredEndings(json);
  const endings = declared.map((e) => ({ id: e.id, title: e.title, reached: reached.has(e.id) }));
  for (const [id, title] of reached) {
    if (!declared.some((e) => e.id === id)) endings.push({ id, title, reached: true });
  }
  return endings;
}

function statList(declared: GlobalTags): StoryAnalysis['stats'] {
  return declared.stats.map((s) => ({ variable: s.variable, label: s.label }));
}

/** Makes the compact analysis out of the explorer's report of a walk of `json`. */
export function analysisFromReport(
  report: ExploreReport,
  json: string,
  storyHash: string,
): StoryAnalysis {
  const story = new Story(json);
  story.onError = () => {};
  // A story that runs on without stopping is stopped, as in the walk that made the report.
  limitSteps(story);
  const declared = checkedGlobalTags(story.globalTags ?? []);
  const endings = endingList(json, new Map(report.endings.map((e) => [e.id, e.title])));
  const decisions: DecisionAnalysis[] = report.decisions
    .filter((d) => d.tagged)
    .map((d) => ({
      id: d.id,
      ...sceneAt(story, d.shortestPath),
      orders: d.options.map((o): OrderAnalysis => ({
        text: o.text,
        history: o.history,
        endings: Object.keys(o.endings),
        stats: numericSpans(o.finalStats),
      })),
    }));
  return {
    storyHash,
    complete: report.complete,
    sampled: false,
    endings,
    stats: statList(declared),
    decisions,
  };
}

function numericSpans(
  stats: ExploreReport['endings'][number]['finalStats'],
): Record<string, StatSpan> {
  const spans: Record<string, StatSpan> = {};
  for (const [variable, range] of Object.entries(stats)) {
    if (range.kind === 'number') spans[variable] = { min: range.min, max: range.max };
  }
  return spans;
}

interface OrderTally {
  history: boolean;
  endings: Set<string>;
  stats: Map<string, StatSpan>;
}

interface DecisionTally {
  chapter: string | null;
  date: string | null;
  orders: Map<string, OrderTally>;
}

/** Widens each span of `tally` by the final numeric stats of one run. */
function addFinalStats(tally: OrderTally, final: ReadonlyMap<string, number>): void {
  for (const [variable, value] of final) {
    const span = tally.stats.get(variable);
    tally.stats.set(
      variable,
      span
        ? { min: Math.min(span.min, value), max: Math.max(span.max, value) }
        : { min: value, max: value },
    );
  }
}

/**
 * Plays `runs` complete runs with seeded random orders and tallies, for each order of each
 * tagged decision met, the endings those runs reached and the final range of each numeric stat.
 */
export function sampledAnalysis(
  json: string,
  storyHash: string,
  runs: number,
  seed: number,
): StoryAnalysis {
  const story = new Story(json);
  // A run that goes on without stopping is stopped and left out, like one that fails.
  limitSteps(story);
  const declared = checkedGlobalTags(story.globalTags ?? []);
  const next = seededRandom(seed);
  let failed: boolean;
  story.onError = (_message, type) => {
    if (type === 2) failed = true;
  };
  const decisions = new Map<string, DecisionTally>();
  const reached = new Map<string, string>();
  for (let run = 0; run < runs; run++) {
    story.ResetState();
    story.state.storySeed = seed + run;
    failed = false;
    const scene = startScene();
    const taken: OrderTally[] = [];
    try {
      for (;;) {
        const decision = continueScene(story, scene);
        const choices = story.currentChoices;
        if (failed || choices.length === 0) break;
        const pick = choices[Math.floor(next() * choices.length)]!;
        if (decision !== null) {
          const tally =
            decisions.get(decision) ??
            decisions
              .set(decision, { chapter: scene.chapter, date: scene.date, orders: new Map() })
              .get(decision)!;
          const order =
            tally.orders.get(pick.text) ??
            tally.orders
              .set(pick.text, { history: false, endings: new Set(), stats: new Map() })
              .get(pick.text)!;
          order.history ||= lineTags(pick.tags ?? []).history;
          taken.push(order);
        }
        story.ChooseChoiceIndex(pick.index);
      }
    } catch {
      failed = true;
    }
    if (failed) continue;
    const final = new Map<string, number>();
    for (const stat of readStats(story, declared.stats)) {
      if (stat.kind === 'number') final.set(stat.variable, stat.value as number);
    }
    const ending = scene.ending;
    if (ending !== null) reached.set(ending.id, ending.title);
    for (const order of taken) {
      if (ending !== null) order.endings.add(ending.id);
      addFinalStats(order, final);
    }
  }
  const endings = endingList(json, reached);
  const order = endings.map((e) => e.id);
  return {
    storyHash,
    complete: false,
    sampled: true,
    endings,
    stats: statList(declared),
    decisions: [...decisions].map(([id, d]) => ({
      id,
      chapter: d.chapter,
      date: d.date,
      orders: [...d.orders].map(([text, o]) => ({
        text,
        history: o.history,
        endings: order.filter((e) => o.endings.has(e)),
        stats: Object.fromEntries(o.stats),
      })),
    })),
  };
}

/** Walks `json` whole if it fits in `maxStates` states, and samples it otherwise. */
export async function analyseStory(
  json: string,
  storyHash: string,
  options: AnalyseOptions = DEFAULT_ANALYSE_OPTIONS,
): Promise<StoryAnalysis> {
  const report = await exploreStoryParallel(json, {
    maxStates: options.maxStates,
    workers: options.workers,
  });
  if (report.complete) return analysisFromReport(report, json, storyHash);
  return sampledAnalysis(json, storyHash, options.sampleRuns, options.seed);
}
