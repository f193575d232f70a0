/**
 * The moments of a playthrough as nodes of the tree of runs: what the engine shows (a view, a
 * run's data) turned into the plain records that `src/branches` and the run store keep.
 */
import { ROOT, childId, type NodeBody, type TreeNode } from '../branches/run-tree.ts';
import type { PlaythroughData, View } from '../engine/playthrough.ts';
import type { ChoiceView, Frame, Snapshot, StorySession } from '../engine/story-session.ts';
import type { StatValue } from '../engine/stats.ts';

function offeredOf(choices: readonly ChoiceView[]) {
  return choices.map((c) => ({ text: c.text, path: c.targetPath, history: c.meta.history }));
}

/** A snapshot without its log (the path to the moment is the log). */
export function stripLog(snapshot: Snapshot): NodeBody['snapshot'] {
  const { inkState, scene, decision, seed, transcriptLength } = snapshot;
  return { inkState, scene, decision, seed, transcriptLength };
}

/** The moment `view` shows, reached from `parent` (null at the start) by the log's last order. */
export function nodeFromView(parent: string | null, view: View): TreeNode {
  const step = parent === null ? null : (view.log.at(-1) ?? null);
  return {
    id: parent === null || !step ? ROOT : childId(parent, step),
    parent: step ? parent : null,
    step,
    depth: view.log.length,
    decision: view.decision,
    chapter: view.scene.chapter,
    date: view.scene.date,
    offered: offeredOf(view.choices),
    stats: view.stats,
    ended: view.ended,
    ending: view.ended ? view.scene.ending : null,
  };
}

/** The text `view` added on arriving at its moment, with that moment's state. */
export function bodyFromView(view: View, snapshot: Snapshot): NodeBody {
  return {
    paragraphs: view.transcript.slice(view.newFrom).map((p) => ({ text: p.text, tags: p.tags })),
    cleared: view.cleared,
    snapshot: stripLog(snapshot),
  };
}

/**
 * Every moment of a run's data, the start first, with its body: used when a run reaches the
 * tree some other way than by playing (an old save, a slot, an import, a share link). Each
 * moment's orders on offer are read by restoring its snapshot in `scratch`.
 */
export function momentsOfData(
  data: PlaythroughData,
  current: View,
  scratch: () => StorySession,
): { node: TreeNode; body: NodeBody }[] {
  const log = data.current.log;
  const snapshots = [...data.history.map((h) => h.snapshot), data.current];
  const lengths = snapshots.map((s) => s.transcriptLength);
  // Text before the last CLEAR is no longer in the transcript; those moments keep none.
  let lastClear = 0;
  for (let i = 1; i < lengths.length; i++) if (lengths[i]! < lengths[i - 1]!) lastClear = i;
  const moments: { node: TreeNode; body: NodeBody }[] = [];
  let parent: string | null = null;
  snapshots.forEach((snapshot, i) => {
    const last = i === snapshots.length - 1;
    const frame = last ? null : scratch().restore(snapshot);
    const stats: readonly StatValue[] = last ? current.stats : (data.history[i]?.stats ?? []);
    const step = i === 0 ? null : (log[i - 1] ?? null);
    const id: string = parent === null || !step ? ROOT : childId(parent, step);
    const from = i === 0 || lengths[i]! < lengths[i - 1]! ? 0 : lengths[i - 1]!;
    const paragraphs =
      i < lastClear ? [] : data.transcript.slice(from, lengths[i]).map((p) => ({ ...p }));
    moments.push({
      node: {
        id,
        parent: step ? parent : null,
        step,
        depth: i,
        decision: snapshot.decision,
        chapter: snapshot.scene.chapter,
        date: snapshot.scene.date,
        offered: offeredOf(frame ? frame.choices : current.choices),
        stats,
        ended: last && current.ended,
        ending: last && current.ended ? current.scene.ending : null,
      },
      body: { paragraphs, cleared: i > 0 && from === 0, snapshot: stripLog(snapshot) },
    });
    parent = id;
  });
  return moments;
}

/** `node` as the story now plays it (after a change), from the frame that reaches it. */
export function momentFromFrame(
  node: TreeNode,
  frame: Frame,
  snapshot: Snapshot,
): { node: TreeNode; body: NodeBody } {
  return {
    node: {
      ...node,
      decision: frame.decision,
      chapter: frame.scene.chapter,
      date: frame.scene.date,
      offered: offeredOf(frame.choices),
      stats: frame.stats,
      ended: frame.ended,
      ending: frame.ended ? frame.scene.ending : null,
    },
    body: {
      paragraphs: frame.paragraphs.map((p) => ({ text: p.text, tags: p.tags })),
      cleared: frame.cleared,
      snapshot: stripLog(snapshot),
    },
  };
}
