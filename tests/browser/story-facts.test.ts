import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshContext, launchChromium } from './browser.ts';
import { choose, openPlayer, pageErrors, seriousViolations } from './player-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const timeline = (page: Page) => page.locator('ink-player campaign-timeline');
const warRoom = (page: Page) => page.locator('ink-player war-room');
const legend = (page: Page) => warRoom(page).locator('theatre-map .under .legend li');
const holdings = (page: Page) =>
  warRoom(page).getByRole('list', { name: 'Who holds which region' }).locator('li');

describe('a story that declares its facts by tags', () => {
  it('gets a map legend, the holdings, a timeline of its own span and stats coloured for the player', async () => {
    const context = await freshContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await openPlayer(context, '?story=test-stories/provinces.json');

    // The legend names the sides the story declares, in its order, then the unclaimed.
    await expect
      .poll(() => legend(page).allInnerTexts())
      .toEqual(['The Crown', 'The Rebels', 'Unclaimed']);
    // The campaign's drawing does not show these provinces: the holdings are listed instead,
    // each province by the name the story gives it.
    expect(await holdings(page).allInnerTexts()).toEqual([
      'The Crown: Lowlands.',
      'The Rebels: The Eastern March.',
      'Unclaimed: The North Cape, Isles.',
    ]);
    expect(await warRoom(page).locator('theatre-map svg').count()).toBe(0);

    // The timeline runs from 1 March to 30 June 1850; the marker stands on 10 March.
    const months = timeline(page).locator('.months .full');
    await expect.poll(() => months.allInnerTexts()).toEqual(['March 1850', 'April', 'May', 'June']);
    const marker = async () =>
      Number(
        /left: ?([\d.]+)%/.exec(
          (await timeline(page).locator('.now').getAttribute('style')) ?? '',
        )?.[1],
      );
    expect(await marker()).toBeCloseTo((9 / 121) * 100, 2);

    await choose(page, 'Send the army');
    await expect
      .poll(() => holdings(page).allInnerTexts())
      .toEqual([
        'The Crown: Lowlands, The Eastern March.',
        'The Rebels: none.',
        'Unclaimed: The North Cape, Isles.',
      ]);
    // The story runs on to "June 1850": its first day, 92 days in; the decision stays dated.
    await expect.poll(marker).toBeCloseTo((92 / 121) * 100, 2);
    expect(await timeline(page).locator('.dot').count()).toBe(1);
    // The treasury fell, and the story says more is better: a bad change. The rebels lost
    // the march, and the story says fewer is better: no bad mark on them.
    const treasury = warRoom(page).locator('stats-panel .row').filter({ hasText: 'Treasury' });
    expect(await treasury.locator('dd.change').getAttribute('class')).toContain('bad');
    // In words too, for a screen reader: not by colour alone.
    expect(await treasury.locator('dd.change').innerText()).toBe(
      '▼ 40\ndown 40 since the last order, bad',
    );
    const rebels = warRoom(page).locator('stats-panel .row').filter({ hasText: 'rebels' });
    expect(await rebels.locator('dd.change').getAttribute('class')).toContain('good');

    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('gets no map and no timeline when it declares none, and no error', async () => {
    const context = await freshContext(browser);
    const page = await openPlayer(context, '?story=test-stories/second-story.json');
    await choose(page, 'Climb the stairs');
    await expect
      .poll(() => page.locator('ink-player .ending h2').innerText())
      .toBe('The Lamp Is Lit');
    // The panels are in place and stay hidden: nothing to show for this story.
    await expect.poll(() => timeline(page).count()).toBe(1);
    expect(await timeline(page).locator('.timeline').count()).toBe(0);
    expect(await warRoom(page).isVisible()).toBe(false);
    expect(await page.locator('ink-player theatre-map').count()).toBe(0);
    expect(await page.locator('ink-player campaign-summary').isVisible()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
