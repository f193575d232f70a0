/**
 * EXTERNAL functions: ink fallbacks are used when the host binds nothing (as Inky and
 * `inklecate -p` do); an external with neither makes inkjs stop the story at its first step,
 * with a message that this module turns into one a player or author can act on.
 */

const UNBOUND =
  /Missing function binding for externals?: '(.*?)'\s*,? (?:and no fallback|\(ink fallbacks disabled\))/;

/** The names of the EXTERNAL functions an inkjs error says have neither a binding nor a fallback. */
export function unboundExternals(message: string): string[] {
  const match = UNBOUND.exec(message);
  return match ? (match[1] ?? '').split(/',\s*'/).filter(Boolean) : [];
}

/** A readable message for a story that calls EXTERNAL functions nothing provides. */
export function unboundExternalsMessage(names: readonly string[]): string {
  const list = names.map((n) => `“${n}”`).join(', ');
  const one = names.length === 1;
  return (
    `This story calls the EXTERNAL function${one ? '' : 's'} ${list}, which ${one ? 'has' : 'have'} ` +
    `no ink fallback and ${one ? 'is' : 'are'} not provided here, so it cannot go on.`
  );
}

/** `message`, rewritten when it is inkjs's report of unbound EXTERNAL functions. */
export function describeRuntimeError(message: string): string {
  const names = unboundExternals(message);
  return names.length > 0 ? unboundExternalsMessage(names) : message;
}
