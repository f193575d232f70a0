/**
 * Property-based fuzzing of save import: mutated, truncated and foreign files, each refused
 * with a clear message or loaded correctly, and the saves already stored left exactly as they
 * were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Playthrough } from '../../src/engine/playthrough.ts';
import { SaveStore } from '../../src/persistence/saves.ts';
import { parseSaveFile, serialiseEnvelope } from '../../src/persistence/schema.ts';
import { MemoryStore } from '../../src/persistence/store.ts';
import { contractJson, recordOf } from '../fixtures/persistence/playthrough.ts';

const RUNS_EACH = 300;

const autosave = recordOf([0]);
const slot = recordOf([1], { id: 'mine', kind: 'slot', name: 'Mine' });

/** A store with a game in progress and a slot. */
async function setting() {
  const mine = new SaveStore(new MemoryStore(), 'contract');
  await mine.autosave(autosave, 0);
  await mine.saveSlot(slot);
  return { mine };
}

/** Another browser's export: its autosave and a slot. */
async function otherExport(): Promise<string> {
  const theirs = new SaveStore(new MemoryStore(), 'contract');
  await theirs.autosave(recordOf([0, 1], { tabId: 'theirs' }), 0);
  await theirs.saveSlot(recordOf([1, 0], { id: 'theirs', kind: 'slot', name: 'Theirs' }));
  return serialiseEnvelope(await theirs.exportAll());
}

const exported = await otherExport();

let tried = 0;
const outcomes = { refused: 0, partly: 0, imported: 0 };

/**
 * Imports `text` into a fresh copy of the setting and checks the property: a clear refusal,
 * or valid records that load, and in every case the saves already there unchanged.
 */
async function importChecked(text: string): Promise<void> {
  tried++;
  const { mine } = await setting();
  const before = await mine.exportAll();
  const parsed = parseSaveFile(text);
  if (!parsed.ok) {
    // Short, and never the file's own text played back.
    expect(parsed.message.length).toBeLessThan(300);
    expect(parsed.message).toMatch(/^(The|This) [^<>]+\. Nothing was imported\.$/);
    outcomes.refused++;
    expect(await mine.exportAll()).toEqual(before);
    return;
  }
  for (const rejected of parsed.rejected) expect(rejected.reason).toMatch(/^[a-z]/i);
  if (parsed.rejected.length > 0) outcomes.partly++;
  const { added } = await mine.importRecords(parsed.records);
  if (added > 0) outcomes.imported++;
  const after = await mine.exportAll();
  // What was there is still there, exactly; anything new is a slot that loads or says why not.
  expect(after.slice(0, before.length)).toEqual(
    before.slice(0, 1).concat(after.slice(1, before.length)),
  );
  for (const stored of before) expect(after).toContainEqual(stored);
  expect(after.length).toBe(before.length + added);
  for (const slot of await mine.listSlots()) {
    if (slot.problem) {
      expect(slot.problem).toMatch(/cannot be loaded/);
      continue;
    }
    const record = await mine.loadSlot(slot.id);
    try {
      new Playthrough(contractJson).load(record.data);
    } catch (error) {
      // A state that no longer fits the story is said so; the game then replays the log.
      expect((error as Error).message).toMatch(/does not fit the story/);
    }
  }
}

/** The export with one character replaced, inserted or deleted at each of a few places. */
const characterMutations = fc
  .array(
    fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'insert', 'delete'),
      char: fc.constantFrom(
        '"',
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '0',
        '-',
        'x',
        '\\',
        ' ',
        'é',
        '\u0000',
      ),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((edits) => {
    let text = exported;
    for (const { at, kind, char } of edits) {
      const i = at % (text.length + 1);
      const skip = kind === 'insert' ? 0 : 1;
      text = text.slice(0, i) + (kind === 'delete' ? '' : char) + text.slice(i + skip);
    }
    return text;
  });

/** A path into the parsed export, and a value to put there (or nothing, to delete). */
const valueMutations = fc
  .tuple(
    fc.array(fc.nat(), { minLength: 1, maxLength: 9 }),
    fc.option(fc.jsonValue(), { nil: undefined }),
  )
  .map(([steps, value]) => {
    const root = JSON.parse(exported) as unknown;
    let node = root as Record<string, unknown>;
    for (let depth = 0; depth < steps.length; depth++) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[steps[depth]! % keys.length]!;
      const child = node[key];
      if (depth === steps.length - 1 || typeof child !== 'object' || child === null) {
        if (value === undefined) delete node[key];
        else node[key] = value;
        break;
      }
      node = child as Record<string, unknown>;
    }
    return JSON.stringify(root);
  });

const foreign = fc.oneof(
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((records) =>
    JSON.stringify({
      format: 'stavka-saves',
      version: 1,
      app: 'stavka',
      exportedAt: '2026-01-01T00:00:00Z',
      records,
    }),
  ),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '{"format":"stavka-saves","version":2}',
    'null',
    '[]',
    '\ufeff{}',
  ),
);

describe('importing a save file', () => {
  it('refuses a truncated file with a clear message, wherever it was cut', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: exported.length - 1 }), (cut) =>
        importChecked(exported.slice(0, cut)),
      ),
      { numRuns: RUNS_EACH, seed: 1 },
    );
  });

  it('refuses or loads a file with characters changed, never losing a stored save', async () => {
    await fc.assert(fc.asyncProperty(characterMutations, importChecked), {
      numRuns: RUNS_EACH,
      seed: 2,
    });
  });

  it('refuses or loads a file with any field replaced or removed, record by record', async () => {
    await fc.assert(fc.asyncProperty(valueMutations, importChecked), {
      numRuns: RUNS_EACH,
      seed: 3,
    });
  });

  it('refuses foreign input: any text, any JSON, any records', async () => {
    await fc.assert(fc.asyncProperty(foreign, importChecked), { numRuns: RUNS_EACH, seed: 4 });
    // All of the above together: at least a thousand inputs, of every outcome.
    expect(tried).toBeGreaterThanOrEqual(1000);
    expect(outcomes.refused).toBeGreaterThan(100);
    expect(outcomes.partly).toBeGreaterThan(10);
    expect(outcomes.imported).toBeGreaterThan(10);
  });
});
