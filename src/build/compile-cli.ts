/**
 * `npm run compile-ink -- story.ink [-o out.json]`: compiles any ink story to the runtime's JSON.
 * Errors are printed as `file:line: error: message` and the exit code is 1.
 */
import { writeFileSync } from 'node:fs';
import { compileInk, formatDiagnostic, InkCompileError } from './compile-ink.ts';

function main(argv: readonly string[]): number {
  const args = [...argv];
  const outAt = args.indexOf('-o');
  const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
  const input = args.find((a) => !a.startsWith('-'));
  if (!input || args.includes('-h') || args.includes('--help')) {
    process.stderr.write('usage: compile-ink FILE.ink [-o FILE.json]\n');
    return input ? 0 : 2;
  }
  try {
    const result = compileInk(input);
    for (const w of result.warnings) process.stderr.write(formatDiagnostic(w) + '\n');
    const target = out ?? input.replace(/\.ink$/, '') + '.json';
    writeFileSync(target, result.json);
    process.stderr.write(`compiled ${result.files.length} file(s) to ${target}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InkCompileError) {
      process.stderr.write(error.message + '\n');
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
