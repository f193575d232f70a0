import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { humaniseMember } from '../stats-panel/stat-format.ts';
import { CAMPAIGN_REGIONS, OWNER_NAMES, ownerOf, type Holdings, type Owner } from './regions.ts';
import { theatreMapStyles } from './theatre-map.styles.ts';
import { visuallyHidden } from '../../styles/shared-styles.ts';

export { regionsFromStats, type Holdings } from './regions.ts';

const OWNERS: readonly Owner[] = ['soviet', 'british', 'japanese', 'neutral'];

/** The map's SVG source, fetched as a chunk of its own the first time a map is shown. */
let mapSource: Promise<string> | null = null;
function loadMapSource(): Promise<string> {
  mapSource ??= import('../../../assets/map/theatre.svg?raw').then((m) => m.default);
  return mapSource;
}

let parsedMap: SVGSVGElement | null | undefined;

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
    parsedMap = ok ? makeInert(root) : null;
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
function paintMap(svg: SVGSVGElement, held: Holdings, label: string): void {
  svg.setAttribute('aria-label', label);
  for (const el of svg.querySelectorAll('.region')) {
    const name = regionName(el);
    const owner = ownerOf(name, held);
    el.setAttribute('data-owner', owner);
    // A tooltip for pointer users; screen readers get the text list instead.
    let title = [...el.children].find((c) => c.localName === 'title');
    if (!title) {
      title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      el.prepend(title);
    }
    title.textContent = `${humaniseMember(name)}: ${OWNER_NAMES[owner]}`;
  }
}

/**
 * The theatre of war, coloured by who holds each region: Soviet, British, Japanese and its
 * satellites, or neutral. The picture comes with a legend and a text list of the same facts.
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
  static override styles = [theatreMapStyles, visuallyHidden];

  /** The regions each power holds (LIST member names); null shows no map. */
  @property({ attribute: false }) held: Holdings | null = null;
  /** What the map is called for screen readers. */
  @property() label = 'Map of the theatre of war (who holds each region is listed below)';

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

  private get regionElements(): Element[] {
    return this.svg ? [...this.svg.querySelectorAll('.region')] : [];
  }

  /** Every region to account for: the campaign's, the map's and any a power holds. */
  private allRegions(held: Holdings): string[] {
    const names = new Set([...CAMPAIGN_REGIONS, ...this.regionElements.map(regionName)]);
    for (const power of ['soviet', 'british', 'japanese'] as const) {
      held[power].forEach((r) => names.add(r));
    }
    return [...names].filter(Boolean);
  }

  protected override updated(): void {
    const held = this.held;
    if (!held) return;
    if (this.svg) paintMap(this.svg, held, this.label);
    if (this._large) paintMap(this._large, held, this.label);
  }

  private async handleEnlarge(): Promise<void> {
    if (this.source) this._large ??= createMap(this.source);
    await this.updateComplete;
    this._dialog?.showModal();
  }

  private handleClose(): void {
    this._dialog?.close();
  }

  private renderLegend() {
    return html`<ul class="legend" part="legend" aria-label="Legend">
      ${OWNERS.map(
        (owner) =>
          html`<li>
            <span class="swatch ${owner}" aria-hidden="true"></span>${OWNER_NAMES[owner]}
          </li>`,
      )}
    </ul>`;
  }

  override render() {
    const held = this.held;
    if (!held) return nothing;
    const regions = this.allRegions(held);
    const byOwner = OWNERS.map((owner) => ({
      owner,
      regions: regions.filter((r) => ownerOf(r, held) === owner).map(humaniseMember),
    }));
    return html`<figure part="figure">
        <div class="frame" part="map">
          ${
            this.svg === undefined
              ? html`<p class="fallback">Drawing the map…</p>`
              : (this.svg ?? html`<p class="fallback">The map could not be drawn.</p>`)
          }
        </div>
        <div class="under">
          ${this.renderLegend()}
          ${
            this.svg
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
        <ul class="visually-hidden" aria-label="Who holds which region">
          ${byOwner.map(
            ({ owner, regions: names }) =>
              html`<li>${OWNER_NAMES[owner]}: ${names.length ? names.join(', ') : 'none'}.</li>`,
          )}
        </ul>
      </figure>
      <dialog part="dialog" aria-label="Theatre map">
        <div class="dialog-bar">
          ${this.renderLegend()}
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
