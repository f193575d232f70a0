import { LitElement, nothing } from 'lit';
import { html } from '../html.ts';
import { customElement, property, query, state } from 'lit/decorators.js';
import { humanise } from '../../engine/story-lists.ts';
import { sharedStyles } from '../../styles/shared-styles.ts';
import { NEUTRAL, ownerOf, type MapHoldings } from './regions.ts';
import { theatreMapStyles } from './theatre-map.styles.ts';

export { holdingsFromStats, type MapHoldings } from './regions.ts';

/** An owner as the SVG and the legend mark it: `side-1`, `side-2`, …, or `neutral`. */
function ownerKey(owner: number): string {
  return owner === NEUTRAL ? 'neutral' : `side-${owner + 1}`;
}

/** An owner's name as the story gives it. */
function ownerName(owner: number, holdings: MapHoldings): string {
  return holdings.sides[owner]?.name ?? holdings.neutral;
}

/**
 * The map's SVG source, fetched the first time a map is shown. It is a file of the site
 * (assets/ is Vite's public directory), so it is fetched beside the page rather than imported:
 * that works from any sub-path and is what the offline cache keeps.
 */
let mapSource: Promise<string> | null = null;
function loadMapSource(): Promise<string> {
  mapSource ??= fetch(new URL('map/theatre.svg', document.baseURI)).then((response) => {
    if (!response.ok) throw new Error(`The map could not be loaded (HTTP ${response.status}).`);
    return response.text();
  });
  // A failed fetch (offline, say) is tried again by the next map rather than remembered.
  mapSource.catch(() => (mapSource = null));
  return mapSource;
}

let parsedMap: SVGSVGElement | null | undefined;

/**
 * Drops the file's indentation: text between elements that is only white space, which SVG
 * does not draw (text inside a text, title, desc or style element is kept). A map is cloned for
 * every copy on the page, and these nodes were some half of it.
 */
function dropIndentation(svg: SVGSVGElement): SVGSVGElement {
  const walker = svg.ownerDocument.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
  const blank: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.trim() === '' && !text.parentElement?.closest('text, title, desc, style')) {
      blank.push(text);
    }
  }
  blank.forEach((text) => text.remove());
  return svg;
}

/** Drops anything that could run: the file is our own, but it goes into the page as DOM. */
function makeInert(svg: SVGSVGElement): SVGSVGElement {
  svg.querySelectorAll('script, foreignObject').forEach((el) => el.remove());
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
    }
  }
  return svg;
}

/** The map's SVG, parsed once for every map on the page; null if it does not parse. */
function mapTemplate(mapSvg: string): SVGSVGElement | null {
  if (parsedMap === undefined) {
    const doc = new DOMParser().parseFromString(mapSvg, 'image/svg+xml');
    const root = doc.documentElement;
    const ok = root instanceof SVGSVGElement && !doc.querySelector('parsererror');
    parsedMap = ok ? dropIndentation(makeInert(root)) : null;
  }
  return parsedMap;
}

/** A region's name in the SVG: `data-region`, else its id without the `region-` prefix. */
function regionName(el: Element): string {
  return el.getAttribute('data-region') ?? el.id.replace(/^region-/, '');
}

/** A copy of the map for one place on the page, named and described for screen readers. */
function createMap(mapSvg: string): SVGSVGElement | null {
  const template = mapTemplate(mapSvg);
  if (!template) return null;
  const svg = document.importNode(template, true);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  // The file names itself; the component's label says what this copy shows.
  svg.removeAttribute('aria-labelledby');
  svg.setAttribute('role', 'img');
  const desc = svg.querySelector(':scope > desc');
  if (desc?.id) svg.setAttribute('aria-describedby', desc.id);
  return svg;
}

/** Colours each region of `svg` by its owner (through CSS) and gives it a tooltip. */
function paintMap(svg: SVGSVGElement, holdings: MapHoldings, label: string): void {
  svg.setAttribute('aria-label', label);
  for (const el of svg.querySelectorAll('.region')) {
    const id = regionName(el);
    const owner = ownerOf(id, holdings);
    el.setAttribute('data-owner', ownerKey(owner));
    // A tooltip for pointer users; screen readers get the text list instead.
    let title = [...el.children].find((c) => c.localName === 'title');
    if (!title) {
      title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      el.prepend(title);
    }
    const name = holdings.regions.find((r) => r.id === id)?.name ?? humanise(id);
    title.textContent = `${name}: ${ownerName(owner, holdings)}`;
  }
}

