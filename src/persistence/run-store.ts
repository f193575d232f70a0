/**
 * The tree of runs of one story, in the story's own store beside its saves. Every moment is
 * written once, under its path-derived id, in two parts: `node:<id>` (what the tree, the marks
 * and the map need; loaded whole) and `body:<id>` (its text and the story's state; read only to
 * restore or compare it). Runs are `run:<id>`, and where the player is, `place`. So what is
 * stored grows linearly with what was played, and two tabs only ever add moments.
 */
import { z } from 'zod';
import type { NodeBody, Position, Run, RunTreeData, TreeNode } from '../branches/run-tree.ts';
import { describeIssue, statSchema } from './schema.ts';
import { storageFailure, type KeyValueStore } from './store.ts';

const NODE = 'node:';
const BODY = 'body:';
const RUN = 'run:';
const PLACE = 'place';

const text = z.string().max(20_000);
const nullableText = text.nullable();

const stepSchema = z.object({
  index: z.number().int().nonnegative(),
  text,
  path: text,
  decision: nullableText,
});

const endingSchema = z.object({ id: z.string(), title: z.string() });

export const treeNodeSchema = z.object({
  id: z.string().min(1).max(40),
  parent: z.string().max(40).nullable(),
  step: stepSchema.nullable(),
  depth: z.number().int().nonnegative(),
  decision: nullableText,
  chapter: nullableText,
  date: nullableText,
  offered: z
    .array(z.object({ text, path: text, history: z.boolean() }))
    .max(200)
    .readonly(),
  stats: z.array(statSchema).max(200).readonly(),
  ended: z.boolean(),
  ending: endingSchema.nullable(),
});

const sceneSchema = z.object({
  chapter: nullableText,
  date: nullableText,
  image: z.object({ src: z.string(), caption: nullableText }).nullable(),
  background: nullableText,
  audioLoop: nullableText,
  ending: endingSchema.nullable(),
});

export const nodeBodySchema = z.object({
  storyHash: z.string(),
  paragraphs: z
    .array(z.object({ text: z.string(), tags: z.array(z.string()).readonly() }))
    .readonly(),
  cleared: z.boolean(),
  snapshot: z.object({
    inkState: z.string(),
    scene: sceneSchema,
    decision: nullableText,
    seed: z.number().int(),
    transcriptLength: z.number().int().nonnegative(),
  }),
});

export const runSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(80),
  leaf: z.string().min(1).max(40),
  createdAt: z.string(),
  updatedAt: z.string(),
  origin: z.object({ run: z.string(), node: z.string() }).nullable(),
  broken: z
    .object({
      step: z.number().int().nonnegative(),
      decision: nullableText,
      missing: z.string(),
      storyEnded: z.boolean(),
    })
    .nullable(),
});

const placeSchema = z.object({ run: z.string(), node: z.string(), storyHash: z.string() });

/** A body as stored: the moment's text and state, and the story build it was made under. */
export type StoredBody = NodeBody & { readonly storyHash: string };

export interface LoadedTree {
  readonly tree: RunTreeData;
  /** Where the player was, and under which build of the story the tree was last matched. */
  readonly place: (Position & { readonly storyHash: string }) | null;
  /** Records that could not be read (kept in storage, left out of the tree), with why. */
  readonly damaged: readonly string[];
}

/** A moment or run in a file or another tab's storage that does not have the expected shape. */
export function checkNode(value: unknown): TreeNode | string {
  const parsed = treeNodeSchema.safeParse(value);
  return parsed.success ? parsed.data : describeIssue(parsed.error);
}

export function checkRun(value: unknown): Run | string {
  const parsed = runSchema.safeParse(value);
  return parsed.success ? parsed.data : describeIssue(parsed.error);
}

export function checkBody(value: unknown): StoredBody | string {
  const parsed = nodeBodySchema.safeParse(value);
  return parsed.success ? parsed.data : describeIssue(parsed.error);
}

export class RunStore {
  constructor(private readonly store: KeyValueStore) {}

