import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decisionName } from '../../src/branches/coverage.ts';
import { markText } from '../../src/branches/run-tree.ts';
import type { View } from '../../src/engine/playthrough.ts';
import { chromiumForFile, freshContext } from './browser.ts';
import { playRuns, putStoredRecords } from '../../src/build/bench-branches.ts';
import {
  campaignJson,
  expectedNumbers,
  expectedOwners,
  expectedParagraphs,
  expectedRun,
  shownNumbers,
  shownOwners,
  shownParagraphs,
  storedRuns,
  type ExpectedStep,
} from './campaign-runs.ts';
import {
  choiceMarks,
  choiceTexts,
  choose,
  notices,
  openPlayer,
  pageErrors,
  seriousViolations,
  siteUrl,
} from './player-page.ts';

const chromium = chromiumForFile();

const ending = (page: Page) => page.locator('ink-player .ending h2');
const panel = (page: Page) => page.getByRole('dialog', { name: 'Where every road led' });

/** Signs the orders of `steps` from step `from` on, as a player would. */
async function playFrom(page: Page, steps: readonly ExpectedStep[], from: number): Promise<void> {
  for (const step of steps.slice(from)) await choose(page, step.order);
}

/** The index of the moment where decision `id` is offered. */
function momentOf(steps: readonly ExpectedStep[], id: string): number {
  const at = steps.findIndex((s) => s.view.decision === id && s.view.choices.length > 0);
  expect(at, id).toBeGreaterThanOrEqual(0);
  return at;
}

async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('ink-player')!.saveSettled());
}

async function openBranches(page: Page, tab: string) {
  if (!(await panel(page).isVisible())) {
    await page.getByRole('button', { name: 'Branches', exact: true }).click();
  }
  await expect.poll(() => panel(page).isVisible()).toBe(true);
  await panel(page).getByRole('tab', { name: tab }).click();
  return panel(page);
}

/** The page shows exactly the moment `view`: its text, its numbers, its map. */
async function expectMoment(page: Page, view: View): Promise<void> {
  await expect.poll(() => shownParagraphs(page)).toEqual(expectedParagraphs(view));
  expect(await choiceTexts(page)).toEqual(view.choices.map((c) => c.text));
  const numbers = expectedNumbers(view);
  await expect
    .poll(async () => {
      const shown = await shownNumbers(page);
      return Object.fromEntries(Object.keys(numbers).map((label) => [label, shown[label]]));
    })
    .toEqual(numbers);
  expect(await shownOwners(page)).toEqual(expectedOwners(view));
}

const history = expectedRun();
const named = ['suspend-offensive', 'manchurian-alert', 'delhi-summit'] as const;
const parted = Object.fromEntries(named.map((d) => [d, expectedRun(d)])) as Record<
  (typeof named)[number],
  ExpectedStep[]
>;

