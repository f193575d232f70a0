import { LitElement, css, nothing, type PropertyValues } from 'lit';
import { html, svg } from '../html.ts';
import { customElement, property, state } from 'lit/decorators.js';
import { decisionName } from '../../branches/coverage.ts';
import {
  diffRuns,
  textOnlyIn,
  type RunComparison,
  type StatSeries,
} from '../../branches/compare.ts';
import {
  runById,
  type NodeBody,
  type NodeParagraph,
  type Run,
  type RunTreeData,
} from '../../branches/run-tree.ts';
import type { StatValue } from '../../engine/stats.ts';
import type { GlobalTags } from '../../engine/tags.ts';
import { mapAt } from '../war-room/story-panels.ts';
import '../theatre-map/theatre-map.ts';
import { branchStyles } from './branch-styles.ts';

/** Reads a moment's text and state (the game's store). */
export type BodyReader = (id: string) => Promise<NodeBody | null>;

function statText(stat: StatValue | null): string {
  if (!stat || stat.value === null) return '—';
  if (Array.isArray(stat.value)) return stat.value.length > 0 ? stat.value.join(', ') : 'none';
  return String(stat.value);
}

const W = 240;
const H = 70;

/** A small line chart of one stat for both runs over their decisions. */
function chart(series: StatSeries) {
  const values = [...series.a, ...series.b].filter((v) => Number.isFinite(v));
  const min = Math.min(...values, 0);
  const max = Math.max(...values, 1);
  const steps = Math.max(series.a.length, series.b.length, 2) - 1;
  const x = (i: number) => 4 + (i / steps) * (W - 8);
  const y = (v: number) => H - 6 - ((v - min) / (max - min || 1)) * (H - 12);
  const line = (points: readonly number[]) =>
    points
      .map((v, i) => (Number.isFinite(v) ? `${x(i).toFixed(1)},${y(v).toFixed(1)}` : null))
      .filter(Boolean)
      .join(' ');
  return svg`<svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${`${series.label}: run A ${series.a.filter(Number.isFinite).join(', ')}; run B ${series.b.filter(Number.isFinite).join(', ')}`}>
    <line x1="4" x2=${W - 4} y1=${y(min)} y2=${y(min)} class="axis" />
    <polyline class="line-a" points=${line(series.a)} />
    <polyline class="line-b" points=${line(series.b)} />
  </svg>`;
}

/**
 * Two runs side by side, aligned by decision: where they parted, the order each signed at
 * every decision, each stat over time as a chart, both final maps and endings, and the text
 * each read after they parted that the other did not.
 *
 * @summary Run comparison.
 */
