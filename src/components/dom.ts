/**
 * Plain DOM for the parts of a panel that repeat (a row per stat, a dot per decision): Lit
 * marks every item of a list and every binding in it with a comment node, which after a full
 * run made a third of the page's nodes. These parts are built here instead, and kept from one
 * update to the next while what they show is the same.
 *
 * Text always goes in as text, never as markup.
 */

/** What an element built by `el` may hold: text, a node, or nothing (skipped). */
export type Child = string | Node | null | undefined | false;

/** An attribute's value; `null`, `undefined` and `false` leave it out. */
type AttributeValue = string | null | undefined | false;

/** An HTML element with these attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) element.setAttribute(name, value);
  }
  // Neighbouring strings make one text node, not one each.
  let text = '';
  for (const child of children) {
    if (typeof child === 'string') {
      text += child;
      continue;
    }
    if (text) element.append(text);
    text = '';
    if (child) element.append(child);
  }
  if (text) element.append(text);
  return element;
}

/**
 * Makes `parent`'s children exactly `wanted`, in order, moving only what is out of place: a
 * node already where it belongs is not touched, so the page does not style it again.
 */
export function placeChildren(parent: Element, wanted: readonly Node[]): void {
  const keep = new Set(wanted);
  for (const child of [...parent.childNodes]) if (!keep.has(child)) child.remove();
  wanted.forEach((node, i) => {
    const there = parent.childNodes[i] ?? null;
    if (there !== node) parent.insertBefore(node, there);
  });
}

/**
 * Nodes (or lists of them) kept by key, each made again only when what it shows (its
 * signature) changes.
 * `build` is called for a key the first time and whenever its signature differs from the
 * last; keys not asked for in an update are forgotten.
 */
export class KeptNodes<T> {
  private kept = new Map<string, { signature: string; node: T }>();

  /** The nodes for these items, in order. */
  update<I>(
    items: readonly I[],
    keyOf: (item: I, index: number) => string,
    signatureOf: (item: I) => string,
    build: (item: I) => T,
  ): T[] {
    const next = new Map<string, { signature: string; node: T }>();
    const nodes = items.map((item, i) => {
      const key = keyOf(item, i);
      const signature = signatureOf(item);
      const old = this.kept.get(key);
      const entry = old && old.signature === signature ? old : { signature, node: build(item) };
      next.set(key, entry);
      return entry.node;
    });
    this.kept = next;
    return nodes;
  }

  /** Forgets every node (what they show depends on something that changed). */
  clear(): void {
    this.kept.clear();
  }
}
