/**
 * Vite plugin: `import story from './story/main.ink'` yields the story compiled by inkjs's own
 * compiler. The module exports the compiled JSON (as a string, which the runtime parses once),
 * a content hash, and the files it was built from. Every INCLUDEd file is watched; editing any
 * of them recompiles and reloads the page. `story.ink?endings` exports the endings the story
 * declares (`[{ id, title }]`), which the page uses for its endings count. Compile errors fail the build (file, line, message)
 * and show in the dev server's overlay; warnings are printed.
 *
 * `story.ink?analysis` exports what the explorer finds out about the story (`StoryAnalysis`).
 * The walk starts in a worker thread as soon as the story compiles and never holds up the story
 * module; only the `?analysis` module waits for it. Results are kept by story hash under
 * `node_modules/.cache/stavka-analysis/`, so an unchanged story is never walked twice, and an
 * edited one is never served its old analysis.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkedGlobalTags } from '../engine/checked-tags.ts';
import { declaredEndings } from '../explorer/story-map.ts';
import { AnalysisError, AnalysisJobs, defaultAnalysisCacheDir } from './analysis-jobs.ts';
import { compileInk, formatDiagnostic, InkCompileError, type CompiledInk } from './compile-ink.ts';
import { DEFAULT_ANALYSE_OPTIONS, type AnalyseOptions } from './story-analysis.ts';

export interface InkPluginOptions {
  /** How `?analysis` modules are worked out; every field has a default. */
  readonly analysis?: Partial<AnalyseOptions> & {
    /** Where analyses are kept (default: `node_modules/.cache/stavka-analysis` under the root). */
    readonly cacheDir?: string;
  };
}

/** The first 16 hex digits of the SHA-256 of the compiled story: its identity everywhere. */
export function storyHashOf(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/** What a compiled `.ink` module exports (see `src/ink-modules.d.ts`). */
export function inkModuleCode(json: string, files: readonly string[], root: string): string {
  const hash = storyHashOf(json);
  return [
    `export const storyJson = ${JSON.stringify(json)};`,
    `export const storyHash = ${JSON.stringify(hash)};`,
    `export const sourceFiles = ${JSON.stringify(files.map((f) => relative(root, f)))};`,
    'export default storyJson;',
  ].join('\n');
}

export const INK_PLUGIN_NAME = 'stavka:ink';

/** What the ink plugin offers other plugins (Vite's `plugin.api`). */
export interface InkPluginApi {
  /**
   * The story compiled from the `.ink` file at this absolute path: the same object the plugin
   * builds its modules from, compiled once until one of its files changes (or the next build).
   */
  compile(file: string): CompiledInk;
}

export function inkPlugin(options: InkPluginOptions = {}): Plugin<InkPluginApi> {
  /** entry `.ink` module id -> every file it was compiled from */
  const dependencies = new Map<string, readonly string[]>();
  /** entry `.ink` file -> its last compiled story, until one of its files changes */
  const compiled = new Map<string, CompiledInk>();
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  let jobs: AnalysisJobs | undefined;

  /** Compiles `file`, or reuses the story compiled for another query of the same file. */
  const compile = (file: string): CompiledInk => {
    const known = compiled.get(file);
    if (known) return known;
    const result = compileInk(file);
    compiled.set(file, result);
    return result;
  };

  return {
    name: INK_PLUGIN_NAME,
    api: { compile },
    configResolved(config) {
      root = config.root;
      const { cacheDir, ...analyse } = options.analysis ?? {};
      jobs = new AnalysisJobs(cacheDir ?? defaultAnalysisCacheDir(root), {
        ...DEFAULT_ANALYSE_OPTIONS,
        // The dev server leaves a core to the page and the author; a build may use them all.
        workers: config.command === 'build' ? availableParallelism() : 1,
        ...analyse,
      });
    },
    configureServer(devServer) {
      server = devServer;
    },
    buildStart() {
      // A new build (or the dev server's start) compiles every story afresh.
      compiled.clear();
    },
    buildEnd() {
      // A build asks for every module before it ends: a walk nobody waited for is not needed.
      if (!server) jobs?.stopUnwanted();
    },
    closeBundle() {
      if (server) jobs?.close();
    },
    async transform(_code, id) {
      const [file, query = ''] = id.split('?', 2);
      if (!file || !file.endsWith('.ink')) return null;
      try {
        const result = compile(file);
        dependencies.set(file, result.files);
        for (const dependency of result.files) this.addWatchFile(dependency);
        for (const warning of result.warnings) this.warn(formatDiagnostic(warning, root));
        const hash = storyHashOf(result.json);
        if (query === 'analysis') {
          const analysis = await jobs!.analysis(file, hash, result.json);
          return { code: `export default ${JSON.stringify(analysis)};`, map: null };
        }
        if (query === '') {
          // Start walking now, while the rest of the page is built; nothing waits for it here.
          jobs?.prepare(file, hash, result.json);
          // A contract tag the player cannot read is left out: tell the author which, and why.
          for (const problem of checkedGlobalTags(result.globalTags).problems) {
            this.warn(`${relative(root, file)}: ${problem}`);
          }
        }
        if (query === 'endings') {
          // `story.ink?endings`: the endings the story declares, for the endings count.
          return {
            code: `export default ${JSON.stringify(declaredEndings(result.json))};`,
            map: null,
          };
        }
        return { code: inkModuleCode(result.json, result.files, root), map: null };
      } catch (error) {
        if (error instanceof AnalysisError)
          this.error(`ink: ${relative(root, file)}: ${error.message}`);
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
        compiled.delete(entry);
        for (const mod of graph.getModulesByFile(entry) ?? []) graph.invalidateModule(mod);
        touched = true;
      }
      if (!touched) return;
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