@customElement('run-compare')
export class RunCompare extends LitElement {
  static override styles = [
    branchStyles,
    css`
      .pick {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin-bottom: 0.75rem;
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 0.35rem 0.4rem;
        border-bottom: 1px solid var(--border);
      }
      th {
        font-size: 0.8rem;
        color: var(--text-muted);
        font-weight: 600;
      }
      tbody th .muted {
        display: block;
        font-weight: 400;
        font-size: 0.78rem;
      }
      tr.parted {
        background: var(--accent-soft);
      }
      td.same {
        color: var(--text-muted);
      }
      /* Below the fold: laid out and painted only when scrolled near, so opening stays cheap. */
      .later {
        content-visibility: auto;
        contain-intrinsic-size: auto 24rem;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: 0.6rem;
      }
      .charts figure {
        margin: 0;
      }
      .charts figcaption {
        font-size: 0.8rem;
        display: flex;
        justify-content: space-between;
        gap: 0.5rem;
      }
      svg {
        width: 100%;
        height: auto;
        display: block;
      }
      .axis {
        stroke: var(--border);
      }
      polyline {
        fill: none;
        stroke-width: 2.5;
        stroke-linejoin: round;
      }
      .line-a {
        stroke: var(--accent);
      }
      .line-b {
        stroke: var(--focus);
        stroke-dasharray: 5 3;
      }
      .pair {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.75rem;
      }
      .only p {
        margin: 0.35rem 0;
        font-family: var(--font-story);
        font-size: 0.95rem;
      }
      @media (max-width: 640px) {
        .pair {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  @property({ attribute: false }) tree: RunTreeData = { nodes: {}, runs: [] };
  /** The runs to compare (ids); the panel sets them, the reader may pick others. */
  @property({ attribute: false }) runA: string | null = null;
  @property({ attribute: false }) runB: string | null = null;
  @property({ attribute: false }) readBody: BodyReader | null = null;
  /** What the story declares (its map's sides and regions); null draws no maps. */
  @property({ attribute: false }) story: GlobalTags | null = null;

  @state() private _only: { a: NodeParagraph[]; b: NodeParagraph[] } | null = null;
  private comparison: RunComparison | null = null;
  private textFor = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    const a = this.runA ? runById(this.tree, this.runA) : undefined;
    const b = this.runB ? runById(this.tree, this.runB) : undefined;
    this.comparison = a && b ? diffRuns(this.tree, a, b) : null;
    const key = `${a?.leaf}|${b?.leaf}`;
    if (
      (changed.has('runA') || changed.has('runB') || changed.has('tree')) &&
      key !== this.textFor
    ) {
      this.textFor = key;
      this._only = null;
      if (this.comparison) void this.loadText(this.comparison, key);
    }
  }

  /** The text after the parting, for both runs; paragraphs one read and the other did not. */
  private async loadText(c: RunComparison, key: string): Promise<void> {
    const read = this.readBody;
    if (!read) return;
    const after = async (path: RunComparison['pathA']) => {
      const text: NodeParagraph[] = [];
      for (const node of path.slice(c.shared))
        text.push(...((await read(node.id))?.paragraphs ?? []));
      return text;
    };
    const [a, b] = await Promise.all([after(c.pathA), after(c.pathB)]);
    if (this.textFor !== key) return;
    this._only = { a: textOnlyIn(a, b), b: textOnlyIn(b, a) };
  }

  private pick(which: 'a' | 'b', id: string): void {
    if (which === 'a') this.runA = id;
    else this.runB = id;
  }

  private renderPicker(which: 'a' | 'b', chosen: string | null) {
    return html`<label class=${which === 'a' ? 'run-a' : 'run-b'}>
      <span class="swatch"></span>Run ${which.toUpperCase()}
      <select
        aria-label=${`Run ${which.toUpperCase()}`}
        @change=${(e: Event) => this.pick(which, (e.target as HTMLSelectElement).value)}
      >
        ${this.tree.runs.map(
          (r) => html`<option value=${r.id} ?selected=${r.id === chosen}>${r.name}</option>`,
        )}
      </select>
    </label>`;
  }

  private endingOf(run: Run | undefined): string {
    const leaf = run ? this.tree.nodes[run.leaf] : undefined;
    if (!leaf) return '—';
    if (leaf.ended) return leaf.ending?.title ?? 'The story ends';
    return `Not finished (${[leaf.chapter, leaf.date].filter(Boolean).join(', ') || 'at the start'})`;
  }

  override render() {
    if (this.tree.runs.length < 2) {
      return html`<p class="muted">
        Compare needs two runs. Go back to any decision (from the map or the history) and sign
        another order: that starts a second run.
      </p>`;
    }
    const c = this.comparison;
    const a = this.runA ? runById(this.tree, this.runA) : undefined;
    const b = this.runB ? runById(this.tree, this.runB) : undefined;
    return html`
      <div class="pick">
        ${this.renderPicker('a', this.runA)} ${this.renderPicker('b', this.runB)}
      </div>
      ${c && a && b ? this.renderComparison(c, a, b) : html`<p class="muted">Pick two runs.</p>`}
    `;
  }

  private renderComparison(c: RunComparison, a: Run, b: Run) {
    const lastA = c.pathA.at(-1);
    const lastB = c.pathB.at(-1);
    const parted = c.divergence;
    return html`
      <p class="card" aria-live="polite">
        ${
          a.id === b.id
            ? 'These are the same run.'
            : parted
              ? html`They part at <strong>${decisionName(parted.decision)}</strong>
                  (${[parted.chapter, parted.date].filter(Boolean).join(', ')}), after
                  ${c.shared - 1} shared decision${c.shared - 1 === 1 ? '' : 's'}:
                  <span class="run-a"><span class="swatch"></span>${a.name}</span> signed
                  “${parted.a}”,
                  <span class="run-b"><span class="swatch"></span>${b.name}</span> signed
                  “${parted.b}”.`
              : 'One run goes on where the other stops; they never part.'
        }
      </p>
      <h3>Endings</h3>
      <div class="pair">
        <div class="card run-a">
          <span class="swatch"></span>${a.name}: <strong>${this.endingOf(a)}</strong>
        </div>
        <div class="card run-b">
          <span class="swatch"></span>${b.name}: <strong>${this.endingOf(b)}</strong>
        </div>
      </div>
      <h3>Orders, decision by decision</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Decision</th>
            <th scope="col">
              <span class="run-a"><span class="swatch"></span></span>${a.name}
            </th>
            <th scope="col">
              <span class="run-b"><span class="swatch"></span></span>${b.name}
            </th>
          </tr>
        </thead>
        <tbody>
          ${c.rows.map(
            (row) =>
              html`<tr class=${row === parted ? 'parted' : ''}>
                <th scope="row">
                  ${decisionName(row.decision)}
                  <span class="muted">${[row.chapter, row.date].filter(Boolean).join(', ')}</span>
                </th>
                <td class=${row.a === row.b ? 'same' : ''}>${row.a ?? '—'}</td>
                <td class=${row.a === row.b ? 'same' : ''}>${row.b ?? '—'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <section class="later">
        <h3>Stats over the campaign</h3>
        <div class="charts">
          ${c.series.map(
            (s) =>
              html`<figure>
                <figcaption>
                  <span>${s.label}</span>
                  <span>
                    <span class="run-a"
                      ><span class="swatch"></span
                      >${statText(lastA?.stats.find((x) => x.variable === s.variable) ?? null)}</span
                    >
                    <span class="run-b"
                      ><span class="swatch"></span
                      >${statText(lastB?.stats.find((x) => x.variable === s.variable) ?? null)}</span
                    >
                  </span>
                </figcaption>
                ${chart(s)}
              </figure>`,
          )}
        </div>
      </section>
      <section class="later">
        <h3>At the end</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">Stat</th>
              <th scope="col">${a.name}</th>
              <th scope="col">${b.name}</th>
            </tr>
          </thead>
          <tbody>
            ${c.finals.map(
              (f) =>
                html`<tr>
                  <th scope="row">${f.label}</th>
                  <td class=${statText(f.a) === statText(f.b) ? 'same' : ''}>${statText(f.a)}</td>
                  <td class=${statText(f.a) === statText(f.b) ? 'same' : ''}>${statText(f.b)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      ${this.renderMaps(lastA?.stats ?? [], lastB?.stats ?? [], a, b)}
      <section class="later">
        <h3>What each read after they parted</h3>
        ${
          this._only
            ? html`<div class="pair only">
                <section class="card run-a" aria-label=${`Only in ${a.name}`}>
                  <strong><span class="swatch"></span>Only in ${a.name}</strong>
                  ${this._only.a.length > 0 ? this._only.a.map((p) => html`<p>${p.text}</p>`) : html`<p class="muted">Nothing.</p>`}
                </section>
                <section class="card run-b" aria-label=${`Only in ${b.name}`}>
                  <strong><span class="swatch"></span>Only in ${b.name}</strong>
                  ${this._only.b.length > 0 ? this._only.b.map((p) => html`<p>${p.text}</p>`) : html`<p class="muted">Nothing.</p>`}
                </section>
              </div>`
            : html`<p class="muted">Reading both runs…</p>`
        }
      </section>
    `;
  }

  private renderMaps(statsA: readonly StatValue[], statsB: readonly StatValue[], a: Run, b: Run) {
    const heldA = this.story && mapAt(this.story, statsA);
    const heldB = this.story && mapAt(this.story, statsB);
    if (!heldA && !heldB) return nothing;
    return html`<section class="later">
      <h3>Final maps</h3>
      <div class="pair">
        <theatre-map .holdings=${heldA} label=${`Final map of ${a.name}`}></theatre-map>
        <theatre-map .holdings=${heldB} label=${`Final map of ${b.name}`}></theatre-map>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'run-compare': RunCompare;
  }
}
