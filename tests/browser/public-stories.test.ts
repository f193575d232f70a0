/**
 * Public ink stories by other authors (tests/fixtures/public/), played in the built player in
 * Chromium in step with an independent inkjs run in Node: the same text and the same choices
 * for 32 choices (playing again from the start when a story ends), a reload on the way that
 * puts the page back exactly where it was, and not one console error.
 */
import { Story } from 'inkjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/build/compile-ink.ts';
import { PUBLIC_STORIES, publicStoryPath, type PublicStory } from '../fixtures/public/stories.ts';
import { freshContext, launchChromium } from './browser.ts';
import { autosaved, choiceButtons, siteUrl } from './player-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const CHOICES = 32;
const RELOAD_AT = 13;

/** The moment the page shows, as the player's game holds it. */
interface PageMoment {
  readonly newText: readonly string[];
  readonly transcript: readonly string[];
  readonly choices: readonly string[];
  readonly buttons: number;
  readonly ended: boolean;
  readonly seed: number;
  readonly log: number;
  readonly error: string | null;
}

function pageMoment(page: Page): Promise<PageMoment> {
  return page.evaluate(() => {
    const player = document.querySelector('ink-player')!;
    const game = player.game;
    const view = game.view!;
    return {
      newText: view.transcript
        .slice(view.newFrom)
        .map((p) => p.text)
        .filter(Boolean),
      transcript: view.transcript.map((p) => p.text),
      choices: view.choices.map((c) => c.text),
      buttons: player.shadowRoot!.querySelectorAll('.choices .choice').length,
      ended: view.ended,
      seed: game.currentData()!.current.seed,
      log: view.log.length,
      error: game.error,
    };
  });
}

/** The independent run: inkjs alone, with the page's random seed, fallbacks on as in Inky. */
function nodeRun(json: string, seed: number): Story {
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  story.state.storySeed = seed;
  return story;
}

interface NodeMoment {
  readonly text: string[];
  readonly choices: string[];
  /** The runtime error the story stopped at, if any. */
  readonly error: string | null;
}

