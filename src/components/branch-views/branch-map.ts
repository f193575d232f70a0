import { LitElement, css, nothing, type PropertyValues } from 'lit';
import { html } from '../html.ts';
import { customElement, property, state } from 'lit/decorators.js';
import { decisionName, endingsOpenAt, type StoryAnalysis } from '../../branches/coverage.ts';
import {
  childrenByNode,
  pathTo,
  runsByNode,
  ROOT,
  type Position,
  type Run,
  type RunTreeData,
  type TreeNode,
} from '../../branches/run-tree.ts';
import { branchStyles } from './branch-styles.ts';

/** The player asked to go back to a moment of the tree. */
export class BranchRestoreEvent extends Event {
  static readonly eventName = 'branch-restore' as const;
  constructor(
    readonly node: string,
    /** An order to sign there at once (an untried order of the map), if any. */
    readonly order: { readonly text: string; readonly path: string } | null = null,
  ) {
    super(BranchRestoreEvent.eventName, { bubbles: true, composed: true });
  }
}

/** One row of the map as the keyboard walks it. */
interface Item {
  readonly key: string;
  readonly level: number;
  readonly parent: string | null;
  readonly node: TreeNode | null;
  /** For an untried order: the moment it is offered at, and the order. */
  readonly stub: { readonly at: TreeNode; readonly text: string; readonly path: string } | null;
  readonly hasChildren: boolean;
}

/** Trees at most this big open whole; bigger ones open along the player's way. */
const OPEN_WHOLE = 60;

/**
 * Every run of the story merged into one tree of decisions: the orders taken (each leading to
 * the moment it made), the orders never tried (as quiet stubs), the endings at the leaves, the
 * player's position and, once any ending is found, the road history took. Click, or Enter on
 * a focused moment, goes back to it; on an untried order, signs it there. Keyboard: the
 * WAI-ARIA tree pattern (arrows, Home, End, Enter). Being DOM text, it is its own text version.
 *
 * @summary The branch map.
 * @event branch-restore - Go back to a moment, or try an untried order (`BranchRestoreEvent`).
 */
@customElement('branch-map')
export class BranchMap extends LitElement {
  static override styles = [
    branchStyles,
    css`
      [role='tree'],
      [role='group'] {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      [role='group'].fork {
        margin-left: 0.9rem;
        padding-left: 0.6rem;
        border-left: 2px solid var(--border);
      }
      [role='treeitem'] {
        margin: 0;
      }
      [role='treeitem']:focus {
        outline: none;
      }
      [role='treeitem']:focus-visible > .row {
        outline: 3px solid var(--focus);
        outline-offset: 1px;
      }
      .row {
        display: grid;
        grid-template-columns: 1.4rem 1fr;
        gap: 0 0.35rem;
        align-items: start;
        padding: 0.3rem 0.4rem;
        margin: 0.15rem 0;
        border-radius: var(--radius);
        cursor: pointer;
        border: 1px solid transparent;
      }
      .row:hover {
        background: var(--bg-raised);
        border-color: var(--border);
      }
      .twisty {
        border: 0;
        background: none;
        padding: 0;
        min-height: 0;
        width: 1.4rem;
        height: 1.4rem;
        color: var(--text-muted);
        font-size: 0.75rem;
      }
      .order {
        font-weight: 600;
      }
      .order.history::after {
        content: ' ★ history';
        font-weight: 400;
        font-size: 0.75rem;
        color: var(--text-muted);
      }
      .moment {
        display: block;
        color: var(--text-muted);
        font-size: 0.82rem;
      }
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        margin-top: 0.15rem;
      }
      .badge {
        font-size: 0.75rem;
        border-radius: 999px;
        padding: 0 0.5rem;
        border: 1px solid var(--border);
        background: var(--bg);
      }
      .badge.here {
        background: var(--accent);
        border-color: var(--accent);
        color: var(--accent-text);
        font-weight: 600;
      }
      .badge.ending {
        border-color: var(--accent);
        color: var(--accent);
        font-weight: 600;
      }
      .badge.broken {
        border-color: var(--bad);
        color: var(--bad);
      }
      .current-way > .row {
        box-shadow: inset 3px 0 0 var(--accent);
      }
      .stub > .row {
        color: var(--text-muted);
        font-style: italic;
        font-size: 0.82rem;
        padding-top: 0.05rem;
        padding-bottom: 0.05rem;
        margin: 0;
      }
      .stub .order {
        font-weight: 400;
      }
      .stub .order::before {
        content: 'untried: ';
      }
    `,
  ];

