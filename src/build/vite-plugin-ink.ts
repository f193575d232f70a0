/**
 * Vite plugin: `import story from './story/main.ink'` yields the story compiled by inkjs's own
 * compiler. The module exports the compiled JSON (as a string, which the runtime parses once),
 * a content hash, and the files it was built from. Every INCLUDEd file is watched; editing any
 * of them recompiles and reloads the page. `story.ink?endings` exports the endings the story
 * declares (`[{ id, title }]`), which the page uses for its endings count. Compile errors fail the build (file, line, message)
 * and show in the dev server's overlay; warnings are printed.
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { declaredEndings } from '../explorer/story-map.ts';
import { compileInk, formatDiagnostic, InkCompileError } from './compile-ink.ts';

/** What a compiled `.ink` module exports (see `src/ink-modules.d.ts`). */
export function inkModuleCode(json: string, files: readonly string[], root: string): string {
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
  return [
    `export const storyJson = ${JSON.stringify(json)};`,
    `export const storyHash = ${JSON.stringify(hash)};`,
    `export const sourceFiles = ${JSON.stringify(files.map((f) => relative(root, f)))};`,
    'export default storyJson;',
  ].join('\n');
}

export function inkPlugin(): Plugin {
  /** entry `.ink` module id -> every file it was compiled from */
  const dependencies = new Map<string, readonly string[]>();
  let root = process.cwd();
  let server: ViteDevServer | undefined;

  return {
    name: 'stavka:ink',
    configResolved(config) {
      root = config.root;
    },
    configureServer(devServer) {
      server = devServer;
    },
    transform(_code, id) {
      const [file, query = ''] = id.split('?', 2);
      if (!file || !file.endsWith('.ink')) return null;
      try {
        const result = compileInk(file);
        dependencies.set(file, result.files);
        for (const dependency of result.files) this.addWatchFile(dependency);
        for (const warning of result.warnings) this.warn(formatDiagnostic(warning, root));
        if (query === 'endings') {
          // `story.ink?endings`: the endings the story declares, for the endings count.
          return {
            code: `export default ${JSON.stringify(declaredEndings(result.json))};`,
            map: null,
          };
        }
        return { code: inkModuleCode(result.json, result.files, root), map: null };
      } catch (error) {
        if (!(error instanceof InkCompileError)) throw error;
        // Keep watching the files of a broken story, so fixing one recompiles it.
        for (const d of error.diagnostics) this.addWatchFile(d.file);
        const first = error.diagnostics[0];
        this.error({
          message: `ink: ${error.diagnostics.map((d) => formatDiagnostic(d, root)).join('\n')}`,
          id: first?.file ?? file,
          loc: first?.line ? { file: first.file, line: first.line, column: 0 } : undefined,
        });
      }
    },
    handleHotUpdate({ file }) {
      if (!file.endsWith('.ink') || !server) return;
      const graph = server.moduleGraph;
      let touched = false;
      for (const [entry, files] of dependencies) {
        if (entry !== file && !files.includes(file)) continue;
        for (const mod of graph.getModulesByFile(entry) ?? []) graph.invalidateModule(mod);
        touched = true;
      }
      if (!touched) return;
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