/** Continues the independent run to its next choices: the lines of text and the choices. */
function nodeStep(story: Story): NodeMoment {
  const text: string[] = [];
  const errors: string[] = [];
  story.onError = (message, type) => {
    if (type === 2) errors.push(message);
  };
  try {
    while (story.canContinue && errors.length === 0) {
      const line = (story.Continue() ?? '').trim();
      if (line) text.push(line);
    }
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  const error = errors[0] ?? null;
  return { text, choices: error ? [] : story.currentChoices.map((c) => c.text), error };
}

/**
 * The story stopped at a runtime error (a fault of the story's own, which inkjs meets too): the
 * page says so beside the choices and disables them; a reload goes back to the last moment
 * saved, from where both runs take another road.
 */
async function recoverFromError(page: Page, name: string, error: string): Promise<void> {
  const moment = await pageMoment(page);
  expect(moment.error, name).toContain(error.replace(/^.*RUNTIME ERROR: /, ''));
  const notice = page.locator('ink-player .notice.error');
  await expect.poll(() => notice.isVisible()).toBe(true);
  // Beside the choices, where the player is, and every choice there disabled.
  const next = await notice.evaluate((el) => el.nextElementSibling?.className ?? '');
  expect(next).toContain('choices');
  const enabled = await choiceButtons(page).evaluateAll(
    (buttons) => buttons.filter((b) => !(b as HTMLButtonElement).disabled).length,
  );
  expect(enabled).toBe(0);
  await page.evaluate(() => document.querySelector('ink-player')!.saveSettled());
  await page.reload();
  await expect.poll(() => choiceButtons(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

async function openStory(page: Page, name: PublicStory): Promise<void> {
  await page.goto(siteUrl(`?story=/test-stories/public/${name}.json`));
  await expect.poll(() => choiceButtons(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

/** Takes choice `index` by clicking it, and waits until the game has moved on. */
async function clickChoice(page: Page, index: number, log: number): Promise<void> {
  await choiceButtons(page).nth(index).click();
  // The game moved on, or stopped at an error.
  await expect
    .poll(() =>
      page.evaluate((next) => {
        const game = document.querySelector('ink-player')!.game;
        return game.error !== null || game.view?.log.length === next;
      }, log + 1),
    )
    .toBe(true);
}

async function playAgain(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Play again from the start' }).click();
  await expect
    .poll(() => page.evaluate(() => document.querySelector('ink-player')!.game.view?.log.length))
    .toBe(0);
}

/** The title the page should show: the story's own, or its file name. */
const TITLES: Record<PublicStory, string> = {
  'the-intercept': 'The intercept',
  'murder-scene': 'Murder scene',
  pontoon: 'Pontoon',
  swindlestones: 'Swindlestones',
  storylets: 'Storylets',
  'basic-demo': 'Basic demo',
  'market-day': 'Market Day',
  'gannet-rock': 'The Keeper of Gannet Rock',
};

describe('public ink stories in the player', () => {
  for (const name of Object.keys(PUBLIC_STORIES) as PublicStory[]) {
    it(`plays ${name} in step with inkjs for ${CHOICES} choices, through a reload, with no console error`, async () => {
      const json = compileInk(publicStoryPath(name)).json;
      const context = await freshContext(browser);
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      try {
        await openStory(page, name);
        await expect.poll(() => page.locator('ink-player h1').innerText()).toBe(TITLES[name]);

        let moment = await pageMoment(page);
        let node = nodeRun(json, moment.seed);
        let expected = nodeStep(node);
        let taken = 0;
        let runs = 1;
        let errors = 0;
        let before = node.state.ToJson();
        let shift = 0;
        for (let step = 0; taken < CHOICES; step++) {
          if (expected.error) {
            errors++;
            await recoverFromError(page, name, expected.error);
            node = nodeRun(json, moment.seed);
            node.state.LoadJson(before);
            expected = { text: [], choices: node.currentChoices.map((c) => c.text), error: null };
            moment = await pageMoment(page);
            shift++; // take another road from here
          }
          expect(moment.error, `${name}, choice ${taken}`).toBeNull();
          expect(moment.newText, `${name}: text before choice ${taken}`).toEqual(expected.text);
          expect(moment.choices, `${name}: choices before choice ${taken}`).toEqual(
            expected.choices,
          );
          expect(moment.buttons).toBe(expected.choices.length);
          if (moment.ended || expected.choices.length === 0) {
            expect(moment.ended).toBe(true);
            await playAgain(page);
            runs++;
            moment = await pageMoment(page);
            node = nodeRun(json, moment.seed);
            expected = nodeStep(node);
            continue;
          }
          if (taken === RELOAD_AT) {
            await autosaved(page);
            const before = await pageMoment(page);
            await page.reload();
            await expect
              .poll(() => choiceButtons(page).count(), { timeout: 30_000 })
              .toBe(before.buttons);
            const after = await pageMoment(page);
            expect(after.transcript, `${name}: the text after a reload`).toEqual(before.transcript);
            expect(after.choices, `${name}: the choices after a reload`).toEqual(before.choices);
            expect(after.seed).toBe(before.seed);
          }
          const index = (step * 5 + 2 + shift) % expected.choices.length;
          await clickChoice(page, index, moment.log);
          before = node.state.ToJson();
          node.ChooseChoiceIndex(index);
          expected = nodeStep(node);
          moment = await pageMoment(page);
          taken++;
        }
        expect(taken).toBe(CHOICES);
        expect(runs).toBeGreaterThanOrEqual(1);
        expect(consoleErrors).toEqual([]);
        // Only a story with a fault of its own stops at an error.
        expect(errors > 0).toBe(name === 'murder-scene');
      } finally {
        await context.close();
      }
    }, 240_000);
  }
});