describe('every road kept', () => {
  const endingOf = (steps: readonly ExpectedStep[]) => steps.at(-1)!.view.scene.ending!;

  it('keeps runs that part at the three named decisions, made by rewinding, playing again and the map', async () => {
    const context = await freshContext(chromium());
    const page = await openPlayer(context);

    // Run 1: history's road to its end.
    await playFrom(page, history, 1);
    expect(await ending(page).innerText()).toBe(endingOf(history).title);

    // Run 2: back (through the history list) to the suspend-offensive decision, the other order.
    const suspend = momentOf(history, 'suspend-offensive');
    await page.getByRole('button', { name: /^History/ }).click();
    await page
      .getByRole('button', { name: new RegExp(`^Rewind to decision ${suspend + 1}:`) })
      .click();
    await expectMoment(page, history[suspend]!.view);
    await playFrom(page, parted['suspend-offensive'], suspend + 1);
    expect(await ending(page).innerText()).toBe(endingOf(parted['suspend-offensive']).title);

    // Run 3: play again from the start, another order at the Manchurian alert.
    await page.getByRole('button', { name: 'Play again from the start' }).click();
    await expectMoment(page, history[0]!.view);
    await playFrom(page, parted['manchurian-alert'], 1);
    expect(await ending(page).innerText()).toBe(endingOf(parted['manchurian-alert']).title);

    // Run 4: from the branch map, back to run 1's Delhi summit, and another order there.
    const delhi = momentOf(history, 'delhi-summit');
    const map = await openBranches(page, 'Branch map');
    const order = history[delhi]!.order.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const item = map
      .getByRole('treeitem', { name: new RegExp(`^${order}.*— ${decisionName('delhi-summit')}`) })
      .first();
    await item.locator('.row').first().click();
    await expectMoment(page, history[delhi]!.view);
    await playFrom(page, parted['delhi-summit'], delhi + 1);
    expect(await ending(page).innerText()).toBe(endingOf(parted['delhi-summit']).title);

    // The tree holds the four runs, each the orders an independent engine run signed.
    const expected = [history, ...named.map((d) => parted[d])].map((s) =>
      s.slice(1).map((x) => x.order),
    );
    expect(await storedRuns(page)).toEqual(expected);

    // The ending box counts the endings found, and the marks say where each order led.
    const found = new Set(
      expected.map(
        (_, i) => [history, ...named.map((d) => parted[d])][i]!.at(-1)!.view.scene.ending!.id,
      ),
    );
    await expect
      .poll(() => page.locator('ink-player .ending .endings-found').innerText())
      .toMatch(new RegExp(`^${found.size} of 8 endings found`));
    await page.getByRole('button', { name: 'Play again from the start' }).click();
    const first = history[0]!.view.choices.findIndex((c) => c.text === history[1]!.order);
    const titles = [
      ...new Map(
        [history, ...named.map((d) => parted[d])].map((s) => [endingOf(s).id, endingOf(s)]),
      ).values(),
    ];
    const marks = await choiceMarks(page);
    expect(marks[first]).toBe(`${markText({ runs: 4, endings: titles })} · the order history took`);
    expect(marks.filter((m, i) => i !== first && m !== '')).toEqual([]);

    // All four survive a reload, and each opens at its end.
    await settled(page);
    await page.reload();
    await expect.poll(() => storedRuns(page)).toEqual(expected);
    const runs = await openBranches(page, 'Runs');
    expect(await runs.locator('run-list li.card').count()).toBe(4);
    const second = runs.locator('run-list li.card').filter({ hasText: 'Run 2' });
    await second.getByRole('button', { name: 'Open' }).click();
    await expectMoment(page, parted['suspend-offensive'].at(-1)!.view);
    expect(await ending(page).innerText()).toBe(endingOf(parted['suspend-offensive']).title);

    // Compare run 4 with run 1: where they parted, and every final stat as the engine has it.
    const compare = await openBranches(page, 'Compare');
    await compare.getByRole('combobox', { name: 'Run A' }).selectOption({ label: 'Run 4' });
    await compare.getByRole('combobox', { name: 'Run B' }).selectOption({ label: 'Run 1' });
    await expect
      .poll(() => compare.locator('run-compare .card').first().innerText())
      .toContain(`They part at ${decisionName('delhi-summit')}`);
    const finalRows = compare.locator('run-compare table').nth(1).locator('tbody tr');
    const a = parted['delhi-summit'].at(-1)!.view.stats;
    const b = history.at(-1)!.view.stats;
    expect(await finalRows.count()).toBe(a.length);
    const text = (v: unknown) =>
      Array.isArray(v) ? (v.length > 0 ? v.join(', ') : 'none') : String(v);
    for (const [i, stat] of a.entries()) {
      const cells = await finalRows.nth(i).locator('td').allInnerTexts();
      expect(cells, stat.label).toEqual([text(stat.value), text(b[i]!.value)]);
    }
    expect(await compare.locator('run-compare svg polyline.line-a').count()).toBeGreaterThan(5);

    // The gallery: found of the build's total.
    const gallery = await openBranches(page, 'Endings');
    expect(await gallery.locator('endings-gallery .summary').innerText()).toBe(
      `${found.size} of 8 endings found`,
    );
    expect(await gallery.locator('endings-gallery li.found').count()).toBe(found.size);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  }, 300_000);

  it('shares a run by a link that replays it in a fresh browser, and refuses a changed link', async () => {
    const steps = parted['manchurian-alert'];
    const context = await freshContext(chromium());
    const page = await openPlayer(context);
    await playFrom(page, steps, 1);
    await page.getByRole('button', { name: 'Share this run' }).click();
    const link = await panel(page).getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toMatch(/[?&]run=[A-Za-z0-9_-]+$/);
    await context.close();

    const fresh = await freshContext(chromium());
    const other = await openPlayer(fresh, link.slice(siteUrl().length));
    await expect
      .poll(() => notices(other).innerText(), { timeout: 20_000 })
      .toMatch(/all \d+ of its orders were replayed/);
    await expectMoment(other, steps.at(-1)!.view);
    expect(new URL(other.url()).searchParams.get('run')).toBeNull();

    const code = new URL(link).searchParams.get('run')!;
    const changed = code.slice(0, 12) + (code[12] === 'A' ? 'B' : 'A') + code.slice(13);
    const runsBefore = await storedRuns(other);
    await other.goto(siteUrl(`?run=${changed}`));
    await expect
      .poll(() => notices(other).innerText(), { timeout: 20_000 })
      .toMatch(/damaged.*Nothing was changed/s);
    expect(await storedRuns(other)).toEqual(runsBefore);
    await expectMoment(other, steps.at(-1)!.view);
    await fresh.close();
  }, 300_000);

  it('replays a link made for an older version of a story as far as it fits, and marks stored runs that no longer fit', async () => {
    await fetch(siteUrl('test-stories/__use?orders=v1'));
    try {
      const context = await freshContext(chromium());
      const page = await openPlayer(context, '?story=test-stories/orders.json');
      for (const order of ['Go left', 'Dig in', 'Hold']) await choose(page, order);
      await page.getByRole('button', { name: 'Share this run' }).click();
      const link = await panel(page).getByRole('textbox', { name: 'Share link' }).inputValue();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Play again from the start' }).click();
      for (const order of ['Go right', 'Advance', 'Charge']) await choose(page, order);
      await settled(page);

      await fetch(siteUrl('test-stories/__use?orders=v2'));
      await page.reload();
      await expect
        .poll(() => notices(page).innerText(), { timeout: 20_000 })
        .toMatch(/no longer fit it/);
      const runs = await openBranches(page, 'Runs');
      const card = (name: string) =>
        runs.locator('run-list li.card').filter({ has: page.locator('.name', { hasText: name }) });
      const broken = card('Run 1');
      await expect
        .poll(() => broken.locator('.broken').innerText())
        .toMatch(/from order 2 \(Second\): “Dig in” is no longer offered/);
      expect(await runs.locator('run-list li.card').count()).toBe(2);
      const fitting = card('Run 2');
      expect(await fitting.locator('.broken').count()).toBe(0);
      await fitting.getByRole('button', { name: /Open|Go to its end/ }).click();
      await expect.poll(() => ending(page).innerText()).toBe('Done');
      await context.close();

      const fresh = await freshContext(chromium());
      const other = await openPlayer(fresh, link.slice(siteUrl().length));
      await expect
        .poll(() => notices(other).innerText(), { timeout: 20_000 })
        .toMatch(
          /another version of the story\. 1 of the shared run's 3 orders were replayed; at decision “second”/,
        );
      expect(await choiceTexts(other)).toEqual(['Entrench', 'Advance']);
      await fresh.close();
    } finally {
      await fetch(siteUrl('test-stories/__use?orders=v1'));
    }
  }, 300_000);

  it('can be used with the keyboard alone, and every view passes axe in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await freshContext(chromium(), { colorScheme });
      const page = await openPlayer(context);
      await playFrom(page, history.slice(0, 3), 1);
      await page.getByRole('button', { name: 'Branches', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => panel(page).isVisible()).toBe(true);
      for (const tab of ['Branch map', 'Runs', 'Compare', 'Endings']) {
        await panel(page).getByRole('tab', { name: tab }).click();
        expect(await seriousViolations(page), `${tab}, ${colorScheme}`).toEqual([]);
      }
      // Map, by keyboard: into the tree, to the start, and back there; then another first order.
      await panel(page).getByRole('tab', { name: 'Branch map' }).click();
      await page.keyboard.press('Tab');
      const focused = () =>
        page.evaluate(() => {
          let el: Element | null = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.getAttribute('role') ?? el?.tagName ?? '';
        });
      await expect.poll(focused).toBe('treeitem');
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await expect.poll(() => panel(page).isVisible()).toBe(false);
      await expectMoment(page, history[0]!.view);
      const other = history[0]!.view.choices.findIndex((c) => c.text !== history[1]!.order);
      await page.keyboard.press(String(other + 1));
      await expect.poll(() => storedRuns(page).then((r) => r.length)).toBe(2);
      if (colorScheme === 'light') {
        await openBranches(page, 'Branch map');
        await page.screenshot({ path: 'test-results/screenshots/branch-map-keyboard.png' });
      }
      await context.close();
    }
  }, 300_000);
});

