/**
 * What crosses storage or a file, as zod schemas: a save record, and the versioned envelope
 * that export files use. Everything read back is validated here before the game touches it;
 * nothing read is ever evaluated or rendered, only parsed as JSON and checked.
 */
import { z } from 'zod';

// zod compiles its object parsers with `new Function` unless told not to; the site's
// Content-Security-Policy forbids that, and even zod's probe for it would be reported.
z.config({ jitless: true });

// ---------------------------------------------------------------------------------------------
// Save records
// ---------------------------------------------------------------------------------------------

const nullableText = z.string().nullable();

const sceneSchema = z.object({
  chapter: nullableText,
  date: nullableText,
  image: z.object({ src: z.string(), caption: nullableText }).nullable(),
  background: nullableText,
  audioLoop: nullableText,
  ending: z.object({ id: z.string(), title: z.string() }).nullable(),
});

const replayStepSchema = z.object({
  index: z.number().int().nonnegative(),
  text: z.string(),
  path: z.string(),
  decision: nullableText,
});

/** The ink runtime's own save: a JSON object inside a string. */
const inkStateSchema = z.string().superRefine((text, ctx) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'the story state inside it is damaged (not JSON)' });
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'the story state inside it is not an ink save' });
  }
});

const snapshotSchema = z.object({
  inkState: inkStateSchema,
  scene: sceneSchema,
  decision: nullableText,
  log: z.array(replayStepSchema).readonly(),
  seed: z.number().int(),
  transcriptLength: z.number().int().nonnegative(),
});

/** A stat's value at a moment, as the engine reads it. */
export const statSchema = z.object({
  variable: z.string(),
  label: z.string(),
  kind: z.enum(['number', 'list', 'text', 'boolean', 'missing']),
  value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string()).readonly(), z.null()]),
});

/**
 * A history entry's snapshot as stored from version 2 on: without its replay log, which is the
 * first steps of the run's own log. Version 1 kept a copy of the log in every snapshot, so a
 * run of n decisions stored n²/2 steps; both are read.
 */
const storedSnapshotSchema = snapshotSchema.extend({
  log: z.array(replayStepSchema).readonly().optional(),
});

const historyEntrySchema = z.object({
  decision: nullableText,
  choiceText: z.string(),
  chapter: nullableText,
  date: nullableText,
  stats: z.array(statSchema).readonly(),
  snapshot: storedSnapshotSchema,
});

const storedDataSchema = z.object({
  current: snapshotSchema,
  transcript: z
    .array(z.object({ text: z.string(), tags: z.array(z.string()).readonly() }))
    .readonly(),
  history: z.array(historyEntrySchema).readonly(),
});

/** The engine's `PlaythroughData`, checked deeply; each snapshot's log is rebuilt from the run's. */
export const playthroughDataSchema = storedDataSchema.transform((data) => ({
  ...data,
  history: data.history.map((entry, i) => ({
    ...entry,
    snapshot: { ...entry.snapshot, log: entry.snapshot.log ?? data.current.log.slice(0, i) },
  })) as readonly (z.output<typeof historyEntrySchema> & {
    readonly snapshot: z.output<typeof snapshotSchema>;
  })[],
}));

/** The version of the save record this build writes. */
export const SCHEMA_VERSION = 2;
/** The oldest version it still reads. */
export const OLDEST_SCHEMA_VERSION = 1;

/** Longest name a save slot may have. */
export const MAX_NAME_LENGTH = 80;

export const saveRecordSchema = z.object({
  schemaVersion: z.union([z.literal(OLDEST_SCHEMA_VERSION), z.literal(SCHEMA_VERSION)]),
  id: z.string().min(1).max(200),
  kind: z.enum(['autosave', 'slot']),
  name: z
    .string()
    .min(1, 'the save has no name')
    .max(MAX_NAME_LENGTH, `the save's name is longer than ${MAX_NAME_LENGTH} characters`),
  storyId: z.string().min(1),
  storyHash: z.string(),
  savedAt: z.iso.datetime({ offset: true }),
  chapter: nullableText,
  date: nullableText,
  seed: z.number().int(),
  log: z.array(replayStepSchema).readonly(),
  data: playthroughDataSchema,
  revision: z.number().int().nonnegative(),
  tabId: z.string(),
});

/** A saved game as read (validated: only ever produced by the schema or the engine). */
export type SaveRecord = z.output<typeof saveRecordSchema>;
/** A saved game as written: history snapshots without their copies of the log. */
export type StoredSaveRecord = z.input<typeof saveRecordSchema>;
export type SaveKind = SaveRecord['kind'];

