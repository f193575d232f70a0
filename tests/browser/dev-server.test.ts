import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkPlugin } from '../../src/build/vite-plugin-ink.ts';
import { freshContext, launchChromium } from './browser.ts';

let browser: Browser;
let server: ViteDevServer;
let root: string;
let url: string;

beforeAll(async () => {
  browser = await launchChromium();
  // A one-page project around a story that INCLUDEs another file.
  root = mkdtempSync(join(tmpdir(), 'ink-dev-'));
  cpSync(fileURLToPath(new URL('../fixtures/plugin', import.meta.url)), root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html><body><pre id="out"></pre><script type="module">
      import json from './good.ink';
      import { Story } from 'inkjs';
      const story = new Story(json);
      document.getElementById('out').textContent = story.ContinueMaximally();
    </script></body></html>`,
  );
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkPlugin()],
    server: { port: 0, host: '127.0.0.1' },
    resolve: {
      alias: {
        inkjs: fileURLToPath(new URL('../../node_modules/inkjs/dist/ink.mjs', import.meta.url)),
      },
    },
  });
  await server.listen();
  const address = server.httpServer!.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}/`;
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

describe('the dev server', () => {
  it('reloads the story in the open page when an included .ink file is saved', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto(url);
    await expect
      .poll(() => page.locator('#out').innerText())
      .toContain('Hello from the included file.');
    const part = join(root, 'parts', 'part.ink');
    writeFileSync(
      part,
      readFileSync(part, 'utf8').replace(
        'Hello from the included file.',
        'Edited while the page was open.',
      ),
    );
    await expect
      .poll(() => page.locator('#out').innerText(), { timeout: 60_000 })
      .toContain('Edited while the page was open.');
    await context.close();
  });

  it('shows a compile error in the error overlay, naming file and line', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.goto(url);
    await expect.poll(() => page.locator('#out').innerText()).not.toBe('');
    const part = join(root, 'parts', 'part.ink');
    writeFileSync(part, '=== part_knot ===\nBroken {nope}\n-> END\n');
    await expect
      .poll(
        () => page.locator('vite-error-overlay').evaluate((el) => el.shadowRoot?.textContent ?? ''),
        { timeout: 60_000 },
      )
      .toMatch(/part\.ink:2.*nope/s);
    await context.close();
  });
});
