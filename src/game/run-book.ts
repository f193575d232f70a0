/**
 * The tree of runs of the story being played, kept in step with the playthrough: every moment
 * the player reaches joins the tree, with its text and state taken off the click's path, and
 * is written to the run store when the browser is idle. A chunk of its own, loaded with the
 * saves after the first frame is painted.
 */
import {
  childrenByNode,
  choiceMarks,
  deleteRun as removeRun,
  EMPTY_TREE,
  endingsFound,
  childId,
  isOnPath,
  logTo,
  markText,
  pathTo,
  recordMove,
  recordStart,
  renameRun as retitleRun,
  ROOT,
  runById,
  runsByNode,
  type ChoiceMark,
  type MoveResult,
  type NodeBody,
  type Position,
  type Run,
  type RunBreak,
  type RunTreeData,
  type TreeNode,
} from '../branches/run-tree.ts';
import type { HistoryEntry, PlaythroughData, View } from '../engine/playthrough.ts';
import { matchStep } from '../engine/replay.ts';
import {
  StorySession,
  type Frame,
  type ReplayStep,
  type Snapshot,
} from '../engine/story-session.ts';
import type { LoadedTree, RunStore } from '../persistence/run-store.ts';
import { bodyFromView, momentFromFrame, momentsOfData, nodeFromView } from './moments.ts';

const newRunId = () => crypto.randomUUID();
const now = () => new Date().toISOString();

/** A moment whose state is still to be taken: the one on screen. */
interface PendingMoment {
  readonly id: string;
  readonly view: View;
}

export class RunBook {
  tree: RunTreeData = EMPTY_TREE;
  position: Position | null = null;
  /** Bodies of the moments played in this page, by id. */
  private readonly bodies = new Map<string, NodeBody>();
  private readonly unwritten = new Set<string>();
  private readonly unwrittenRuns = new Set<string>();
  private pending: PendingMoment | null = null;
  private scratch: StorySession | null = null;

  constructor(
    private readonly json: string,
    private readonly storyHash: string,
    private readonly store: RunStore | null,
  ) {}

  /**
   * Reads the runs the store holds (if any) and matches them to this build of the story;
   * returns the warnings for the player: records that could not be read, runs that no longer
   * fit a changed story. Throws when the store cannot be read at all.
   */
  async open(): Promise<string[]> {
    const warnings: string[] = [];
    const loaded = this.store ? await this.store.load() : null;
    if (!loaded) return warnings;
    this.adoptStored(loaded);
    if (loaded.damaged.length > 0) {
      const n = loaded.damaged.length;
      warnings.push(
        `${n} record${n === 1 ? '' : 's'} of your runs could not be read and ${n === 1 ? 'is' : 'are'} left out (${loaded.damaged[0]}). Nothing was deleted.`,
      );
    }
    if (loaded.place && loaded.place.storyHash !== this.storyHash) {
      const broken = await this.rematch();
      if (broken.length > 0) {
        const names = broken.slice(0, 3).map((r) => `“${r.name}”`);
        warnings.push(
          `The story has changed since your earlier runs. ${broken.length} of them no longer fit it from some order on (${names.join(', ')}${broken.length > 3 ? ', …' : ''}); they are kept and marked with where they stopped fitting.`,
        );
      }
    }
    return warnings;
  }

  /** Takes in what the store held; moments played while it was opening are kept too. */
  adoptStored(loaded: LoadedTree): void {
    const known = new Set(loaded.tree.runs.map((r) => r.id));
    this.tree = {
      nodes: { ...loaded.tree.nodes, ...this.tree.nodes },
      runs: [...loaded.tree.runs, ...this.tree.runs.filter((r) => !known.has(r.id))],
    };
    if (loaded.place && this.tree.nodes[loaded.place.node]) {
      this.position = { run: loaded.place.run, node: loaded.place.node };
    }
  }

  // -- following the player ---------------------------------------------------------------------

  /**
   * The moment reached from `parent` by `step`: the one the tree has for that order (the same
   * text at the same target, else the only child with that text, as replays match orders), or
   * a new id.
   */
  childOf(parent: string, step: ReplayStep): string {
    const exact = childId(parent, step);
    if (this.tree.nodes[exact]) return exact;
    const sameText = Object.values(this.tree.nodes).filter(
      (n) => n.parent === parent && n.step?.text === step.text,
    );
    return sameText.length === 1 ? sameText[0]!.id : exact;
  }

  /** The ids of the moments along `log`, the start first, as the tree names them. */
  idsAlong(log: readonly ReplayStep[]): string[] {
    const ids = [ROOT];
    for (const step of log) ids.push(this.childOf(ids[ids.length - 1]!, step));
    return ids;
  }

