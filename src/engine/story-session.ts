/**
 * The story engine: wraps an inkjs `Story` and speaks plain data. No DOM, no storage.
 * `start()` or `choose()` continue to the next decision and return a `Frame`; `snapshot()`
 * gives plain JSON that `restore()` turns back into the exact same moment.
 */
import { Story } from 'inkjs';
import {
  ChoiceError,
  InkRuntimeError,
  InkRuntimeWarning,
  SnapshotError,
  StoryLoadError,
} from './errors.ts';
import { describeRuntimeError } from './externals.ts';
import { readStats, type StatValue } from './stats.ts';
import { limitSteps, RUN_ON_LIMITS, type RunOnLimits } from './step-budget.ts';
import { listShapes } from './story-lists.ts';
import {
  globalTags,
  lineTags,
  type EndingTag,
  type GlobalTags,
  type ImageTag,
  type LineTags,
} from './tags.ts';

/** One line of story text with its tags. `text` may be empty when the line only carries tags. */
export interface Paragraph {
  readonly text: string;
  readonly tags: readonly string[];
  readonly meta: LineTags;
}

export interface ChoiceView {
  readonly index: number;
  readonly text: string;
  readonly tags: readonly string[];
  readonly meta: LineTags;
  /** Where the choice leads in the story, e.g. `altun_shan.orders.0.c-1`. */
  readonly targetPath: string;
}

/** What the header shows: the latest chapter, date, image and so on seen in the run. */
export interface Scene {
  readonly chapter: string | null;
  readonly date: string | null;
  readonly image: ImageTag | null;
  readonly background: string | null;
  readonly audioLoop: string | null;
  readonly ending: EndingTag | null;
}

/** The result of continuing to the next decision (or the end). */
export interface Frame {
  /** Paragraphs produced since the last choice (or the start). */
  readonly paragraphs: readonly Paragraph[];
  readonly choices: readonly ChoiceView[];
  /** The `# decision:` id tagged on this stretch of text, if any. */
  readonly decision: string | null;
  readonly ended: boolean;
  readonly ending: EndingTag | null;
  readonly scene: Scene;
  readonly stats: readonly StatValue[];
  /** Inky's CLEAR was seen: the text before it is no longer shown. */
  readonly cleared: boolean;
  /** Inky's RESTART was seen: the host should start the story again. */
  readonly restart: boolean;
  readonly warnings: readonly InkRuntimeWarning[];
}

/** One step of the replay log: a choice identified by text and target, not only by index. */
export interface ReplayStep {
  readonly index: number;
  readonly text: string;
  readonly path: string;
  readonly decision: string | null;
}

/** A moment of the story as plain JSON. */
export interface Snapshot {
  readonly inkState: string;
  readonly scene: Scene;
  readonly decision: string | null;
  readonly log: readonly ReplayStep[];
  readonly seed: number;
  /** How many transcript paragraphs existed at this moment (the host keeps the transcript). */
  readonly transcriptLength: number;
}

export interface SessionOptions {
  /** Called with every runtime warning as it happens (they are also in each frame). */
  readonly onWarning?: (warning: InkRuntimeWarning) => void;
  /** How far the story may run without offering a choice (`RUN_ON_LIMITS` unless given). */
  readonly limits?: RunOnLimits;
}

const EMPTY_SCENE: Scene = {
  chapter: null,
  date: null,
  image: null,
  background: null,
  audioLoop: null,
  ending: null,
};

function sceneAfter(scene: Scene, meta: LineTags): Scene {
  return {
    chapter: meta.chapter ?? scene.chapter,
    date: meta.date ?? scene.date,
    image: meta.image ?? scene.image,
    background: meta.background ?? scene.background,
    audioLoop: meta.audioLoop ?? scene.audioLoop,
    ending: meta.ending ?? scene.ending,
  };
}

