/** Builds save records from a playthrough's data. */
import type { PlaythroughData } from '../engine/playthrough.ts';
import { MAX_NAME_LENGTH, SCHEMA_VERSION, type SaveKind, type SaveRecord } from './schema.ts';

export interface RecordInput {
  readonly id: string;
  readonly kind: SaveKind;
  readonly name: string;
  readonly storyId: string;
  /** A hash of the compiled story the run was played under. */
  readonly storyHash: string;
  readonly data: PlaythroughData;
  /** The tab that writes the record (see SaveStore.autosave). */
  readonly tabId: string;
  readonly revision: number;
  readonly now?: Date;
}

/**
 * A save name as stored: spaces collapsed and trimmed, at most 80 characters (never cutting a
 * character in half). Empty when nothing is left.
 */
export function normaliseSaveName(name: string): string {
  const text = name.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_NAME_LENGTH) return text;
  let out = '';
  for (const c of text) {
    if (out.length + c.length > MAX_NAME_LENGTH) break;
    out += c;
  }
  return out.trimEnd();
}

/** The name a save gets when none is given: where the run is, else "Save". */
export function defaultSaveName(data: PlaythroughData): string {
  const { chapter, date } = data.current.scene;
  return normaliseSaveName([chapter, date].filter(Boolean).join(', ')) || 'Save';
}

/** A record of `data`, with chapter, date, seed and replay log read from its current moment. */
export function makeSaveRecord(input: RecordInput): SaveRecord {
  const { current } = input.data;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    kind: input.kind,
    name: normaliseSaveName(input.name) || defaultSaveName(input.data),
    storyId: input.storyId,
    storyHash: input.storyHash,
    savedAt: (input.now ?? new Date()).toISOString(),
    chapter: current.scene.chapter,
    date: current.scene.date,
    seed: current.seed,
    log: [...current.log],
    // The engine's data is plain and never mutated after it is made; storage copies it.
    data: input.data,
    revision: input.revision,
    tabId: input.tabId,
  };
}