/**
 * The map, each region coloured by the side that holds it (or neutral), with a legend and a
 * text list of the same facts. The sides, their names and the regions come from the story
 * (`MapHoldings`); the drawing is the SVG asset, its regions marked by `data-region`.
 *
 * @summary A map of who holds which region.
 * @csspart figure - The map with its legend.
 * @csspart map - The frame around the SVG.
 * @csspart legend - The legend of owners.
 * @csspart enlarge - The button that opens the larger map.
 * @csspart dialog - The dialog with the larger map.
 */
@customElement('theatre-map')
export class TheatreMap extends LitElement {
  static override styles = [sharedStyles, theatreMapStyles];

  /** Who holds which region; null shows no map. */
  @property({ attribute: false }) holdings: MapHoldings | null = null;
  /** What the map is called for screen readers. */
  @property() label = 'Map (who holds each region is listed below)';

  /** A larger copy for the dialog, made the first time the player asks for it. */
  @state() private _large: SVGSVGElement | null = null;

  @query('dialog') private _dialog!: HTMLDialogElement;

  /** This map's copy of the SVG, once loaded; null if it could not be drawn. */
  @state() private svg: SVGSVGElement | null | undefined = undefined;
  private source: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.svg !== undefined) return;
    loadMapSource().then(
      (source) => {
        this.source = source;
        this.svg = createMap(source);
      },
      () => (this.svg = null),
    );
  }

  /**
   * Whether the drawing shows this story's regions: the SVG is one asset, keyed by LIST member
   * names, so a story whose regions it does not draw gets the legend and the list alone.
   */
  private drawingFits(holdings: MapHoldings): boolean {
    if (!this.svg) return false;
    const ids = new Set(holdings.regions.map((r) => r.id));
    return [...this.svg.querySelectorAll('.region')].some((el) => ids.has(regionName(el)));
  }

  protected override updated(): void {
    const holdings = this.holdings;
    if (!holdings) return;
    if (this.svg) paintMap(this.svg, holdings, this.label);
    if (this._large) paintMap(this._large, holdings, this.label);
  }

  private async handleEnlarge(): Promise<void> {
    if (this.source) this._large ??= createMap(this.source);
    await this.updateComplete;
    this._dialog?.showModal();
  }

  private handleClose(): void {
    this._dialog?.close();
  }

  /** Every side in the story's order, then neutral. */
  private owners(holdings: MapHoldings): number[] {
    return [...holdings.sides.keys(), NEUTRAL];
  }

  private renderLegend(holdings: MapHoldings) {
    return html`<ul class="legend" part="legend" aria-label="Legend">
      ${this.owners(holdings).map(
        (owner) =>
          html`<li>
            <span class="swatch ${ownerKey(owner)}" aria-hidden="true"></span>${ownerName(
              owner,
              holdings,
            )}
          </li>`,
      )}
    </ul>`;
  }

  override render() {
    const holdings = this.holdings;
    if (!holdings) return nothing;
    const { regions } = holdings;
    const drawn = this.drawingFits(holdings);
    const byOwner = this.owners(holdings).map((owner) => ({
      owner: ownerName(owner, holdings),
      regions: regions.filter((r) => ownerOf(r.id, holdings) === owner).map((r) => r.name),
    }));
    return html`<figure part="figure">
        ${
          this.svg === undefined
            ? html`<div class="frame" part="map"><p class="fallback">Drawing the map…</p></div>`
            : drawn
              ? html`<div class="frame" part="map">${this.svg}</div>`
              : nothing
        }
        <div class="under">
          ${this.renderLegend(holdings)}
          ${
            drawn
              ? html`<button
                  class="enlarge"
                  part="enlarge"
                  type="button"
                  @click=${this.handleEnlarge}
                >
                  Larger map
                </button>`
              : nothing
          }
        </div>
        <ul class=${drawn ? 'visually-hidden' : 'holdings'} aria-label="Who holds which region">
          ${byOwner.map(
            ({ owner, regions: names }) =>
              html`<li>${owner}: ${names.length ? names.join(', ') : 'none'}.</li>`,
          )}
        </ul>
      </figure>
      <dialog part="dialog" aria-label="Map">
        <div class="dialog-bar">
          ${this.renderLegend(holdings)}
          <button type="button" @click=${this.handleClose}>Close</button>
        </div>
        <div class="large frame">${this._large ?? nothing}</div>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'theatre-map': TheatreMap;
  }
}