/**
 * A record as it is written: the current version, and each history snapshot without its copy
 * of the log (rebuilt on reading), so that a run's record grows linearly with its decisions.
 */
export function compactRecord(record: SaveRecord): StoredSaveRecord {
  return {
    ...record,
    schemaVersion: SCHEMA_VERSION,
    data: {
      ...record.data,
      history: record.data.history.map((entry) => {
        const { inkState, scene, decision, seed, transcriptLength } = entry.snapshot;
        return { ...entry, snapshot: { inkState, scene, decision, seed, transcriptLength } };
      }),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Readable reasons
// ---------------------------------------------------------------------------------------------

function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${String(part)}`;
  }
  return text;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** A readable reason from a zod error: the first problem and where it is. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not have the expected shape';
  const where = issue.path.length > 0 ? ` (at ${pathText(issue.path)})` : '';
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_type' || issue.code === 'invalid_value') {
    if (input === undefined) return `a field is missing${where}`;
    if (issue.code === 'invalid_value')
      return `a field has a value this game does not know${where}`;
    return `a field holds ${kindOf(input)} where ${issue.expected} was expected${where}`;
  }
  if (issue.code === 'invalid_format') return `a field is not in the expected format${where}`;
  return `${issue.message}${where}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates one record read from storage or a file; says why when it cannot be used. Records
 * of a later schema version are refused by name rather than by a puzzling field error.
 */
export function parseRecord(value: unknown): { record: SaveRecord } | { problem: string } {
  if (!isObject(value)) return { problem: `it is ${kindOf(value)}, not a saved game` };
  const version = value['schemaVersion'];
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      problem: `it was made by a newer version of the game (save format ${version}; this one reads ${SCHEMA_VERSION})`,
    };
  }
  if (typeof version !== 'number' || version < OLDEST_SCHEMA_VERSION || !Number.isInteger(version))
    return { problem: 'it has no save format this game knows' };
  const result = saveRecordSchema.safeParse(value, { reportInput: true });
  return result.success ? { record: result.data } : { problem: describeIssue(result.error) };
}

// ---------------------------------------------------------------------------------------------
// Export files
// ---------------------------------------------------------------------------------------------

export const ENVELOPE_FORMAT = 'stavka-saves';
/** The envelope version this build writes and the newest it reads. */
export const ENVELOPE_VERSION = 1;
export const ENVELOPE_APP = 'stavka';

const envelopeV1Schema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(1),
  app: z.literal(ENVELOPE_APP),
  exportedAt: z.iso.datetime({ offset: true }),
  // Each record is validated on its own, so that one bad record does not sink the others.
  records: z.array(z.unknown()),
});

/** An export file's envelope in the current version, its records not yet validated. */
export type SaveEnvelope = z.infer<typeof envelopeV1Schema>;

export type MigratedEnvelope =
  | { readonly ok: true; readonly envelope: SaveEnvelope }
  | { readonly ok: false; readonly message: string };

const NOTHING_IMPORTED = 'Nothing was imported.';

/** A file's version as a message may quote it: never the file's own text at length. */
function versionText(version: unknown): string {
  if (version === undefined) return 'none';
  if (typeof version === 'number') return String(version);
  if (typeof version === 'string' && version.length <= 20 && !/[<>]/.test(version)) {
    return JSON.stringify(version);
  }
  return kindOf(version);
}

/**
 * Brings a parsed export file to the current envelope version. Version 1 is the only one so
 * far; a later version says it was made by a newer version of the game instead of guessing.
 */
export function migrateEnvelope(value: unknown): MigratedEnvelope {
  if (!isObject(value) || value['format'] !== ENVELOPE_FORMAT) {
    return { ok: false, message: `This is not a Stavka save file. ${NOTHING_IMPORTED}` };
  }
  const version = value['version'];
  if (typeof version === 'number' && version > ENVELOPE_VERSION) {
    return {
      ok: false,
      message: `This save file was made by a newer version of the game (file format ${version}; this one reads up to ${ENVELOPE_VERSION}). Update the game to import it. ${NOTHING_IMPORTED}`,
    };
  }
  if (version !== 1) {
    return {
      ok: false,
      message: `This save file has a file format this game does not know (${versionText(version)}). ${NOTHING_IMPORTED}`,
    };
  }
  const envelope = envelopeV1Schema.safeParse(value, { reportInput: true });
  if (!envelope.success) {
    return {
      ok: false,
      message: `The save file is damaged: ${describeIssue(envelope.error)}. ${NOTHING_IMPORTED}`,
    };
  }
  return { ok: true, envelope: envelope.data };
}

