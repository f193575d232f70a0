/**
 * The player holding up where players and hosts are unkind: a reload straight after an order,
 * a strict Content-Security-Policy, a sub-path on someone else's server, the network gone.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForFile, freshContext } from './browser.ts';
import {
  autosaved,
  choiceButtons,
  choose,
  notices,
  openPlayer,
  openSaves,
  pageErrors,
  siteUrl,
  story,
} from './player-page.ts';

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

/** Collects every CSP violation the page reports, from the first script on. */
async function watchPolicy(page: Page): Promise<string[]> {
  const reports: string[] = [];
  page.on('pageerror', (error) => reports.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) reports.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => reports.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (t: string) => void })
        .reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}`);
    });
  });
  return reports;
}

describe('the Content-Security-Policy', () => {
  it('forbids inline script and eval, and nothing the game does is blocked by it', async () => {
    const context = await freshContext(browser(), { acceptDownloads: true });
    const page = await context.newPage();
    const reports = await watchPolicy(page);
    await page.goto(siteUrl());
    await expect.poll(() => choiceButtons(page).count()).toBeGreaterThan(0);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const directives = (policy ?? '').split(';').map((d) => d.trim());
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("object-src 'none'");

    // Play, with the war room drawn around the story.
    for (let i = 0; i < 4; i++) await choose(page, i % 2);
    await expect
      .poll(() => page.locator('ink-player war-room theatre-map path.region').count())
      .toBeGreaterThan(10);
    // Save, export, load, rewind.
    const dialog = await openSaves(page);
    await dialog.getByLabel('Name of the new save').fill('Under the policy');
    await dialog.getByRole('button', { name: 'Save current game' }).click();
    await expect
      .poll(() => dialog.locator('.name', { hasText: 'Under the policy' }).count())
      .toBe(1);
    await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    const saved = await story(page).innerText();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await choose(page, 0);
    const reopened = await openSaves(page);
    await reopened.getByRole('button', { name: 'Load Under the policy' }).click();
    await expect.poll(() => story(page).innerText()).toBe(saved);
    await page.getByRole('button', { name: /^History/ }).click();
    await page.getByRole('button', { name: /^Rewind to decision 1:/ }).click();
    await expect.poll(() => choiceButtons(page).count()).toBeGreaterThan(0);
    await autosaved(page);
    await page.reload();
    await expect.poll(() => choiceButtons(page).count()).toBeGreaterThan(0);
    expect(reports).toEqual([]);

    // And the policy does hold: an inline script is refused, and reported. (`eval` cannot be
    // tried from here: the test driver's own evaluation is exempt; script-src above has no
    // 'unsafe-eval'.)
    expect(
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
        return 'inlineRan' in window;
      }),
    ).toBe(false);
    await expect.poll(() => reports.length).toBe(1);
    expect(reports[0]).toMatch(/script-src/);
    await context.close();
  });
});

const PREFIX = '/some/sub/path/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves a copy of dist/ under /some/sub/path/ only, as a game host would, and notes every
 * path asked for: anything outside the prefix is a 404 and a failure.
 */
async function subPathHost() {
  const root = mkdtempSync(join(tmpdir(), 'stavka-host-'));
  cpSync('dist', root, { recursive: true });
  const outside: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (!path.startsWith(PREFIX)) {
      outside.push(path);
      response.writeHead(404).end();
      return;
    }
    const file = join(root, path.slice(PREFIX.length) || 'index.html');
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${PREFIX}`,
    root,
    outside,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('deployed under a sub-path, then offline', () => {
  it('plays from /some/sub/path/, then with the network off, and says when a new build is in', async () => {
    const host = await subPathHost();
    const context = await freshContext(browser());
    try {
      const page = await context.newPage();
      const reports = await watchPolicy(page);
      await page.goto(host.url);
      await expect.poll(() => choiceButtons(page).count()).toBeGreaterThan(0);
      await choose(page, 0);
      await expect
        .poll(() => page.locator('ink-player war-room theatre-map path.region').count())
        .toBeGreaterThan(10);
      await autosaved(page);
      // The worker has kept every file of the build before the network goes.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) =>
            navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
          );
        }
      });
      expect(host.outside).toEqual([]);

      await context.setOffline(true);
      await page.reload();
      await expect.poll(() => choiceButtons(page).count()).toBeGreaterThan(0);
      const text = await story(page).innerText();
      await choose(page, 0);
      expect(await story(page).innerText()).not.toBe(text);
      await expect
        .poll(() => page.locator('ink-player war-room theatre-map path.region').count())
        .toBeGreaterThan(10);
      const dialog = await openSaves(page);
      await dialog.getByLabel('Name of the new save').fill('Offline');
      await dialog.getByRole('button', { name: 'Save current game' }).click();
      await expect.poll(() => dialog.locator('.name', { hasText: 'Offline' }).count()).toBe(1);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await context.setOffline(false);

      // A new build is deployed: the next visit installs it and the page says so.
      writeFileSync(
        join(host.root, 'sw.js'),
        readFileSync(join(host.root, 'sw.js'), 'utf8').replace(
          /stavka-[0-9a-f]{12}/,
          'stavka-000000000000',
        ),
      );
      await page.reload();
      await expect.poll(() => choiceButtons(page).count()).toBeGreaterThan(0);
      await expect
        .poll(() => notices(page).innerText())
        .toMatch(/A new version of the game has been installed/);
      expect(host.outside).toEqual([]);
      expect(reports).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });
});
