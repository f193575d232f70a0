/** A `.ink` file imported through the Vite plugin (`src/build/vite-plugin-ink.ts`). */
declare module '*.ink' {
  /** The compiled story, as the inkjs runtime's `Story` constructor takes it. */
  export const storyJson: string;
  /** The first 16 hex digits of the SHA-256 of `storyJson`. */
  export const storyHash: string;
  /** The ink files it was compiled from, relative to the project root. */
  export const sourceFiles: readonly string[];
  export default storyJson;
}

/** The endings a story declares with `# ending:` tags (see the Vite plugin). */
declare module '*.ink?endings' {
  const endings: readonly { readonly id: string; readonly title: string }[];
  export default endings;
}

/**
 * What the explorer found out about the story at build time (see `src/analysis-types.ts`).
 * Import it lazily, with `import()`: it is a chunk of its own and never on the first screen.
 */
declare module '*.ink?analysis' {
  const analysis: import('./analysis-types.ts').StoryAnalysis;
  export default analysis;
}
