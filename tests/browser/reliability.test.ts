/**
 * The player holding up where players and hosts are unkind: a reload straight after an order,
 * a strict Content-Security-Policy, a sub-path on someone else's server, the network gone.
 */
import { describe, expect, it } from 'vitest';
import { chromiumForFile, freshContext } from './browser.ts';
import { choiceButtons, openPlayer, pageErrors, story } from './player-page.ts';

const browser = chromiumForFile();

describe('a reload straight after an order', () => {
  it('keeps the order: the waiting autosave is written as the page goes away', async () => {
    const context = await freshContext(browser());
    const page = await openPlayer(context);
    for (let i = 0; i < 3; i++) {
      // In the page, in one go: take the first order, and as soon as its text is painted,
      // note what the page shows and reload, long before the browser has an idle moment.
      await page.evaluate(() => {
        const root = document.querySelector('ink-player')!.shadowRoot!;
        root.querySelector<HTMLButtonElement>('.choices .choice')!.click();
        requestAnimationFrame(() => {
          const choices = [...root.querySelectorAll<HTMLElement>('.choices .choice')];
          sessionStorage.setItem(
            'expected',
            JSON.stringify({
              text: root.querySelector<HTMLElement>('.story')!.innerText,
              choices: choices.map((c) => c.innerText),
            }),
          );
          location.reload();
        });
      });
      await page.waitForEvent('load');
      await expect.poll(() => choiceButtons(page).count()).toBeGreaterThan(0);
      const expected = JSON.parse(
        (await page.evaluate(() => sessionStorage.getItem('expected'))) ?? '{}',
      ) as { text: string; choices: string[] };
      expect(expected.text).toBeTruthy();
      await expect.poll(() => story(page).innerText()).toBe(expected.text);
      expect(await choiceButtons(page).allInnerTexts()).toEqual(expected.choices);
    }
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
