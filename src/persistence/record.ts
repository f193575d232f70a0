/** Builds a save record from a playthrough's data. */
import type { PlaythroughData } from '../engine/playthrough.ts';
import { SCHEMA_VERSION, type SaveRecord } from './schema.ts';

export interface RecordInput {
  readonly id: string;
  readonly kind: SaveRecord['kind'];
  readonly name: string;
  readonly storyId: string;
  readonly storyHash: string;
  readonly data: PlaythroughData;
  readonly tabId: string;
  readonly revision: number;
  readonly now?: Date;
}

export function makeSaveRecord(input: RecordInput): SaveRecord {
  const { current } = input.data;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    kind: input.kind,
    name: input.name,
    storyId: input.storyId,
    storyHash: input.storyHash,
    savedAt: (input.now ?? new Date()).toISOString(),
    chapter: current.scene.chapter,
    date: current.scene.date,
    seed: current.seed,
    log: [...current.log],
    // Playthrough data is plain and never mutated after it is made; storage copies it anyway.
    data: input.data as SaveRecord['data'],
    revision: input.revision,
    tabId: input.tabId,
  };
}