  @property({ attribute: false }) tree: RunTreeData = { nodes: {}, runs: [] };
  @property({ attribute: false }) position: Position | null = null;
  @property({ attribute: false }) analysis: StoryAnalysis | null = null;
  /** Show the road history took (once the player has reached an ending). */
  @property({ type: Boolean }) showHistory = false;

  @state() private _expanded = new Set<string>();
  @state() private _focus: string | null = null;

  private kids = new Map<string, TreeNode[]>();
  private through = new Map<string, Run[]>();
  private way = new Set<string>();
  private items: Item[] = [];
  private opened = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tree') || changed.has('position')) {
      this.kids = childrenByNode(this.tree);
      this.through = runsByNode(this.tree);
      this.way = new Set(
        this.position ? pathTo(this.tree, this.position.node).map((n) => n.id) : [],
      );
      const expanded = new Set(this._expanded);
      if (!this.opened || changed.has('position')) {
        // Open along the player's way (the whole tree when it is small).
        const all = Object.keys(this.tree.nodes).length <= OPEN_WHOLE;
        for (const id of all ? Object.keys(this.tree.nodes) : this.way) expanded.add(id);
        this.opened = true;
      }
      this._expanded = expanded;
    }
    this.items = this.visibleItems();
    if (!this._focus || !this.items.some((i) => i.key === this._focus)) {
      this._focus = this.position?.node ?? this.items[0]?.key ?? null;
    }
  }

  /** The rows a reader can reach now (inside opened moments), in reading order. */
  private visibleItems(): Item[] {
    const items: Item[] = [];
    const visit = (node: TreeNode, level: number, parent: string | null) => {
      const kids = this.kids.get(node.id) ?? [];
      const untried = this.untried(node, kids);
      items.push({
        key: node.id,
        level,
        parent,
        node,
        stub: null,
        hasChildren: kids.length + untried.length > 0,
      });
      if (!this._expanded.has(node.id)) return;
      // The orders never tried come first, right under the moment they were offered at.
      for (const order of untried) {
        items.push({
          key: `${node.id}~${order.text}`,
          level: level + 1,
          parent: node.id,
          node: null,
          stub: { at: node, text: order.text, path: order.path },
          hasChildren: false,
        });
      }
      for (const kid of kids) visit(kid, level + 1, node.id);
    };
    const root = this.tree.nodes[ROOT];
    if (root) visit(root, 1, null);
    return items;
  }

  private untried(node: TreeNode, kids: readonly TreeNode[]) {
    const taken = new Set(kids.map((k) => k.step?.text));
    return node.offered.filter((o) => !taken.has(o.text));
  }

  /** Opens the way to moment `id` and puts focus on it. */
  reveal(id: string): void {
    const expanded = new Set(this._expanded);
    for (const node of pathTo(this.tree, id)) if (node.id !== id) expanded.add(node.id);
    this._expanded = expanded;
    this.focusItem(id);
  }

  /** Moves focus to row `key` (roving tabindex). */
  private focusItem(key: string | undefined): void {
    if (!key) return;
    this._focus = key;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus(),
    );
  }

  private toggle(key: string, open?: boolean): void {
    const expanded = new Set(this._expanded);
    const next = open ?? !expanded.has(key);
    if (next) expanded.add(key);
    else expanded.delete(key);
    this._expanded = expanded;
  }

  private activate(item: Item): void {
    if (item.stub) {
      this.dispatchEvent(
        new BranchRestoreEvent(item.stub.at.id, { text: item.stub.text, path: item.stub.path }),
      );
    } else if (item.node) this.dispatchEvent(new BranchRestoreEvent(item.node.id));
  }

  private handleKeydown(event: KeyboardEvent): void {
    const at = this.items.findIndex((i) => i.key === this._focus);
    const item = this.items[at];
    if (!item) return;
    const expanded = this._expanded.has(item.key);
    switch (event.key) {
      case 'ArrowDown':
        this.focusItem(this.items[at + 1]?.key);
        break;
      case 'ArrowUp':
        this.focusItem(this.items[at - 1]?.key);
        break;
      case 'Home':
        this.focusItem(this.items[0]?.key);
        break;
      case 'End':
        this.focusItem(this.items.at(-1)?.key);
        break;
      case 'ArrowRight':
        if (item.hasChildren && !expanded) this.toggle(item.key, true);
        else if (item.hasChildren) this.focusItem(this.items[at + 1]?.key);
        break;
      case 'ArrowLeft':
        if (item.hasChildren && expanded) this.toggle(item.key, false);
        else this.focusItem(item.parent ?? undefined);
        break;
      case 'Enter':
      case ' ':
        this.activate(item);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private wasHistory(node: TreeNode): boolean {
    if (!node.parent || !node.step) return false;
    return !!this.tree.nodes[node.parent]?.offered.find((o) => o.text === node.step!.text)?.history;
  }

  private describe(node: TreeNode): string {
    const when = [node.chapter, node.date].filter(Boolean).join(' · ');
    const what = node.ended
      ? `Ending: ${node.ending?.title ?? 'the story ends'}`
      : node.offered.length > 0
        ? decisionName(node.decision)
        : 'the story stops here';
    return [when, what].filter(Boolean).join(' — ');
  }

  private renderBadges(node: TreeNode) {
    const badges = [];
    if (this.position?.node === node.id)
      badges.push(html`<span class="badge here">You are here</span>`);
    if (node.ended && node.ending)
      badges.push(html`<span class="badge ending">${node.ending.title}</span>`);
    const runs = this.through.get(node.id) ?? [];
    const leafOf = runs.filter((r) => r.leaf === node.id);
    for (const run of leafOf) {
      badges.push(
        html`<span class="badge ${run.broken ? 'broken' : ''}"
          >${run.name}${run.broken ? ' — no longer fits the story' : ''}</span
        >`,
      );
    }
    if (!this._expanded.has(node.id) && (this.kids.get(node.id)?.length ?? 0) > 0) {
      badges.push(
        html`<span class="badge">${runs.length} run${runs.length === 1 ? '' : 's'} further</span>`,
      );
    }
    const open = node.offered.length > 0 ? endingsOpenAt(this.analysis, node.decision) : null;
    if (open && this.analysis) {
      badges.push(
        html`<span class="badge"
          >${open.length} of ${this.analysis.endings.length} endings open</span
        >`,
      );
    }
    return badges.length > 0 ? html`<span class="badges">${badges}</span>` : nothing;
  }

  private renderItem(item: Item, rows: Map<string, Item[]>): unknown {
    const focusable = item.key === this._focus ? 0 : -1;
    if (item.stub) {
      return html`<li
        role="treeitem"
        class="stub"
        aria-level=${item.level}
        aria-selected="false"
        tabindex=${focusable}
        data-key=${item.key}
        @click=${() => this.activate(item)}
        @focus=${() => (this._focus = item.key)}
      >
        <div class="row"><span></span><span class="order">${item.stub.text}</span></div>
      </li>`;
    }
    const node = item.node!;
    const expanded = this._expanded.has(node.id);
    const kids = rows.get(node.id) ?? [];
    // Only a moment where runs part is drawn as a fork; a single road runs straight down.
    const fork = (this.kids.get(node.id)?.length ?? 0) > 1;
    const order = node.step?.text ?? 'The start';
    const here = this.position?.node === node.id;
    return html`<li
      role="treeitem"
      class=${this.way.has(node.id) ? 'current-way' : ''}
      aria-level=${item.level}
      aria-expanded=${item.hasChildren ? String(expanded) : nothing}
      aria-selected=${here ? 'true' : 'false'}
      aria-current=${here ? 'step' : nothing}
      tabindex=${focusable}
      data-key=${node.id}
      @focus=${(e: Event) => {
        if (e.target === e.currentTarget) this._focus = node.id;
      }}
    >
      <div
        class="row"
        @click=${(e: Event) => {
          e.stopPropagation();
          this.activate(item);
        }}
      >
        ${
          item.hasChildren
            ? html`<button
                class="twisty"
                tabindex="-1"
                aria-hidden="true"
                @click=${(e: Event) => {
                  e.stopPropagation();
                  this.toggle(node.id);
                }}
              >
                ${expanded ? '▾' : '▸'}
              </button>`
            : html`<span></span>`
        }
        <span>
          <span class="order ${this.showHistory && this.wasHistory(node) ? 'history' : ''}"
            >${order}</span
          >
          <span class="moment">${this.describe(node)}</span>
          ${this.renderBadges(node)}
        </span>
      </div>
      ${
        expanded && kids.length > 0
          ? html`<ul role="group" class=${fork ? 'fork' : ''}>
              ${kids.map((kid) => this.renderItem(kid, rows))}
            </ul>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const root = this.items[0];
    if (!root) return html`<p class="muted">No run yet.</p>`;
    const rows = new Map<string, Item[]>();
    for (const item of this.items) {
      if (item.parent === null) continue;
      const list = rows.get(item.parent);
      if (list) list.push(item);
      else rows.set(item.parent, [item]);
    }
    return html`<ul
      role="tree"
      aria-label="Branch map: every run, by decision"
      @keydown=${this.handleKeydown}
    >
      ${this.renderItem(root, rows)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'branch-map': BranchMap;
  }
  interface HTMLElementEventMap {
    [BranchRestoreEvent.eventName]: BranchRestoreEvent;
  }
}
