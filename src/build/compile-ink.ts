/**
 * Compiles an ink story (and every file it INCLUDEs) to the runtime's JSON with inkjs's own
 * compiler. Node only: used by the Vite plugin, the compile CLI and the explorer.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';

export type DiagnosticSeverity = 'error' | 'warning' | 'todo';

/** One message from the ink compiler, tied to the file and line it is about. */
export interface InkDiagnostic {
  readonly severity: DiagnosticSeverity;
  /** Absolute path of the `.ink` file, or the entry file when the compiler named none. */
  readonly file: string;
  readonly line: number | null;
  readonly message: string;
}

export interface CompiledInk {
  /** The compiled story, as the inkjs runtime's `Story` constructor takes it. */
  readonly json: string;
  /** Absolute paths of the entry file and every file it INCLUDEs, directly or not. */
  readonly files: readonly string[];
  readonly warnings: readonly InkDiagnostic[];
  /** The story's global tags (the tags at the top of the entry file), as written. */
  readonly globalTags: readonly string[];
}

/** Formats a diagnostic the way editors link it: `path:line: message`. */
export function formatDiagnostic(d: InkDiagnostic, cwd = process.cwd()): string {
  const where = d.line === null ? relative(cwd, d.file) : `${relative(cwd, d.file)}:${d.line}`;
  return `${where}: ${d.severity}: ${d.message}`;
}

/** Thrown when the story does not compile; `diagnostics` holds every error the compiler found. */
export class InkCompileError extends Error {
  readonly diagnostics: readonly InkDiagnostic[];
  constructor(diagnostics: readonly InkDiagnostic[]) {
    const first = diagnostics[0];
    super(
      diagnostics.length === 0
        ? 'ink compilation failed'
        : diagnostics.map((d) => formatDiagnostic(d)).join('\n'),
    );
    this.name = 'InkCompileError';
    this.diagnostics = diagnostics;
    if (first) {
      this.file = first.file;
      this.line = first.line;
    }
  }
  readonly file?: string;
  readonly line?: number | null;
}

const MESSAGE =
  /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING): (?:'([^']+)' )?(?:line (\d+): )?([\s\S]*)$/;

/** Parses one compiler message; file names in it are relative to the entry file's folder. */
export function parseCompilerMessage(text: string, entryPath: string): InkDiagnostic {
  const root = dirname(entryPath);
  const m = MESSAGE.exec(text.trim());
  if (!m) return { severity: 'error', file: entryPath, line: null, message: text.trim() };
  const [, kind = 'ERROR', file, line, message = ''] = m;
  const severity: DiagnosticSeverity = kind.includes('WARNING')
    ? 'warning'
    : kind === 'TODO'
      ? 'todo'
      : 'error';
  return {
    severity,
    file: file ? resolve(root, file) : entryPath,
    line: line ? Number(line) : null,
    message,
  };
}

/**
 * Compiles `entryPath`. `readFile` lets a caller supply unsaved text (the dev server) or
 * in-memory fixtures; by default files are read from disk.
 */
export function compileInk(
  entryPath: string,
  readFile: (absolutePath: string) => string = (p) => readFileSync(p, 'utf8'),
): CompiledInk {
  const entry = resolve(entryPath);
  const root = dirname(entry);
  const files = [entry];
  const diagnostics: InkDiagnostic[] = [];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(root, name),
    LoadInkFileContents: (path: string) => {
      files.push(path);
      try {
        return readFile(path);
      } catch {
        throw new InkCompileError([
          {
            severity: 'error',
            file: path,
            line: null,
            message: `cannot read included file ${relative(root, path)}`,
          },
        ]);
      }
    },
  };
  let source: string;
  try {
    source = readFile(entry);
  } catch {
    throw new InkCompileError([
      { severity: 'error', file: entry, line: null, message: `cannot read ${entryPath}` },
    ]);
  }
  const options = new CompilerOptions(
    entry.slice(root.length + 1),
    [],
    false,
    (message: string) => diagnostics.push(parseCompilerMessage(message, entry)),
    fileHandler,
  );
  const compiler = new Compiler(source.replace(/^\uFEFF/, ''), options);
  let json: string | null = null;
  let globalTags: readonly string[] = [];
  try {
    const story = compiler.Compile();
    json = story ? (story.ToJson() ?? null) : null;
    globalTags = story?.globalTags ?? [];
  } catch (error) {
    if (error instanceof InkCompileError) throw error;
    if (!(error instanceof Error) || error.message !== 'Compilation failed.') throw error;
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || json === null) throw new InkCompileError(errors);
  return {
    json,
    files: [...new Set(files)],
    warnings: diagnostics.filter((d) => d.severity !== 'error'),
    globalTags,
  };
}