  /** The whole tree (without bodies) and where the player was. */
  async load(): Promise<LoadedTree> {
    const keys = await this.guard(() => this.store.keys());
    const nodes: Record<string, TreeNode> = {};
    const runs: Run[] = [];
    const damaged: string[] = [];
    const wanted = keys.filter((k) => k.startsWith(NODE) || k.startsWith(RUN));
    const values = await Promise.all(wanted.map((k) => this.guard(() => this.store.get(k))));
    wanted.forEach((key, i) => {
      const value = values[i];
      if (value === null || value === undefined) return;
      if (key.startsWith(NODE)) {
        const node = checkNode(value);
        if (typeof node === 'string') damaged.push(`moment ${key.slice(NODE.length)}: ${node}`);
        else nodes[node.id] = node;
      } else {
        const run = checkRun(value);
        if (typeof run === 'string') damaged.push(`run ${key.slice(RUN.length)}: ${run}`);
        else runs.push(run);
      }
    });
    const rawPlace = await this.guard(() => this.store.get(PLACE));
    const place = placeSchema.safeParse(rawPlace);
    // A run whose moments are missing (a damaged record) is kept only as far as it is whole.
    const whole = runs.filter((r) => nodes[r.leaf]);
    for (const r of runs)
      if (!nodes[r.leaf]) damaged.push(`run “${r.name}”: its last moment is missing`);
    return {
      tree: { nodes, runs: whole.sort((a, b) => a.createdAt.localeCompare(b.createdAt)) },
      place: place.success ? place.data : null,
      damaged,
    };
  }

  /** A moment's text and state, or null when it was never stored or cannot be read. */
  async body(id: string): Promise<StoredBody | null> {
    const value = await this.guard(() => this.store.get(BODY + id));
    if (value === null || value === undefined) return null;
    const body = checkBody(value);
    return typeof body === 'string' ? null : body;
  }

  /** Writes a moment (both parts); moments are immutable, so a rewrite changes nothing. */
  async putNode(node: TreeNode, body: StoredBody | null): Promise<void> {
    await this.guard(() => this.store.set(NODE + node.id, node));
    if (body) await this.guard(() => this.store.set(BODY + node.id, body));
  }

  /** Replaces a moment's body (after the story changed and the moment was replayed under it). */
  async putBody(id: string, body: StoredBody): Promise<void> {
    await this.guard(() => this.store.set(BODY + id, body));
  }

  async putRun(run: Run): Promise<void> {
    await this.guard(() => this.store.set(RUN + run.id, run));
  }

  async putPlace(place: Position & { readonly storyHash: string }): Promise<void> {
    await this.guard(() => this.store.set(PLACE, place));
  }

  /** Removes a run and the moments (`orphans`) that no remaining run passes through. */
  async deleteRun(id: string, orphans: readonly string[]): Promise<void> {
    await this.guard(() => this.store.remove(RUN + id));
    for (const node of orphans) {
      await this.guard(() => this.store.remove(NODE + node));
      await this.guard(() => this.store.remove(BODY + node));
    }
  }

  /** Every record of the tree as stored, for an export. */
  async exportAll(): Promise<{ key: string; value: unknown }[]> {
    const keys = (await this.guard(() => this.store.keys())).filter(
      (k) => k.startsWith(NODE) || k.startsWith(BODY) || k.startsWith(RUN),
    );
    const out: { key: string; value: unknown }[] = [];
    for (const key of keys.sort()) {
      const value = await this.guard(() => this.store.get(key));
      if (value !== null && value !== undefined) out.push({ key, value });
    }
    return out;
  }

  /**
   * Adds the tree records of an export (validated one by one); moments already here are kept
   * as they are, runs already here are skipped. Returns how many runs were added.
   */
  async importAll(records: readonly { key: string; value: unknown }[]): Promise<number> {
    let runs = 0;
    const existing = new Set(await this.guard(() => this.store.keys()));
    for (const { key, value } of records) {
      if (existing.has(key)) continue;
      const ok = key.startsWith(NODE)
        ? typeof checkNode(value) !== 'string' && (value as TreeNode).id === key.slice(NODE.length)
        : key.startsWith(BODY)
          ? typeof checkBody(value) !== 'string'
          : key.startsWith(RUN)
            ? typeof checkRun(value) !== 'string' && (value as Run).id === key.slice(RUN.length)
            : false;
      if (!ok) continue;
      await this.guard(() => this.store.set(key, value));
      if (key.startsWith(RUN)) runs++;
    }
    return runs;
  }

  /** Bytes the tree takes as JSON (for the bench and the storage figures). */
  async byteSize(): Promise<number> {
    let bytes = 0;
    for (const { key, value } of await this.exportAll())
      bytes += key.length + JSON.stringify(value).length;
    return bytes;
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw storageFailure(error);
    }
  }
}
