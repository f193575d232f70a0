import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { View } from '../../src/engine/playthrough.ts';
import { freshContext, launchChromium } from './browser.ts';
import { campaignTags, expectedOwners, expectedRun, shownOwners } from './campaign-runs.ts';
import { choiceTexts, choose, openPlayer, pageErrors, story } from './player-page.ts';

/** What the campaign declares by tags: which way each stat is good. */
const declared = campaignTags();

/** How each number stat's change since the last order is coloured: good or bad for the player. */
function expectedTones(view: View): Record<string, string> {
  const tones: Record<string, string> = {};
  for (const stat of view.stats) {
    const before = view.previousStats?.find((s) => s.variable === stat.variable);
    if (stat.kind !== 'number' || before?.kind !== 'number' || before.value === stat.value)
      continue;
    const up = (stat.value as number) > (before.value as number);
    const good = declared.good[stat.variable];
    tones[stat.label] = good === undefined ? 'neutral' : (good === 'up') === up ? 'good' : 'bad';
  }
  return tones;
}

/** The tone class of each changed number stat in the war room. */
async function shownTones(page: Page): Promise<Record<string, string>> {
  const panel = page.locator('ink-player war-room stats-panel');
  return panel.evaluate((el) => {
    const out: Record<string, string> = {};
    for (const row of el.shadowRoot!.querySelectorAll('.row:not(.list)')) {
      const change = row.querySelector('dd.change');
      if (!change) continue;
      const tone = ['good', 'bad', 'neutral'].find((t) => change.classList.contains(t));
      out[row.querySelector('dt')!.textContent!.trim()] = tone ?? '?';
    }
    return out;
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the campaign shell', () => {
  const steps = expectedRun().map((s) => ({ choice: s.order, view: s.view }));

  it('colours the map, lists the stats and shows each picture as the history path unfolds', async () => {
    const context = await freshContext(browser);
    const page = await openPlayer(context);
    const checkpoints = new Set([0, 3, Math.floor(steps.length / 2), steps.length - 1]);
    const pictures = new Set<string>();
    for (const [at, step] of steps.entries()) {
      if (at > 0) await choose(page, step.choice);
      for (const p of step.view.transcript.slice(step.view.newFrom)) {
        if (!p.meta.image) continue;
        const img = page.locator(`ink-player .story figure img[src$="${p.meta.image.src}"]`);
        await expect.poll(() => img.count(), { message: p.meta.image.src }).toBeGreaterThan(0);
        const caption = await img.first().locator('xpath=..').locator('figcaption').innerText();
        expect(caption).toBe(p.meta.image.caption);
        pictures.add(p.meta.image.src);
      }
      if (!checkpoints.has(at)) continue;
      expect(await shownOwners(page), `map after ${at} orders`).toEqual(expectedOwners(step.view));
      expect(await shownTones(page), `stat colours after ${at} orders`).toEqual(
        expectedTones(step.view),
      );
      const rows = page.locator('ink-player war-room stats-panel .row');
      expect(await rows.count()).toBe(step.view.stats.length);
      for (const [i, stat] of step.view.stats.entries()) {
        const row = rows.nth(i);
        expect(await row.locator('dt').innerText()).toBe(stat.label);
        if (stat.kind === 'number') {
          expect(await row.locator('dd.value').innerText()).toBe(String(stat.value));
        }
      }
    }
    expect(pictures.size).toBe(5);
    // The ending box: the ending's title, the final figures and the map at the end; the same
    // after a reload of the finished game.
    const ending = steps.at(-1)!.view.scene.ending!;
    const summaryRows = page.locator('ink-player campaign-summary stats-panel .row');
    for (const reloaded of [false, true]) {
      if (reloaded) {
        await page.evaluate(() => document.querySelector('ink-player')!.saveSettled());
        await page.reload();
      }
      await expect.poll(() => page.locator('ink-player .ending h2').innerText()).toBe(ending.title);
      await expect.poll(() => summaryRows.count()).toBe(steps.at(-1)!.view.stats.length);
      const finalMap = page.locator('ink-player campaign-summary theatre-map');
      await expect
        .poll(() => finalMap.locator('path.region[data-owner]').count())
        .toBeGreaterThan(10);
    }
    await context.close();
  });

  it('rebuilds the map and the stats exactly after a rewind and after a reload', async () => {
    const context = await freshContext(browser);
    const page = await openPlayer(context);
    const late = Math.min(8, steps.length - 2);
    for (let at = 1; at <= late; at++) await choose(page, steps[at]!.choice);
    expect(await shownOwners(page)).toEqual(expectedOwners(steps[late]!.view));

    await page.getByRole('button', { name: /^History/ }).click();
    await page.getByRole('button', { name: /^Rewind to decision 2:/ }).click();
    await expect.poll(() => choiceTexts(page)).toEqual(steps[1]!.view.choices.map((c) => c.text));
    expect(await shownOwners(page)).toEqual(expectedOwners(steps[1]!.view));
    const value = (variable: string) =>
      String(steps[1]!.view.stats.find((s) => s.variable === variable)?.value);
    const losses = page
      .locator('ink-player war-room stats-panel .row')
      .filter({ hasText: 'Soviet losses' })
      .locator('dd.value');
    expect(await losses.innerText()).toBe(value('losses'));

    await page.evaluate(() => document.querySelector('ink-player')!.saveSettled());
    await page.reload();
    await expect.poll(() => choiceTexts(page)).toEqual(steps[1]!.view.choices.map((c) => c.text));
    expect(await shownOwners(page)).toEqual(expectedOwners(steps[1]!.view));
    expect(await story(page).innerText()).not.toContain(steps[2]!.choice);
    await context.close();
  });

  it("draws the map's ground and labels as two pictures in the theme shown, and again when it changes", async () => {
    const context = await freshContext(browser, {
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
    });
    const page = await openPlayer(context);
    const map = page.locator('ink-player war-room theatre-map');
    await expect.poll(() => map.locator('svg > image.layer').count()).toBe(2);
    // Only the regions are elements of the page; the rest of the drawing is in the pictures.
    expect(await map.locator('svg path.region').count()).toBe(15);
    expect(await map.locator('svg text, svg .river, svg .land').count()).toBe(0);
    // One tooltip, in the region under the pointer, says who holds it.
    expect(await map.locator('svg title').count()).toBe(0);
    await map.locator('path.region[data-region="west_sinkiang"]').hover();
    await expect
      .poll(() => map.locator('path.region[data-region="west_sinkiang"] > title').textContent())
      .toMatch(/^West Sinkiang: \S/);
    await map.locator('path.region[data-region="korea"]').hover();
    await expect
      .poll(() => map.locator('path.region[data-region="korea"] > title').textContent())
      .toMatch(/^Korea: \S/);
    expect(await map.locator('svg title').count()).toBe(1);
    /** The sea's colour in the ground picture, beside the colour the page gives `--sea`. */
    const sea = () =>
      map.evaluate(async (el) => {
        const root = el.shadowRoot!;
        const under = root.querySelector('svg > image.under')!.getAttribute('href')!;
        const picture = new Image();
        picture.src = under;
        await picture.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [1000, 700];
        const pen = canvas.getContext('2d')!;
        pen.drawImage(picture, 0, 0, 1000, 700);
        // Open sea in the south-east corner, clear of the coasts, waves and grid.
        const [r, g, b] = pen.getImageData(990, 690, 1, 1).data;
        const probe = document.createElement('span');
        probe.style.color = 'var(--sea)';
        root.append(probe);
        const wanted = getComputedStyle(probe).color;
        probe.remove();
        return { drawn: `rgb(${r}, ${g}, ${b})`, wanted, url: under };
      });
    const light = await sea();
    expect(light.url).toMatch(/^blob:/);
    expect(light.drawn).toBe(light.wanted);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect.poll(async () => (await sea()).url).not.toBe(light.url);
    const dark = await sea();
    expect(dark.drawn).toBe(dark.wanted);
    expect(dark.drawn).not.toBe(light.drawn);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('looks right at desktop and phone width, light and dark, mid-campaign and at the end', async () => {
    for (const [name, viewport] of Object.entries({
      desktop: { width: 1280, height: 900 },
      phone: { width: 375, height: 812 },
    })) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await freshContext(browser, { viewport, colorScheme });
        const page = await openPlayer(context);
        for (let at = 1; at < steps.length; at++) {
          await choose(page, steps[at]!.choice);
          if (at === 4) {
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({
              path: `test-results/screenshots/shell-${name}-${colorScheme}-mid.png`,
            });
          }
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.locator('ink-player .ending').scrollIntoViewIfNeeded();
        await page.screenshot({
          path: `test-results/screenshots/shell-${name}-${colorScheme}-end.png`,
        });
        await context.close();
      }
    }
  }, 300_000);
});