describe('the branch views at scale and on screen', () => {
  it('stays usable with 60 stored runs: the map opens along the way, forks collapsed, by keyboard too', async () => {
    const { store } = await playRuns(campaignJson(), 60);
    const records = await store.exportAll();
    const context = await freshContext(chromium());
    const page = await openPlayer(context);
    await settled(page);
    await putStoredRecords(page, records);
    await page.reload();
    await expect.poll(() => storedRuns(page).then((r) => r.length), { timeout: 20_000 }).toBe(61);
    const map = await openBranches(page, 'Branch map');
    const items = map.locator('branch-map [role=treeitem]');
    // Only the way to the player's moment is open: far fewer rows than moments stored.
    const moments = await page.evaluate(
      () => Object.keys(document.querySelector('ink-player')!.game.book!.tree.nodes).length,
    );
    expect(moments).toBeGreaterThan(300);
    expect(await items.count()).toBeLessThan(60);
    expect(await map.locator('branch-map [aria-expanded=false]').count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Right opens a closed fork; its runs appear beneath it.
    await map.locator('branch-map [role=treeitem][tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const before = await items.count();
    for (let i = 0; i < 8 && (await items.count()) === before; i++) {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
    }
    expect(await items.count()).toBeGreaterThan(before);
    await page.screenshot({ path: 'test-results/screenshots/branch-map-60-runs.png' });
    await context.close();
  }, 300_000);

  it('looks right at desktop and phone width, light and dark: marks, ending box, map, compare, gallery', async () => {
    for (const [name, viewport] of Object.entries({
      desktop: { width: 1280, height: 900 },
      phone: { width: 390, height: 844 },
    })) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await freshContext(chromium(), { viewport, colorScheme });
        const page = await openPlayer(context);
        const shot = (what: string) =>
          `test-results/screenshots/branches-${what}-${name}-${colorScheme}.png`;
        await playFrom(page, history, 1);
        await page.getByRole('button', { name: 'Play again from the start' }).click();
        await playFrom(page, parted['suspend-offensive'], 1);
        await page.getByRole('button', { name: 'Play again from the start' }).click();
        await playFrom(page, parted['delhi-summit'], 1);
        await page.locator('ink-player .ending').scrollIntoViewIfNeeded();
        await page.locator('ink-player .ending').screenshot({ path: shot('ending') });
        await page.getByRole('button', { name: 'Play again from the start' }).click();
        await expect.poll(() => choiceMarks(page).then((m) => m.some(Boolean))).toBe(true);
        await page.locator('ink-player .choices').scrollIntoViewIfNeeded();
        await page.locator('ink-player .choices').screenshot({ path: shot('marks') });
        for (const tab of ['Branch map', 'Compare', 'Endings']) {
          await openBranches(page, tab);
          await page.screenshot({ path: shot(tab.toLowerCase().replace(' ', '-')) });
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - innerWidth,
          );
          expect(overflow, `${tab} ${name}`).toBeLessThanOrEqual(0);
        }
        await context.close();
      }
    }
  }, 600_000);
});