/** Save files larger than this are refused before they are parsed. */
export const MAX_SAVE_FILE_BYTES = 5 * 1024 * 1024;

export interface RejectedRecord {
  /** 0-based position of the record in the file. */
  readonly index: number;
  /** The record's name, when it has a readable one. */
  readonly name: string | null;
  readonly reason: string;
}

export type ParsedSaveFile =
  | {
      readonly ok: true;
      readonly records: SaveRecord[];
      /** Records that failed validation; the valid ones are still in `records`. */
      readonly rejected: RejectedRecord[];
    }
  | { readonly ok: false; readonly message: string };

export interface ParseSaveFileOptions {
  /** The largest file accepted; 5 MB by default. */
  readonly maxBytes?: number;
  /** The file's size in bytes when it is known without reading it (`File.size`). */
  readonly byteLength?: number;
}

/** A size as players read it: "50.0 MB", "12.5 KB"; `whole` drops a ".0" ("5 MB"). */
export function formatBytes(bytes: number, whole = false): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  const text = value.toFixed(1);
  return `${whole && text.endsWith('.0') ? text.slice(0, -2) : text} ${unit}`;
}

/** The UTF-8 size of `text`, without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      // A surrogate pair: one code point of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether `text` stops inside an object, array or string: what a file cut off while copying
 * looks like. The parser's error position, when it gives one, must also be at the end.
 */
function endsTooSoon(text: string, error: unknown): boolean {
  const trimmed = text.trimEnd();
  if (!/^\s*[[{]/.test(trimmed)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  if (!inString && depth <= 0) return false;
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined || Number(position) >= trimmed.length - 1;
}

/**
 * Reads an export file's text: checks its size, parses it as JSON (nothing else), migrates the
 * envelope, and validates each record on its own. A number as the second argument is the
 * file's byte length (as the page knows it from `File.size`).
 */
export function parseSaveFile(
  text: string,
  options: ParseSaveFileOptions | number = {},
): ParsedSaveFile {
  const { maxBytes = MAX_SAVE_FILE_BYTES, byteLength } =
    typeof options === 'number' ? { byteLength: options } : options;
  // No UTF-8 text is shorter in bytes than in UTF-16 units, so short text needs no count.
  const size = byteLength ?? (text.length * 3 <= maxBytes ? text.length : utf8ByteLength(text));
  if (size > maxBytes) {
    return {
      ok: false,
      message: `The file is ${formatBytes(size)}; save files are at most ${formatBytes(maxBytes, true)}. ${NOTHING_IMPORTED}`,
    };
  }
  if (text.trim() === '') {
    return { ok: false, message: `The file is empty. ${NOTHING_IMPORTED}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: endsTooSoon(text, error)
        ? `The file is not a complete save file: it ends too soon (was it cut off while copying?). ${NOTHING_IMPORTED}`
        : /^\s*[[{]/.test(text)
          ? `The file is not a save file: its JSON is damaged. ${NOTHING_IMPORTED}`
          : `The file is not a save file: it is not JSON. ${NOTHING_IMPORTED}`,
    };
  }
  const migrated = migrateEnvelope(json);
  if (!migrated.ok) return migrated;
  const records: SaveRecord[] = [];
  const rejected: RejectedRecord[] = [];
  migrated.envelope.records.forEach((value, index) => {
    const parsed = parseRecord(value);
    if ('record' in parsed) {
      records.push(parsed.record);
      return;
    }
    const name = isObject(value) && typeof value['name'] === 'string' ? value['name'] : null;
    rejected.push({ index, name, reason: parsed.problem });
  });
  return { ok: true, records, rejected };
}

/**
 * Writes records into a versioned export envelope. Records are written as stored, damaged
 * ones included, so that exporting never loses anything.
 */
export function serialiseEnvelope(records: readonly unknown[], now = new Date()): string {
  return JSON.stringify({
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    exportedAt: now.toISOString(),
    app: ENVELOPE_APP,
    records,
  });
}

/** A file name for an export: `stavka-<story>-<what>-<yyyy-mm-dd>.json`, safe on every system. */
export function exportFileName(storyId: string, what: string, now = new Date()): string {
  const safe = (s: string) =>
    s
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60);
  const parts = ['stavka', safe(storyId) || 'story', safe(what) || 'saves'];
  // The campaign's id already starts with "stavka".
  if (parts[1]?.startsWith('stavka')) parts.shift();
  return `${parts.join('-')}-${now.toISOString().slice(0, 10)}.json`;
}
