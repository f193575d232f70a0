import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, freshContext, launchChromium } from './browser.ts';
import {
  autosaved,
  boxInPlayer,
  choiceButtons,
  choiceTexts,
  choose,
  notices,
  openPlayer,
  openSaves,
  pageErrors,
  saveSettled,
  saveState,
  SCREENSHOTS,
  seriousViolations,
  siteUrl,
  story,
  unfoldChapters,
  where,
} from './player-page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Imports a file through the Saves dialog's file input; returns the dialog's status text. */
async function importFile(page: Page, name: string, contents: string | Buffer): Promise<string> {
  const dialog = await openSaves(page);
  const status = dialog.getByRole('status');
  const before = await status.innerText();
  // Written to disk first: the browser reads the file as a player's would (and 50 MB is allowed).
  const path = join(mkdtempSync(join(tmpdir(), 'stavka-import-')), name);
  writeFileSync(path, contents);
  await dialog.locator('input[type=file]').setInputFiles(path);
  await expect.poll(() => status.innerText()).not.toBe(before);
  return status.innerText();
}

describe('the player', () => {
  it('continues exactly where the player was after a reload', async () => {
    const context = await freshContext(browser);
    const page = await openPlayer(context);
    await choose(page, 0);
    await choose(page, 0);
    await autosaved(page);
    const text = await story(page).innerText();
    const offered = await choiceTexts(page);
    const header = await where(page).innerText();

    await page.reload();
    await expect.poll(() => story(page).innerText()).toBe(text);
    expect(await choiceTexts(page)).toEqual(offered);
    expect(await where(page).innerText()).toBe(header);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('saves, loads, renames and deletes a slot, each showing chapter, date and time', async () => {
    const context = await freshContext(browser);
    const page = await openPlayer(context);
    await choose(page, 0);
    const savedText = await story(page).innerText();
    const dialog = await openSaves(page);
    await dialog.getByLabel('Name of the new save').fill('Before the snow');
    await dialog.getByRole('button', { name: 'Save current game' }).click();
    const slot = dialog
      .getByRole('listitem')
      .filter({ has: page.locator('.name', { hasText: 'Before the snow' }) });
    await expect.poll(() => slot.count()).toBe(1);
    expect(await slot.innerText()).toMatch(/saved /);
    expect(await slot.innerText()).toContain((await where(page).innerText()).split(' · ')[0]);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await choose(page, 0);
    expect(await story(page).innerText()).not.toBe(savedText);

    await openSaves(page);
    await dialog.getByRole('button', { name: 'Rename Before the snow' }).click();
    await dialog.getByLabel('New name for Before the snow').fill('First winter');
    await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(() => dialog.locator('.name', { hasText: 'First winter' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Load First winter' }).click();
    await expect.poll(() => story(page).innerText()).toBe(savedText);

    await openSaves(page);
    page.once('dialog', (d) => void d.accept());
    await dialog.getByRole('button', { name: 'Delete First winter' }).click();
    await expect.poll(() => dialog.locator('.name', { hasText: 'First winter' }).count()).toBe(0);
    expect(await dialog.innerText()).toContain('No saved games yet.');
    await context.close();
  });

  it('exports everything to a file and imports it into a fresh profile', async () => {
    const context = await freshContext(browser, { acceptDownloads: true });
    const page = await openPlayer(context);
    await choose(page, 1);
    const dialog = await openSaves(page);
    await dialog.getByLabel('Name of the new save').fill('Exported road');
    await dialog.getByRole('button', { name: 'Save current game' }).click();
    await expect.poll(() => dialog.locator('.name', { hasText: 'Exported road' }).count()).toBe(1);
    const slotText = await story(page).innerText();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    const file = await download.path();
    const exported = readFileSync(file, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'stavka-saves', version: 1 });
    await context.close();

    const fresh = await freshContext(browser);
    const other = await openPlayer(fresh);
    const message = await importFile(other, 'stavka.json', exported);
    expect(message).toMatch(/Imported 2 saves/);
    const imported = other.getByRole('dialog', { name: 'Saved games' });
    await imported.getByRole('button', { name: 'Load Exported road' }).click();
    await expect.poll(() => story(other).innerText()).toBe(slotText);
    await fresh.close();
  });

  it('rewinds to the first decision and to a late one, rebuilding the whole page', async () => {
    const context = await freshContext(browser);
    const page = await openPlayer(context);
    const moments: { text: string; header: string; choices: string[] }[] = [];
    for (let i = 0; i < 6 && (await choiceButtons(page).count()) > 0; i++) {
      moments.push({
        text: await story(page).innerText(),
        header: await where(page).innerText(),
        choices: await choiceTexts(page),
      });
      await choose(page, i % 2);
    }
    const late = moments.length - 2;
    for (const at of [late, 0]) {
      await page.getByRole('button', { name: /^History/ }).click();
      await page
        .getByRole('button', { name: new RegExp(`^Rewind to decision ${at + 1}:`) })
        .click();
      await expect.poll(() => story(page).innerText()).toBe(moments[at]!.text);
      expect(await where(page).innerText()).toBe(moments[at]!.header);
      expect(await choiceTexts(page)).toEqual(moments[at]!.choices);
    }
    await autosaved(page);
    await page.reload();
    await expect.poll(() => story(page).innerText()).toBe(moments[0]!.text);
    await context.close();
  });

  it('replays a save made under an older build of a story and says where it no longer fits', async () => {
    await fetch(siteUrl('test-stories/__use?orders=v1'));
    const context = await freshContext(browser);
    const page = await openPlayer(context, '?story=test-stories/orders.json');
    await choose(page, 'Go right');
    await choose(page, 'Dig in');
    await autosaved(page);
    await fetch(siteUrl('test-stories/__use?orders=v2'));
    try {
      await page.reload();
      await expect
        .poll(() => notices(page).innerText())
        .toMatch(
          /1 of 2 orders were replayed; at decision “second” the order “Dig in” is no longer offered/,
        );
      // The notice stands where the player is looking, under the newest text and above the
      // orders, and is announced: a warning in the assertive region, information in the polite.
      const [notice, text, orders] = await Promise.all(
        ['.notices [role=alert] .notice', '.story', '.choices'].map((s) => boxInPlayer(page, s)),
      );
      expect(notice!.top).toBeGreaterThanOrEqual(text!.bottom - 1);
      expect(orders!.top).toBeGreaterThanOrEqual(notice!.bottom);
      expect(notice!.top).toBeGreaterThanOrEqual(0);
      expect(notice!.bottom).toBeLessThanOrEqual(notice!.viewport);
      expect(await page.locator('ink-player .notices [role=status]').count()).toBe(1);
      // The first order was matched by its text although its position moved.
      await unfoldChapters(page);
      expect(await story(page).innerText()).toContain('Right it is.');
      expect(await choiceTexts(page)).toEqual(['Entrench', 'Advance']);
      await choose(page, 'Entrench');
      await unfoldChapters(page);
      expect(await story(page).innerText()).toContain('You entrench.');
    } finally {
      await fetch(siteUrl('test-stories/__use?orders=v1'));
    }
    await context.close();
  });

  it('plays a second story through ?story=, showing its text as text and keeping its saves apart', async () => {
    const context = await freshContext(browser);
    const campaign = await openPlayer(context);
    await choose(campaign, 0);
    await autosaved(campaign);
    const page = await openPlayer(context, '?story=test-stories/second-story.json');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('The Lighthouse');
    await choose(page, 'Climb the stairs');
    // Inline <b> is markup the sanitiser allows; the script is dropped, never run or shown.
    // Text with markup is shown once the sanitiser's chunk has loaded, so wait for it.
    await expect.poll(() => story(page).innerText()).toContain('The sea is loud tonight. Not bold');
    const text = await story(page).innerText();
    expect(text).not.toContain('<');
    expect(
      await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
    ).toBeUndefined();
    expect(await page.locator('ink-player .story b').innerText()).toBe('Not bold');
    expect(await page.locator('ink-player .story script').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'The Lamp Is Lit' }).count()).toBe(1);
    await autosaved(page);
    // The campaign's autosave is untouched by the other story.
    await campaign.reload();
    await expect.poll(() => choiceButtons(campaign).count()).toBeGreaterThan(0);
    expect(await story(campaign).innerText()).not.toContain('Lighthouse');
    expect(
      await campaign
        .locator('ink-player')
        .evaluate((p) => (p as HTMLElement & { view: { history: unknown[] } }).view.history.length),
    ).toBe(1);
    await context.close();
  });

  it('understands Inky’s CLEAR, BACKGROUND and RESTART tags', async () => {
    const context = await freshContext(browser);
    const page = await openPlayer(context, '?story=test-stories/inky-tags.json');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Inky Story');
    await choose(page, 'Next');
    // CLEAR: the first page is gone; BACKGROUND: a picture behind the text.
    expect(await story(page).innerText()).toBe('Second page.');
    expect(await story(page).getAttribute('style')).toMatch(
      /--story-background: url\(".*night\.jpg"\)/,
    );
    await choiceButtons(page).filter({ hasText: 'Again' }).click();
    // RESTART: the story begins again.
    await expect.poll(() => story(page).innerText()).toBe('First page.');
    expect(await choiceTexts(page)).toEqual(['Next']);
    await context.close();
  });

  it('refuses a story from another origin with a clear message', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto(siteUrl('?story=https://example.invalid/story.json'));
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/only be loaded from this site/);
    await context.close();
  });

  it('can be played with the keyboard alone, focus landing on the new text', async () => {
    const context = await freshContext(browser);
    const page = await openPlayer(context);
    const first = await choiceTexts(page);
    await page.keyboard.press('1');
    await expect.poll(() => choiceTexts(page)).not.toEqual(first);
    const focused = await page.evaluate(() => {
      const el = document.querySelector('ink-player')!.shadowRoot!.activeElement;
      return el ? { tag: el.tagName, at: el.getAttribute('data-at') } : null;
    });
    expect(focused?.tag).toBe('P');
    const second = await choiceTexts(page);
    await page.keyboard.press('2');
    await expect.poll(() => choiceTexts(page)).not.toEqual(second);
    // Tab reaches the choice buttons, Enter takes one.
    const third = await choiceTexts(page);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const onChoice = await page.evaluate(
        () =>
          document
            .querySelector('ink-player')!
            .shadowRoot!.activeElement?.classList.contains('choice') ?? false,
      );
      if (onChoice) break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => choiceTexts(page)).not.toEqual(third);
    await context.close();
  });

  it('has no serious or critical accessibility violations, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await freshContext(browser, { colorScheme });
      const page = await openPlayer(context);
      await choose(page, 0);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('looks right at desktop and phone width, light and dark (screenshots)', async () => {
    const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } };
    for (const [name, viewport] of Object.entries(sizes)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await freshContext(browser, { viewport, colorScheme });
        const page = await openPlayer(context);
        await choose(page, 0);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SCREENSHOTS}/player-${name}-${colorScheme}.png` });
        await context.close();
      }
    }
  });
});

describe('bad input', () => {
  it('keeps a corrupt autosave, says so, and starts a new game', async () => {
    const context = await freshContext(browser);
    const page = await openPlayer(context);
    await choose(page, 0);
    await autosaved(page);
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('stavka');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const storeName = 'stavka_campaign';
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(storeName, 'readwrite');
        tx.objectStore(storeName).put(
          { schemaVersion: 1, id: 'autosave', data: '{broken' },
          'autosave',
        );
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.reload();
    await expect.poll(() => notices(page).innerText()).toMatch(/autosave could not be read/);
    expect(await choiceButtons(page).count()).toBeGreaterThan(0);
    // Playing on does not overwrite the damaged save: it waits in the Saves menu.
    await choose(page, 0);
    await autosaved(page);
    const dialog = await openSaves(page);
    await expect.poll(() => dialog.locator('.problem').count()).toBe(1);
    expect(await dialog.locator('.problem').innerText()).toMatch(/cannot be loaded/);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('rejects a truncated file, a foreign file, a 50 MB file and keeps script in a file as text', async () => {
    const context = await freshContext(browser);
    const page = await openPlayer(context);
    await choose(page, 0);
    const dialog = await openSaves(page);
    await dialog.getByLabel('Name of the new save').fill('<img src=x onerror="window.pwned=1">');
    await dialog.getByRole('button', { name: 'Save current game' }).click();
    await expect.poll(() => dialog.getByRole('listitem').count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    const exported = readFileSync(await download.path(), 'utf8');
    await dialog.getByRole('button', { name: 'Close' }).click();

    expect(await importFile(page, 'cut.json', exported.slice(0, exported.length / 2))).toMatch(
      /not a complete save file/,
    );
    await page
      .getByRole('dialog', { name: 'Saved games' })
      .getByRole('button', { name: 'Close' })
      .click();
    expect(
      await importFile(
        page,
        'package.json',
        JSON.stringify({ name: 'left-pad', version: '1.0.0' }),
      ),
    ).toMatch(/not a Stavka save file/);
    await page
      .getByRole('dialog', { name: 'Saved games' })
      .getByRole('button', { name: 'Close' })
      .click();
    const huge = Buffer.alloc(50 * 1024 * 1024, 'a');
    expect(await importFile(page, 'huge.json', huge)).toMatch(/50(\.0)? MB/);
    await page
      .getByRole('dialog', { name: 'Saved games' })
      .getByRole('button', { name: 'Close' })
      .click();

    // The export, imported back into the browser it came from, adds nothing …
    expect(await importFile(page, 'same.json', exported)).toMatch(
      /Imported 0 saves\. [12] (was|were) already here and (was|were) skipped\./,
    );
    expect(
      await page.getByRole('dialog', { name: 'Saved games' }).getByRole('listitem').count(),
    ).toBe(1);
    await page
      .getByRole('dialog', { name: 'Saved games' })
      .getByRole('button', { name: 'Close' })
      .click();
    // … while a save that is not here yet comes in, its name still only text.
    const envelope = JSON.parse(exported) as { records: { id: string; kind: string }[] };
    for (const record of envelope.records) if (record.kind === 'slot') record.id = 'another-slot';
    expect(await importFile(page, 'again.json', JSON.stringify(envelope))).toMatch(
      /Imported 1 save\./,
    );
    const names = await page
      .getByRole('dialog', { name: 'Saved games' })
      .locator('.name')
      .allInnerTexts();
    expect(
      names.filter((n) => n.includes('<img src=x onerror="window.pwned=1">')).length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(await page.locator('ink-player img[src=x]').count()).toBe(0);
    // Nothing else was lost: the game goes on.
    expect(await choiceButtons(page).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('plays in memory and says so when storage is blocked', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'stavka-blocked-'));
    mkdirSync(join(profile, 'Default'), { recursive: true });
    // Chromium's own setting "Block sites from saving data": IndexedDB is refused for real.
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
    );
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS],
    });
    const page = await openPlayer(context);
    await expect.poll(() => notices(page).innerText()).toMatch(/progress will not be kept/);
    expect(await saveState(page).innerText()).toMatch(/playing in memory/);
    await choose(page, 0);
    await choose(page, 0);
    expect(await choiceButtons(page).count()).toBeGreaterThan(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps playing and says so when storage is full', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    // A real quota of 1 kB for the site: IndexedDB refuses the writes with QuotaExceededError.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(siteUrl()).origin,
      quotaSize: 1000,
    });
    await page.goto(siteUrl());
    // The refusal comes with the first write, once the story is up: on a busy machine, seconds.
    await expect
      .poll(() => notices(page).innerText(), { timeout: 15_000 })
      .toMatch(/storage is full.*progress will not be kept/s);
    await choose(page, 0);
    await choose(page, 0);
    expect(await saveState(page).innerText()).toBe('Not saved: playing in memory');
    expect(await choiceButtons(page).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('never lets two tabs silently overwrite each other', async () => {
    const context = await freshContext(browser);
    const a = await openPlayer(context);
    const b = await openPlayer(context);
    // Both tabs have opened their saves (on a busy machine, after their first paint).
    await saveSettled(a);
    await saveSettled(b);
    await choose(a, 0);
    await autosaved(a);
    const aText = await story(a).innerText();
    await choose(b, 1);
    await expect
      .poll(() => notices(b).innerText(), { timeout: 15_000 })
      .toMatch(/continued in another tab/);
    const c = await openPlayer(context);
    expect(await story(c).innerText()).toBe(aText);
    await context.close();
  });

  it('keeps a tab that gave orders before its saves opened from overwriting the other tab', async () => {
    // No service worker, so that the route below sees the saves' chunk being fetched.
    const context = await freshContext(browser, { serviceWorkers: 'block' });
    const a = await openPlayer(context);
    await saveSettled(a);
    // Tab b's saves stay closed (their code held back on the wire) while a plays and saves.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/save-library[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const b = await openPlayer(context);
    await choose(a, 0);
    await autosaved(a);
    const aText = await story(a).innerText();
    await choose(b, 1);
    const bText = await story(b).innerText();
    release();
    await saveSettled(b);
    await expect
      .poll(() => notices(b).innerText(), { timeout: 15_000 })
      .toMatch(/continued in another tab/);
    expect(await saveState(b).innerText()).toBe('Not saved: continued in another tab');
    // b keeps its own road on screen; the stored game is still a's.
    expect(await story(b).innerText()).toBe(bText);
    await context.unrouteAll();
    const c = await openPlayer(context);
    expect(await story(c).innerText()).toBe(aText);
    await context.close();
  });
});
