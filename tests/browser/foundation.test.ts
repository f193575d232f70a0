import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshContext, launchChromium } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the built site', () => {
  it('carries the ink runtime but never the compiler', () => {
    const scripts = filesUnder('dist').filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const text = scripts.map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text).toContain('inkVersionCurrent');
    expect(text).not.toContain('InkParser');
  });

  it('plays the campaign: choices are buttons and taking them continues the story', async () => {
    const context = await freshContext(browser);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseUrl'));
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Immortal is an Ample Word');
    await expect.poll(() => page.locator('ink-player .story').innerText()).toContain('Di Hua');
    const choices = page.locator('ink-player .choices').getByRole('button');
    let taken = 0;
    while (taken < 3 && (await choices.count()) > 0) {
      const before = await page.locator('ink-player .story').innerText();
      await choices.first().click();
      await expect.poll(() => page.locator('ink-player .story').innerText()).not.toBe(before);
      taken++;
    }
    expect(taken).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
