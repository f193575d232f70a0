import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, InkCompileError } from '../../src/build/compile-ink.ts';
import { fixturePath } from './compile-fixture.ts';
import { bundleWithInkPlugin } from './plugin-build.ts';

/** Builds a one-file project that imports `inkFile` through the plugin; returns the bundle text. */
async function buildImporting(
  inkFile: string,
  importLine = 'import json, { storyHash, sourceFiles } from',
): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'ink-plugin-'));
  cpSync(fixturePath('plugin'), root, { recursive: true });
  writeFileSync(
    join(root, 'entry.js'),
    importLine.includes('endings')
      ? `${importLine} './${inkFile}';\nexport { endings };\n`
      : `${importLine} './${inkFile}';\nexport { json, storyHash, sourceFiles };\n`,
  );
  return bundleWithInkPlugin(root);
}

describe('compileInk', () => {
  it('compiles a story with the files it INCLUDEs', () => {
    const result = compileInk(fixturePath('plugin/good.ink'));
    expect(result.files.map((f) => f.replace(/.*fixtures\//, ''))).toEqual([
      'plugin/good.ink',
      'plugin/parts/part.ink',
    ]);
    expect(result.json).toContain('Hello from the included file.');
  });

  it('fails a broken story naming the included file, the line and the message', () => {
    let caught: unknown;
    try {
      compileInk(fixturePath('plugin/broken-main.ink'));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InkCompileError);
    const error = caught as InkCompileError;
    expect(error.diagnostics[0]).toMatchObject({
      file: fixturePath('plugin/broken-part.ink'),
      line: 3,
      severity: 'error',
    });
    expect(error.message).toMatch(/broken-part\.ink:3: error: .*an_undeclared_variable/);
  });

  it('names an INCLUDE that does not exist', () => {
    expect(() => compileInk(fixturePath('plugin/missing-include.ink'))).toThrow(
      /no-such-file\.ink/,
    );
  });

  it('returns warnings (TODOs) without failing', () => {
    const result = compileInk(fixturePath('plugin/warning.ink'));
    expect(result.warnings[0]).toMatchObject({ severity: 'todo', line: 1 });
    expect(result.warnings[0]?.message).toMatch(/write a better opening/);
  });
});

describe('inkPlugin', () => {
  it('turns an .ink import into a module exporting the compiled JSON and its hash', async () => {
    const code = await buildImporting('good.ink');
    expect(code).toContain('Hello from the included file.');
    expect(code).toMatch(/storyHash = "[0-9a-f]{16}"/);
    expect(code).toContain('parts/part.ink');
  });

  it('fails the build on a compile error, naming file and line', async () => {
    await expect(buildImporting('broken-main.ink')).rejects.toThrow(/broken-part\.ink:3/);
  });

  it('exports the endings a story declares with `?endings`', async () => {
    const code = await buildImporting('endings.ink?endings', 'import endings from');
    expect(code).toMatch(/"id": "north",\s*"title": "The Northern Road"/);
    expect(code).toMatch(/"id": "south",\s*"title": "south"/);
  });
});