  /** The player took an order and `view` shows where it led. */
  trackMove(view: View): void {
    const from = this.position;
    if (!from) {
      this.adopt(view, null);
      return;
    }
    // The moment just left: its state is the snapshot the playthrough took before the order.
    const before = view.history.at(-1)?.snapshot;
    if (this.pending && before) this.keepBody(this.pending, before);
    const made = nodeFromView(from.node, view);
    const node = { ...made, id: made.step ? this.childOf(from.node, made.step) : made.id };
    this.apply(recordMove(this.tree, from, node, now(), newRunId));
    if (!this.bodies.has(node.id)) this.pending = { id: node.id, view };
  }

  /** The story started again from the top. */
  trackStart(view: View): void {
    const result = recordStart(this.tree, nodeFromView(null, view), now(), newRunId);
    this.apply(result);
    if (!this.bodies.has(ROOT)) this.pending = { id: ROOT, view };
  }

  /** The player went back to moment `id` on their way (a rewind). */
  moveTo(id: string): void {
    const current = this.position ? runById(this.tree, this.position.run) : undefined;
    if (current && isOnPath(this.tree, id, current.leaf)) {
      this.position = { run: current.id, node: id };
      return;
    }
    const run = runsByNode(this.tree).get(id)?.[0];
    if (run) this.position = { run: run.id, node: id };
  }

  /**
   * Makes the moment on screen part of the tree, whatever brought it there (a resume, a slot,
   * a share link): the moments on its way that the tree lacks are added, and the player's run
   * is one through it (a new one when none passes there).
   */
  adopt(view: View, data: PlaythroughData | null): void {
    const ids = this.idsAlong(view.log);
    const leaf = ids[ids.length - 1]!;
    if (ids.some((id) => !this.tree.nodes[id]) && data) {
      const scratch = () => (this.scratch ??= new StorySession(this.json));
      let position: Position | null = null;
      for (const moment of momentsOfData(data, view, scratch)) {
        const body = moment.body;
        const id = ids[moment.node.depth] ?? moment.node.id;
        const node = {
          ...moment.node,
          id,
          parent: moment.node.parent === null ? null : (position?.node ?? null),
        };
        if (!this.bodies.has(node.id) && !this.tree.nodes[node.id]) {
          this.bodies.set(node.id, body);
          this.unwritten.add(node.id);
        }
        const result: MoveResult =
          node.parent === null
            ? recordStart(this.tree, node, now(), newRunId)
            : recordMove(this.tree, position, node, now(), newRunId);
        this.apply(result);
        position = result.position;
      }
      return;
    }
    if (!this.tree.nodes[leaf]) {
      // No data to rebuild the way: the moment on screen is the start of a new run.
      this.trackStart(view);
      return;
    }
    const current = this.position ? runById(this.tree, this.position.run) : undefined;
    if (current && isOnPath(this.tree, leaf, current.leaf)) {
      this.position = { run: current.id, node: leaf };
    } else this.moveTo(leaf);
  }

  private apply(result: MoveResult): void {
    this.tree = result.tree;
    this.position = result.position;
    this.unwrittenRuns.add(result.position.run);
  }

  private keepBody(moment: PendingMoment, snapshot: Snapshot): void {
    if (this.pending?.id === moment.id) this.pending = null;
    if (this.bodies.has(moment.id)) return;
    this.bodies.set(moment.id, bodyFromView(moment.view, snapshot));
    this.unwritten.add(moment.id);
  }

  /** Takes the state of the moment on screen, if still untaken (before leaving it, or idle). */
  keepPending(session: StorySession): void {
    if (this.pending) this.keepBody(this.pending, session.snapshot());
  }

  // -- what the views read ----------------------------------------------------------------------

  /** The marks for the orders `view` offers: how many runs took each, and where they ended. */
  marks(view: View): (ChoiceMark | null)[] {
    if (!this.position) return [];
    return choiceMarks(
      this.tree,
      this.position.node,
      view.choices.map((c) => ({ text: c.text, path: c.targetPath })),
    );
  }

  /** The same marks in the words the choice list shows ("taken twice → The First Shot"). */
  markTexts(view: View): (string | null)[] {
    return this.marks(view).map((mark) => (mark ? markText(mark) : null));
  }

  endings() {
    return endingsFound(this.tree);
  }

  currentRun(): Run | undefined {
    return this.position ? runById(this.tree, this.position.run) : undefined;
  }

  /** A moment's text and state: from this page, else from storage (null when neither fits). */
  async body(id: string): Promise<NodeBody | null> {
    const here = this.bodies.get(id);
    if (here) return here;
    const stored = await this.store?.body(id).catch(() => null);
    return stored && stored.storyHash === this.storyHash ? stored : null;
  }

  /** The orders that reach moment `id`. */
  logTo(id: string): ReplayStep[] {
    return logTo(this.tree, id);
  }

