import { describe, expect, it } from 'vitest';
import {
  choiceMarks,
  deleteRun,
  EMPTY_TREE,
  endingsFound,
  idsAlong,
  logTo,
  recordMove,
  recordStart,
  ROOT,
  runPath,
  type Position,
  type RunTreeData,
} from '../../src/branches/run-tree.ts';
import { Playthrough, type View } from '../../src/engine/playthrough.ts';
import { StorySession } from '../../src/engine/story-session.ts';
import { momentsOfData, nodeFromView } from '../../src/game/moments.ts';
import { MemoryStore } from '../../src/persistence/store.ts';
import { RunStore } from '../../src/persistence/run-store.ts';
import { RunBook } from '../../src/game/run-book.ts';
import { campaignJson } from '../fixtures/persistence/campaign-run.ts';
import { compileFixture } from './compile-fixture.ts';

const contract = compileFixture('engine/contract.ink');

/** Plays a story by order indices, recording every moment in a tree as the game does. */
class Recorder {
  tree: RunTreeData = EMPTY_TREE;
  position: Position | null = null;
  private ids = 0;
  readonly playthrough: Playthrough;
  view: View;
  constructor(json: string) {
    this.playthrough = new Playthrough(json);
    this.view = this.playthrough.start();
    this.start();
  }
  private newId = () => `run-${++this.ids}`;
  private clock = 0;
  private now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, this.clock++)).toISOString();
  start(): void {
    const r = recordStart(this.tree, nodeFromView(null, this.view), this.now(), this.newId);
    this.tree = r.tree;
    this.position = r.position;
  }
  play(orders: readonly number[]): this {
    for (const order of orders) {
      this.view = this.playthrough.choose(order);
      const node = nodeFromView(this.position!.node, this.view);
      const r = recordMove(this.tree, this.position, node, this.now(), this.newId);
      this.tree = r.tree;
      this.position = r.position;
    }
    return this;
  }
  rewind(at: number): this {
    const id = idsAlong(this.view.log)[at]!;
    this.view = this.playthrough.rewindTo(at);
    this.position = { run: this.position!.run, node: id };
    return this;
  }
  again(): this {
    this.view = this.playthrough.restart();
    this.start();
    return this;
  }
}

describe('the tree of runs', () => {
  it('names a moment by the orders that reach it, so two runs through it share it', () => {
    const a = new Recorder(contract).play([0, 0]);
    const b = new Recorder(contract).play([0, 1]);
    const [, aFirst] = idsAlong(a.view.log);
    const [, bFirst] = idsAlong(b.view.log);
    expect(aFirst).toBe(bFirst);
    expect(idsAlong(a.view.log).at(-1)).not.toBe(idsAlong(b.view.log).at(-1));
  });

  it('keeps the later road when the player rewinds and signs another order', () => {
    const r = new Recorder(contract).play([0, 0]);
    const firstLeaf = r.tree.runs[0]!.leaf;
    r.rewind(1).play([1]);
    expect(r.tree.runs).toHaveLength(2);
    expect(r.tree.runs[0]!.leaf).toBe(firstLeaf);
    const second = r.tree.runs[1]!;
    expect(second.origin).toEqual({ run: r.tree.runs[0]!.id, node: idsAlong(r.view.log)[1] });
    expect(logTo(r.tree, second.leaf).map((s) => s.text)).toEqual([
      'Hold the north',
      'Strike east',
    ]);
  });

  it('keeps the finished run when the player plays again, and follows it while the orders agree', () => {
    const r = new Recorder(contract).play([0, 0]);
    r.again().play([0]);
    expect(r.tree.runs).toHaveLength(1);
    expect(r.position?.run).toBe(r.tree.runs[0]!.id);
    r.play([1]);
    expect(r.tree.runs).toHaveLength(2);
    expect(runPath(r.tree, r.tree.runs[1]!)).toHaveLength(3);
  });

  it('marks the orders taken at a moment with how many runs took them and their endings', () => {
    const r = new Recorder(contract).play([0, 0]);
    r.again().play([1, 0]).again().play([1, 1]).again();
    const root = r.tree.nodes[ROOT]!;
    const marks = choiceMarks(r.tree, ROOT, root.offered);
    expect(marks.map((m) => m?.runs)).toEqual([1, 2]);
    expect(marks[1]?.endings.map((e) => e.title)).toEqual(['A Quiet End']);
    expect([...endingsFound(r.tree).keys()]).toEqual(['quiet-end']);
  });

  it('deletes a run but keeps the moments another run passes through', () => {
    const r = new Recorder(contract).play([0, 0]).rewind(1).play([1]);
    const [first, second] = r.tree.runs;
    const after = deleteRun(r.tree, first!.id);
    expect(after.runs.map((x) => x.id)).toEqual([second!.id]);
    expect(after.nodes[first!.leaf]).toBeUndefined();
    expect(runPath(after, after.runs[0]!)).toHaveLength(3);
  });
});

describe('stored moments', () => {
  it('rebuilds every moment of a run from its data, as playing it recorded them', () => {
    const r = new Recorder(contract).play([1, 1]);
    const moments = momentsOfData(r.playthrough.data(), r.view, () => new StorySession(contract));
    expect(moments.map((m) => m.node.id)).toEqual(idsAlong(r.view.log));
    for (const { node } of moments) expect(node).toEqual(r.tree.nodes[node.id]);
    expect(moments.flatMap((m) => m.body.paragraphs.map((p) => p.text))).toEqual(
      r.view.transcript.map((p) => p.text),
    );
  });

  it('stores each moment once, shared by every run through it, on the real campaign', async () => {
    const json = campaignJson();
    const kv = new MemoryStore();
    const store = new RunStore(kv);
    const book = new RunBook(json, 'h', store);
    const playthrough = new Playthrough(json);
    let view = playthrough.start();
    book.trackStart(view);
    while (view.choices.length > 0) {
      view = playthrough.choose(0);
      book.trackMove(view);
    }
    await book.write(playthrough.session);
    const oneRun = await store.byteSize();
    const oneRunMoments = Object.keys(book.tree.nodes).length;
    // A second run that leaves the first halfway: only its own moments are added.
    const half = Math.floor(view.log.length / 2);
    book.keepPending(playthrough.session);
    view = playthrough.rewindTo(half);
    book.moveTo(idsAlong(view.log).at(-1)!);
    while (view.choices.length > 0) {
      view = playthrough.choose(view.log.length === half ? 1 : 0);
      book.trackMove(view);
    }
    await book.write(playthrough.session);
    expect(book.tree.runs).toHaveLength(2);
    const moments = Object.keys(book.tree.nodes).length;
    expect(moments).toBeLessThan(oneRunMoments * 2);
    const perMoment = [oneRun / oneRunMoments, (await store.byteSize()) / moments];
    // The same bytes a moment whether one run or two pass through it: storage is linear.
    expect(perMoment[1]! / perMoment[0]!).toBeGreaterThan(0.8);
    expect(perMoment[1]! / perMoment[0]!).toBeLessThan(1.25);
    // And every moment can be played again from what was stored.
    const reloaded = new RunStore(kv);
    const loaded = await reloaded.load();
    expect(Object.keys(loaded.tree.nodes)).toHaveLength(moments);
    const again = new RunBook(json, 'h', reloaded);
    again.adoptStored(loaded);
    const data = await again.dataAt(book.tree.runs[0]!.leaf);
    const back = new Playthrough(json).load(data!);
    expect(back.ended).toBe(true);
    expect(back.transcript.length).toBeGreaterThan(50);
  });
});
