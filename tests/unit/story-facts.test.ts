import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createLogger } from 'vite';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { inkPlugin } from '../../src/build/vite-plugin-ink.ts';
import { StorySession } from '../../src/engine/story-session.ts';
import { dateSpan, storyDay } from '../../src/engine/story-dates.ts';
import { memberNames } from '../../src/engine/story-lists.ts';
import { checkedGlobalTags } from '../../src/engine/checked-tags.ts';
import { globalTags } from '../../src/engine/tags.ts';
import { compileFixture, fixturePath } from './compile-fixture.ts';

describe('the tag contract for the facts a story declares', () => {
  it('reads which way each stat is good, member names, the timeline, the map and the choices heading', () => {
    const g = globalTags([
      'stat: losses = Losses',
      'GOOD: losses = down',
      'good: morale = Higher',
      'name: Region.far_east = Soviet Far East',
      'name: hill = The Hill',
      'timeline: 1 November 1942 = 31 May 1943',
      'map: Region = Nobody',
      'side: ours = Us',
      'side: theirs = Them',
      'choices: Your orders',
    ]);
    expect(g.good).toEqual({ losses: 'down', morale: 'up' });
    expect(g.names).toEqual({ 'Region.far_east': 'Soviet Far East', hill: 'The Hill' });
    expect(g.timeline).toEqual({ start: '1 November 1942', end: '31 May 1943' });
    expect(g.map).toEqual({
      list: 'Region',
      neutral: 'Nobody',
      sides: [
        { variable: 'ours', name: 'Us' },
        { variable: 'theirs', name: 'Them' },
      ],
    });
    expect(g.choicesHeading).toBe('Your orders');
    expect(g.problems).toEqual([]);
  });

  it('gives neutral defaults to a story that declares none of them', () => {
    const g = globalTags(['title: Plain', 'stat: x = X']);
    expect(g.good).toEqual({});
    expect(g.names).toEqual({});
    expect(g.timeline).toBeNull();
    expect(g.map).toBeNull();
    expect(g.choicesHeading).toBe('Choices');
  });

  it('leaves out a tag it cannot read and says what is wrong with it', () => {
    const g = checkedGlobalTags([
      'good: losses = sideways',
      'timeline: someday = later',
      'timeline: 31 May 1943 = 1 November 1942',
      'name: far_east',
    ]);
    expect(g.good).toEqual({});
    expect(g.timeline).toBeNull();
    expect(g.names).toEqual({});
    expect(g.problems).toHaveLength(4);
    expect(g.problems[0]).toContain('# good: losses = sideways');
    expect(g.problems.filter((p) => p.includes('# timeline:'))).toHaveLength(2);
  });

  it('leaves the dates of a timeline to the build: the player keeps the span as written', () => {
    const tags = ['timeline: someday = later'];
    expect(globalTags(tags).timeline).toEqual({ start: 'someday', end: 'later' });
    expect(globalTags(tags).problems).toEqual([]);
    expect(checkedGlobalTags(tags).timeline).toBeNull();
    expect(checkedGlobalTags(['timeline: 1 May 1943', ...tags]).problems).toHaveLength(2);
  });

  it('names LIST members from the compiled story’s own LIST definitions and the name tags', () => {
    const session = new StorySession(compileFixture('player/provinces.ink'));
    const { lists, names } = session.globals;
    expect(lists.map((l) => l.name)).toEqual(['Province']);
    expect(lists[0]!.members).toEqual([
      { id: 'north_cape', name: 'The North Cape' },
      { id: 'lowlands', name: 'Lowlands' },
      { id: 'east_march', name: 'The Eastern March' },
      { id: 'isles', name: 'Isles' },
    ]);
    expect(memberNames(lists, names).get('east_march')).toBe('The Eastern March');
  });
});

describe('story dates', () => {
  const span = dateSpan('1 November 1942', '31 May 1943')!;

  it('reads exact days, parts of months, months and ranges', () => {
    expect(storyDay('12 December 1942')).toBe(Date.UTC(1942, 11, 12));
    expect(storyDay('late February 1943')).toBe(Date.UTC(1943, 1, 25));
    expect(storyDay('May 1943')).toBe(Date.UTC(1943, 4, 1));
    expect(storyDay('December – early February 1943')).toBe(Date.UTC(1942, 11, 1));
  });

  it('gives a date without a year the year that puts it inside the span', () => {
    expect(storyDay('early Dec', span)).toBe(Date.UTC(1942, 11, 5));
    expect(storyDay('April', span)).toBe(Date.UTC(1943, 3, 1));
    expect(storyDay('July', span)).toBeNull();
    expect(storyDay('early Dec')).toBeNull();
  });
});

describe('the campaign’s facts', () => {
  const campaign = new StorySession(
    compileInk(fileURLToPath(new URL('../../story/main.ink', import.meta.url))).json,
  ).globals;

  it('declares its map, timeline, good directions and choices heading by tags, all readable', () => {
    expect(campaign.problems).toEqual([]);
    expect(campaign.map?.sides.map((s) => s.variable)).toEqual([
      'soviet_held',
      'british_held',
      'japanese_held',
    ]);
    expect(campaign.timeline).not.toBeNull();
    expect(campaign.good.losses).toBe('down');
    expect(campaign.choicesHeading).toBe('Your orders');
    for (const side of campaign.map!.sides) {
      expect(
        campaign.stats.some((s) => s.variable === side.variable),
        side.variable,
      ).toBe(true);
    }
    for (const variable of Object.keys(campaign.good)) {
      expect(
        campaign.stats.some((s) => s.variable === variable),
        variable,
      ).toBe(true);
    }
  });

  it('has a region on the map drawing for every member of its map LIST, and no other', () => {
    const svg = readFileSync(
      fileURLToPath(new URL('../../assets/map/theatre.svg', import.meta.url)),
      'utf8',
    );
    const drawn = new Set([...svg.matchAll(/data-region="([^"]+)"/g)].map((m) => m[1]));
    const regions = campaign.lists.find((l) => l.name === campaign.map?.list)?.members ?? [];
    expect(regions.length).toBeGreaterThan(10);
    expect(new Set(regions.map((r) => r.id))).toEqual(drawn);
  });
});

describe('the build', () => {
  it('warns the author about a contract tag the player cannot read, naming the file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ink-tags-'));
    cpSync(fixturePath('plugin'), root, { recursive: true });
    writeFileSync(join(root, 'entry.js'), "export { storyHash } from './bad-tags.ink';\n");
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (message) => void warnings.push(message);
    await build({
      root,
      configFile: false,
      customLogger: logger,
      logLevel: 'warn',
      plugins: [inkPlugin({ analysis: { cacheDir: join(root, 'cache') } })],
      build: {
        write: false,
        lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'out' },
      },
    });
    const told = warnings.join('\n');
    expect(told).toContain(
      'bad-tags.ink: the global tag “# good: losses = sideways” cannot be read',
    );
    expect(told).toContain('# timeline: spring = autumn');
  }, 60_000);
});