/** `story`, set to run as the player runs every story. */
function asPlayed(story: Story): Story {
  // As Inky and inklecate do: an EXTERNAL the host does not bind runs its ink fallback.
  story.allowExternalFunctionFallbacks = true;
  return story;
}

/** Loads compiled story JSON (string or parsed) into an inkjs `Story`, or says why it can't. */
export function loadStory(json: string | object): Story {
  try {
    return asPlayed(new Story(json as string));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoryLoadError(`This is not a compiled ink story the player can run (${reason}).`, {
      cause: error,
    });
  }
}

export class StorySession {
  readonly story: Story;
  readonly globals: GlobalTags;
  private readonly rawGlobalTags: readonly string[];
  /** Called with every runtime warning as it happens; a session reading ahead has none. */
  onWarning: ((warning: InkRuntimeWarning) => void) | null;
  /** How far the story may run without offering a choice; a session reading ahead has less. */
  limits: RunOnLimits;
  private scene: Scene = EMPTY_SCENE;
  private log: ReplayStep[] = [];
  private decision: string | null = null;
  private transcriptLength = 0;
  private pendingErrors: string[] = [];
  private pendingWarnings: InkRuntimeWarning[] = [];
  private started = false;
  /**
   * The snapshot of the moment the story stands at, once taken: serialising the ink state is
   * the dearest part of a snapshot, and a page takes one after each frame is painted (for the
   * autosave) that the next order can reuse instead of taking it on the click's path. Every
   * change of the story's state goes through this class, which forgets it then.
   */
  private taken: Snapshot | null = null;

  constructor(json: string | object | Story, options: SessionOptions = {}) {
    this.story = json instanceof Story ? json : loadStory(json);
    // A story that runs on without offering a choice is stopped, instead of freezing the page.
    this.limits = options.limits ?? RUN_ON_LIMITS;
    limitSteps(this.story, () => this.limits);
    this.onWarning = options.onWarning ?? null;
    this.rawGlobalTags = this.story.globalTags ?? [];
    this.globals = globalTags(this.rawGlobalTags, listShapes(this.story));
    this.story.onError = (message, type) => {
      // ErrorType: 0 author (TODO), 1 warning, 2 error.
      if (type === 2) this.pendingErrors.push(message);
      else {
        const warning = new InkRuntimeWarning(message);
        this.pendingWarnings.push(warning);
        this.onWarning?.(warning);
      }
    };
  }

  /**
   * Another session of the same story, sharing this one's compiled content (nothing is parsed
   * again): it stands at the story's start until `restore()` puts it at a moment.
   */
  twin(options: SessionOptions = {}): StorySession {
    const story = asPlayed(
      new Story(this.story.mainContentContainer, this.story.listDefinitions?.lists ?? null),
    );
    story.ResetState();
    return new StorySession(story, options);
  }

  /** The replay log of the run so far. */
  get replayLog(): readonly ReplayStep[] {
    return this.log;
  }

  get seed(): number {
    return this.story.state.storySeed;
  }

  /** Begins the story (from its start) and returns the first frame. */
  start(): Frame {
    if (this.started) throw new ChoiceError('The story has already started; use restart().');
    this.started = true;
    this.taken = null;
    return this.continueToDecision(true);
  }

  /** Forgets the run and starts the story over. */
  restart(): Frame {
    this.taken = null;
    this.story.ResetState();
    this.scene = EMPTY_SCENE;
    this.log = [];
    this.decision = null;
    this.transcriptLength = 0;
    this.started = true;
    return this.continueToDecision(true);
  }

  /** Takes the choice at `index` (as in the last frame's `choices`) and continues. */
  choose(index: number): Frame {
    const choice = this.story.currentChoices[index];
    if (!choice) {
      throw new ChoiceError(`There is no choice ${index + 1} here.`);
    }
    this.taken = null;
    this.log.push({
      index,
      text: choice.text,
      path: choice.pathStringOnChoice,
      decision: this.decision,
    });
    this.guard(() => this.story.ChooseChoiceIndex(index));
    return this.continueToDecision(false);
  }

