/** Compiles a fixture story under tests/fixtures/ with the project's own compiler. */
import { fileURLToPath } from 'node:url';
import { compileInk } from '../../src/build/compile-ink.ts';

export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));
}

export function compileFixture(relative: string): string {
  return compileInk(fixturePath(relative)).json;
}
