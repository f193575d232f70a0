/** Typed errors of the story engine, with messages a player or author can read. */

/** The ink runtime reported an error: the story cannot go on from this point. */
export class InkRuntimeError extends Error {
  readonly messages: readonly string[];
  constructor(messages: readonly string[]) {
    super(`The story hit an error: ${messages.join('; ')}`);
    this.name = 'InkRuntimeError';
    this.messages = messages;
  }
}

/** The ink runtime reported a warning: the story goes on, but the author should look. */
export class InkRuntimeWarning {
  readonly name = 'InkRuntimeWarning';
  constructor(readonly message: string) {}
}

/** The data given is not a compiled ink story the runtime can load. */
export class StoryLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoryLoadError';
  }
}

/** A choice was asked for that the story does not offer now. */
export class ChoiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChoiceError';
  }
}

/** A snapshot could not be restored into this story. */
export class SnapshotError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SnapshotError';
  }
}