  /** The choices on offer now. */
  currentChoices(): ChoiceView[] {
    return this.story.currentChoices.map((c, index) => ({
      index,
      text: c.text,
      tags: c.tags ?? [],
      meta: lineTags(c.tags ?? []),
      targetPath: c.pathStringOnChoice,
    }));
  }

  /** The declared stats' current values. */
  stats(): StatValue[] {
    return readStats(this.story, this.globals.stats);
  }

  /** The moment the story stands at, as plain JSON (the same object until the story moves). */
  snapshot(): Snapshot {
    this.taken ??= {
      inkState: this.story.state.toJson(),
      scene: this.scene,
      decision: this.decision,
      log: [...this.log],
      seed: this.seed,
      transcriptLength: this.transcriptLength,
    };
    return this.taken;
  }

  /**
   * Puts the story back at the moment of `snapshot` and returns that moment's frame (no
   * paragraphs: the host rebuilds the text from its transcript up to `transcriptLength`).
   */
  restore(snapshot: Snapshot): Frame {
    this.taken = null;
    try {
      this.story.state.LoadJson(snapshot.inkState);
    } catch (error) {
      throw new SnapshotError('This saved moment does not fit the story.', { cause: error });
    }
    this.started = true;
    this.scene = snapshot.scene;
    this.decision = snapshot.decision;
    this.log = [...snapshot.log];
    this.transcriptLength = snapshot.transcriptLength;
    return this.frame([], false, false, []);
  }

  private guard<T>(step: () => T): T {
    let result: T;
    try {
      result = step();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.pendingErrors.push(message);
      this.throwPending();
      throw error;
    }
    this.throwPending();
    return result;
  }

  private throwPending(): void {
    if (this.pendingErrors.length === 0) return;
    const messages = this.pendingErrors.map(describeRuntimeError);
    this.pendingErrors = [];
    throw new InkRuntimeError(messages);
  }

  private continueToDecision(first: boolean): Frame {
    const paragraphs: Paragraph[] = [];
    let cleared = false;
    let restart = false;
    let globalsLeft = first ? [...this.rawGlobalTags] : [];
    let decision: string | null = null;
    while (this.story.canContinue) {
      const text = this.guard(() => this.story.Continue() ?? '').trim();
      let tags = this.story.currentTags ?? [];
      if (globalsLeft.length > 0) {
        // Global tags come back as the first line's tags: they are the story's, not the line's.
        tags = tags.filter((t) => {
          const at = globalsLeft.indexOf(t);
          if (at < 0) return true;
          globalsLeft = globalsLeft.filter((_, i) => i !== at);
          return false;
        });
      }
      const meta = lineTags(tags);
      if (meta.clear) {
        cleared = true;
        paragraphs.length = 0;
      }
      restart ||= meta.restart;
      decision = meta.decision ?? decision;
      this.scene = sceneAfter(this.scene, meta);
      if (text !== '' || meta.image || meta.chapter || meta.ending) {
        paragraphs.push({ text, tags, meta });
      }
    }
    this.decision = decision;
    this.transcriptLength = (cleared ? 0 : this.transcriptLength) + paragraphs.length;
    const warnings = this.pendingWarnings;
    this.pendingWarnings = [];
    return this.frame(paragraphs, cleared, restart, warnings);
  }

  private frame(
    paragraphs: Paragraph[],
    cleared: boolean,
    restart: boolean,
    warnings: InkRuntimeWarning[],
  ): Frame {
    const choices = this.currentChoices();
    const ended = !this.story.canContinue && choices.length === 0;
    return {
      paragraphs,
      choices,
      decision: this.decision,
      ended,
      ending: ended ? this.scene.ending : null,
      scene: this.scene,
      stats: this.stats(),
      cleared,
      restart,
      warnings,
    };
  }
}
