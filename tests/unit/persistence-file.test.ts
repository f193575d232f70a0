import { afterEach, describe, expect, it } from 'vitest';
import { Playthrough } from '../../src/engine/playthrough.ts';
import { makeSaveRecord } from '../../src/persistence/record.ts';
import {
  ENVELOPE_FORMAT,
  exportFileName,
  migrateEnvelope,
  parseRecord,
  parseSaveFile,
  serialiseEnvelope,
} from '../../src/persistence/schema.ts';
import { markupJson, played, recordOf } from '../fixtures/persistence/playthrough.ts';

const MB = 1024 * 1024;

describe('the export file', () => {
  it('writes records into a versioned envelope that reads back the same', () => {
    const records = [recordOf([0]), recordOf([1, 1], { id: 'slot-1', kind: 'slot', name: 'B' })];
    const text = serialiseEnvelope(records, new Date('2026-02-03T04:05:06Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'stavka-saves',
      version: 1,
      app: 'stavka',
      exportedAt: '2026-02-03T04:05:06.000Z',
    });
    const parsed = parseSaveFile(text);
    expect(parsed).toEqual({ ok: true, records, rejected: [] });
  });

  it('accepts the current envelope version and says when a newer game made the file', () => {
    const current = JSON.parse(serialiseEnvelope([recordOf()]));
    expect(migrateEnvelope(current)).toMatchObject({ ok: true, envelope: { version: 1 } });

    const newer = migrateEnvelope({ ...current, version: 2 });
    expect(newer).toEqual({ ok: false, message: expect.stringMatching(/made by a newer version/) });
    expect(parseSaveFile(JSON.stringify({ ...current, version: 7 }))).toEqual({
      ok: false,
      message: expect.stringMatching(/made by a newer version of the game \(file format 7/),
    });
    expect(migrateEnvelope({ ...current, version: 0 })).toEqual({
      ok: false,
      message: expect.stringMatching(/file format this game does not know/),
    });
    expect(migrateEnvelope({ ...current, records: 'none' })).toEqual({
      ok: false,
      message: expect.stringMatching(/damaged: .*records/),
    });
  });

  it('names export files safely, by story, content and day', () => {
    const day = new Date('2026-05-01T12:00:00Z');
    expect(exportFileName('stavka-campaign', 'all', day)).toBe(
      'stavka-campaign-all-2026-05-01.json',
    );
    expect(exportFileName('url:/stories/Orders v2.json', 'one', day)).toBe(
      'stavka-url-stories-orders-v2-json-one-2026-05-01.json',
    );
    expect(exportFileName('../../<x>', '', day)).toBe('stavka-x-saves-2026-05-01.json');
  });
});

describe('bad save files', () => {
  const good = serialiseEnvelope([recordOf([0]), recordOf([1], { id: 's', kind: 'slot' })]);

  it('refuses a file of 50 MB by its size, before parsing it', () => {
    const padding = 'x'.repeat(50 * MB - 100);
    const huge = `{"format":"${ENVELOPE_FORMAT}","version":1,"records":["${padding}"]}`;
    expect(huge.length).toBeGreaterThan(50 * MB - 100);
    const result = parseSaveFile(huge);
    expect(result).toEqual({ ok: false, message: expect.any(String) });
    expect(!result.ok && result.message).toMatch(
      /^The file is 50\.0 MB; save files are at most 5 MB\./,
    );
    // The page can refuse by File.size without reading the file at all.
    expect(parseSaveFile('', 50 * MB)).toEqual(result);
    expect(parseSaveFile(good, { maxBytes: 100 })).toEqual({
      ok: false,
      message: expect.stringMatching(/save files are at most 0\.1 KB/),
    });
  });

  it('counts the size in bytes, not characters', () => {
    const wide = 'ж'.repeat(3 * MB); // 2 bytes each: 6 MB
    expect(parseSaveFile(wide)).toEqual({
      ok: false,
      message: expect.stringMatching(/^The file is 6\.0 MB/),
    });
  });

  it('says a truncated file ends too soon', () => {
    // Cut a tenth, half and nine tenths of the way in, and just before the last brace.
    for (const end of [0.1, 0.5, 0.9].map((f) => Math.floor(good.length * f)).concat(-1)) {
      expect(parseSaveFile(good.slice(0, end))).toEqual({
        ok: false,
        message: expect.stringMatching(/^The file is not a complete save file: it ends too soon/),
      });
    }
  });

  it('says JSON from elsewhere is not a Stavka save file', () => {
    for (const foreign of [
      '{"name":"left-pad","version":"1.3.0"}',
      '[1, 2, 3]',
      'null',
      '"stavka-saves"',
      '{"format":"other-saves","version":1,"records":[]}',
    ]) {
      expect(parseSaveFile(foreign)).toEqual({
        ok: false,
        message: 'This is not a Stavka save file. Nothing was imported.',
      });
    }
  });

  it('says text that is not JSON is not a save file, and an empty file is empty', () => {
    expect(parseSaveFile('Dear Stavka, I hold the north.')).toEqual({
      ok: false,
      message: expect.stringMatching(/not a save file: it is not JSON/),
    });
    expect(parseSaveFile('{"format": stavka}')).toEqual({
      ok: false,
      message: expect.stringMatching(/its JSON is damaged/),
    });
    expect(parseSaveFile('  \n')).toEqual({
      ok: false,
      message: 'The file is empty. Nothing was imported.',
    });
  });

  it('keeps the valid records of a file and names each bad one with its reason', () => {
    const fine = recordOf([0]);
    const brokenState = structuredClone(recordOf([1], { id: 'x', kind: 'slot', name: 'Broken' }));
    (brokenState.data.current as { inkState: string }).inkState = '{"flows":{';
    const missingField: Record<string, unknown> = { ...recordOf([1]) };
    delete missingField['storyHash'];
    const future = { ...recordOf([0]), schemaVersion: 3 };
    const text = serialiseEnvelope([fine, brokenState, missingField, future, 'hello']);

    const result = parseSaveFile(text);
    expect(result.ok && result.records).toEqual([fine]);
    expect(result.ok && result.rejected).toEqual([
      {
        index: 1,
        name: 'Broken',
        reason: 'the story state inside it is damaged (not JSON) (at data.current.inkState)',
      },
      { index: 2, name: 'Autosave', reason: 'a field is missing (at storyHash)' },
      {
        index: 3,
        name: 'Autosave',
        reason: expect.stringMatching(/made by a newer version of the game/),
      },
      { index: 4, name: null, reason: 'it is text, not a saved game' },
    ]);
  });

  it('rejects a corrupt record deep in its history with a readable reason', () => {
    const record = structuredClone(recordOf([0, 1]));
    (record.data.history[1]!.snapshot as { inkState: string }).inkState = '[1, 2]';
    expect(parseRecord(record)).toEqual({
      problem:
        'the story state inside it is not an ink save (at data.history[1].snapshot.inkState)',
    });
    const wrongType = structuredClone(recordOf([0]));
    (wrongType.data.transcript[0] as { text: unknown }).text = 42;
    expect(parseRecord(wrongType)).toEqual({
      problem: 'a field holds a number where string was expected (at data.transcript[0].text)',
    });
    expect(parseRecord({ ...recordOf(), name: 'x'.repeat(81) })).toEqual({
      problem: "the save's name is longer than 80 characters (at name)",
    });
    expect(parseRecord({ ...recordOf(), savedAt: 'yesterday' })).toEqual({
      problem: 'a field is not in the expected format (at savedAt)',
    });
  });
});

describe('text that looks like HTML or script', () => {
  afterEach(() => {
    delete (globalThis as { pwned?: unknown }).pwned;
  });

  it('survives in names and transcript verbatim, as plain text that is never run', () => {
    const name = '<img src=x onerror="globalThis.pwned = 1"><script>globalThis.pwned = 2</script>';
    const data = played([0], markupJson);
    const record = makeSaveRecord({
      id: 'markup',
      kind: 'slot',
      name,
      storyId: 'markup',
      storyHash: 'h',
      data,
      tabId: 't',
      revision: 0,
    });
    const result = parseSaveFile(serialiseEnvelope([record]));
    expect(result.ok && result.rejected).toEqual([]);
    const back = result.ok ? result.records[0] : undefined;
    expect(back).toEqual(record);
    expect(back?.name).toBe(name);
    expect(back?.data.transcript.map((p) => p.text)).toEqual([
      "<script>globalThis.pwned = 'line'</script> The wire arrives.",
      'You attack with <i>everything</i>.',
    ]);
    expect(back?.log[0]?.text).toBe("<script>globalThis.pwned = 'choice'</script> Attack");
    // The story takes it back and goes on, and nothing in it ran.
    const view = new Playthrough(markupJson).load(back!.data);
    expect(view.transcript[0]?.text).toContain('<script>');
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('ignores __proto__ keys in a file instead of letting them reach any object', () => {
    const text = serialiseEnvelope([recordOf()]).replace(
      '"schemaVersion":2',
      '"__proto__":{"polluted":true},"schemaVersion":2',
    );
    expect(text).toContain('__proto__');
    const result = parseSaveFile(text);
    expect(result.ok && result.records.length).toBe(1);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.records[0])).toBe(Object.prototype);
  });
});
