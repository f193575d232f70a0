/**
 * What crosses storage or a file, as zod schemas: a save record, and the versioned envelope
 * that export files use. Everything read back is validated here before the game touches it.
 */
import { z } from 'zod';

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

const inkStateSchema = z.string().refine(
  (text) => {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    } catch {
      return false;
    }
  },
  { message: 'the story state inside it is damaged' },
);

const snapshotSchema = z.object({
  inkState: inkStateSchema,
  scene: sceneSchema,
  decision: nullableText,
  log: z.array(replayStepSchema),
  seed: z.number(),
  transcriptLength: z.number().int().nonnegative(),
});

const statSchema = z.object({
  variable: z.string(),
  label: z.string(),
  kind: z.enum(['number', 'list', 'text', 'boolean', 'missing']),
  value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string()), z.null()]),
});

export const playthroughDataSchema = z.object({
  current: snapshotSchema,
  transcript: z.array(z.object({ text: z.string(), tags: z.array(z.string()) })),
  history: z.array(
    z.object({
      decision: nullableText,
      choiceText: z.string(),
      chapter: nullableText,
      date: nullableText,
      stats: z.array(statSchema),
      snapshot: snapshotSchema,
    }),
  ),
});

export const SCHEMA_VERSION = 1;

export const saveRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  kind: z.enum(['autosave', 'slot']),
  name: z.string().min(1).max(80),
  storyId: z.string().min(1),
  storyHash: z.string(),
  savedAt: z.iso.datetime(),
  chapter: nullableText,
  date: nullableText,
  seed: z.number(),
  log: z.array(replayStepSchema),
  data: playthroughDataSchema,
  revision: z.number().int().nonnegative(),
  tabId: z.string(),
});

export type SaveRecord = z.infer<typeof saveRecordSchema>;

export const ENVELOPE_FORMAT = 'stavka-saves';
export const ENVELOPE_VERSION = 1;

const envelopeSchema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  app: z.literal('stavka'),
  exportedAt: z.string(),
  records: z.array(z.unknown()),
});

/** Save files larger than this are refused before they are read. */
export const MAX_SAVE_FILE_BYTES = 5 * 1024 * 1024;

export type ParsedSaveFile =
  | {
      readonly ok: true;
      readonly records: SaveRecord[];
      readonly rejected: { readonly index: number; readonly reason: string }[];
    }
  | { readonly ok: false; readonly message: string };

/** A readable reason from a zod error: the first problem and where it is. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not have the expected shape';
  const where = issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
  return `${issue.message}${where}`;
}

/** Validates one stored record. */
export function parseRecord(value: unknown): { record: SaveRecord } | { problem: string } {
  const result = saveRecordSchema.safeParse(value);
  return result.success ? { record: result.data } : { problem: describeIssue(result.error) };
}

export function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads an export file's text: the envelope, each record validated on its own. */
export function parseSaveFile(text: string, byteLength = text.length): ParsedSaveFile {
  if (byteLength > MAX_SAVE_FILE_BYTES) {
    return {
      ok: false,
      message: `The file is ${formatBytes(byteLength)}; save files are at most ${formatBytes(MAX_SAVE_FILE_BYTES)}. Nothing was imported.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const trimmed = text.trim();
    const looksCut = trimmed.startsWith('{') && !trimmed.endsWith('}');
    return {
      ok: false,
      message: looksCut
        ? 'The file is not a complete save file: it ends too soon (was it cut off while copying?). Nothing was imported.'
        : 'The file is not a save file: it is not JSON. Nothing was imported.',
    };
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== ENVELOPE_FORMAT
  ) {
    return { ok: false, message: 'This is not a Stavka save file. Nothing was imported.' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > ENVELOPE_VERSION) {
    return {
      ok: false,
      message: `This save file was made by a newer version of the game (format ${version}); this one reads format ${ENVELOPE_VERSION}. Nothing was imported.`,
    };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      message: `The save file is damaged: ${describeIssue(envelope.error)}. Nothing was imported.`,
    };
  }
  const records: SaveRecord[] = [];
  const rejected: { index: number; reason: string }[] = [];
  envelope.data.records.forEach((value, index) => {
    const parsed = parseRecord(value);
    if ('record' in parsed) records.push(parsed.record);
    else rejected.push({ index, reason: parsed.problem });
  });
  return { ok: true, records, rejected };
}

/** Writes records into a versioned export envelope. */
export function serialiseEnvelope(records: readonly unknown[], now = new Date()): string {
  return JSON.stringify(
    {
      format: ENVELOPE_FORMAT,
      version: ENVELOPE_VERSION,
      app: 'stavka',
      exportedAt: now.toISOString(),
      records,
    },
    null,
    1,
  );
}

/** A file name for an export: `stavka-<story>-<what>-<date>.json`. */
export function exportFileName(storyId: string, what: string, now = new Date()): string {
  const safe = (s: string) =>
    s
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
  return `stavka-${safe(storyId) || 'story'}-${safe(what)}-${now.toISOString().slice(0, 10)}.json`;
}