  /** The playthrough data of moment `id` rebuilt from its way's bodies, or null if one is missing. */
  async dataAt(id: string): Promise<PlaythroughData | null> {
    const path = pathTo(this.tree, id);
    const log = logTo(this.tree, id);
    const bodies: NodeBody[] = [];
    for (const node of path) {
      const body = await this.body(node.id);
      if (!body) return null;
      bodies.push(body);
    }
    let transcript: { text: string; tags: readonly string[] }[] = [];
    const history: HistoryEntry[] = [];
    path.forEach((node, i) => {
      const body = bodies[i]!;
      transcript = body.cleared ? [...body.paragraphs] : [...transcript, ...body.paragraphs];
      const next = path[i + 1];
      if (next?.step) {
        history.push({
          decision: node.decision,
          choiceText: next.step.text,
          chapter: node.chapter,
          date: node.date,
          stats: node.stats,
          snapshot: { ...body.snapshot, log: log.slice(0, i) },
        });
      }
    });
    const last = bodies[bodies.length - 1]!;
    return { current: { ...last.snapshot, log }, transcript, history };
  }

  // -- changing runs ----------------------------------------------------------------------------

  rename(id: string, name: string): void {
    this.tree = retitleRun(this.tree, id, name);
    this.unwrittenRuns.add(id);
  }

  /** Deletes a run and the moments only it passed through; never the moment on screen. */
  async delete(id: string): Promise<boolean> {
    const before = this.tree;
    const after = removeRun(before, id);
    const orphans = Object.keys(before.nodes).filter((n) => !after.nodes[n]);
    if (this.position && orphans.includes(this.position.node)) return false;
    this.tree = after;
    if (this.position?.run === id) {
      const next = runsByNode(after).get(this.position.node)?.[0];
      if (next) this.position = { run: next.id, node: this.position.node };
    }
    for (const n of orphans) this.bodies.delete(n);
    await this.store?.deleteRun(id, orphans);
    return true;
  }

  // -- storage ----------------------------------------------------------------------------------

  /** Writes what is new since the last write; on failure it stays to be written next time. */
  async write(session: StorySession): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.keepPending(session);
    const nodes = [...this.unwritten];
    const runs = [...this.unwrittenRuns];
    this.unwritten.clear();
    this.unwrittenRuns.clear();
    try {
      for (const id of nodes) {
        const node = this.tree.nodes[id];
        const body = this.bodies.get(id);
        if (node) await store.putNode(node, body ? { ...body, storyHash: this.storyHash } : null);
      }
      for (const id of runs) {
        const run = runById(this.tree, id);
        if (run) await store.putRun(run);
      }
      if (this.position) await store.putPlace({ ...this.position, storyHash: this.storyHash });
    } catch (error) {
      for (const id of nodes) this.unwritten.add(id);
      for (const id of runs) this.unwrittenRuns.add(id);
      throw error;
    }
  }

  /**
   * The story changed since the tree was last matched: replays every run's orders under this
   * build, moment by moment (each shared moment once), storing their new text and state. A run
   * that stops fitting is kept, marked with the order that no longer fits. Returns those runs.
   */
  async rematch(): Promise<Run[]> {
    const session = new StorySession(this.json);
    const children = childrenByNode(this.tree);
    const matched: Record<string, TreeNode> = {};
    const walk = async (node: TreeNode, frame: Frame): Promise<void> => {
      const snapshot = session.snapshot();
      const { node: fresh, body } = momentFromFrame(node, frame, snapshot);
      matched[node.id] = fresh;
      this.bodies.set(node.id, body);
      await this.store?.putNode(fresh, { ...body, storyHash: this.storyHash });
      for (const child of children.get(node.id) ?? []) {
        const choice = matchStep(child.step!, frame.choices);
        if (!choice) continue;
        session.restore(snapshot);
        await walk(child, session.choose(choice.index));
      }
    };
    const root = this.tree.nodes[ROOT];
    if (!root) return [];
    try {
      await walk(root, session.start());
    } catch {
      // A runtime error while replaying leaves the rest unmatched, and marked below.
    }
    const old = this.tree;
    const broken: Run[] = [];
    this.tree = {
      nodes: { ...old.nodes, ...matched },
      runs: old.runs.map((run) => {
        const mark = breakOf(pathTo(old, run.leaf), matched);
        const next = { ...run, broken: mark };
        if (mark) broken.push(next);
        if (mark || run.broken) this.unwrittenRuns.add(run.id);
        return next;
      }),
    };
    return broken;
  }
}

/** Where a run's way leaves the moments that fit the story, or null when all of it fits. */
function breakOf(path: TreeNode[], matched: Record<string, TreeNode>): RunBreak | null {
  const at = path.findIndex((n) => !matched[n.id]);
  if (at <= 0) return null;
  const step: ReplayStep = path[at]!.step!;
  const before = matched[path[at - 1]!.id];
  return {
    step: at - 1,
    decision: step.decision,
    missing: step.text,
    storyEnded: (before?.offered.length ?? 0) === 0,
  };
}
