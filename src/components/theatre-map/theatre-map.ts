import { LitElement, nothing } from 'lit';
import { html } from '../html.ts';
import { customElement, property, query, state } from 'lit/decorators.js';
import { humanise } from '../../engine/story-lists.ts';
import { sharedStyles } from '../../styles/shared-styles.ts';
import { el, KeptNodes } from '../dom.ts';
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

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The element of the drawing that holds every region, when it is one of the SVG's own
 * children: what is drawn before it is the map's ground, what comes after is drawn over it.
 */
function regionsLayer(template: SVGSVGElement): Element | null {
  const regions = [...template.querySelectorAll('.region')];
  const holder = regions[0]?.parentNode;
  if (!(holder instanceof Element) || holder.parentNode !== template) return null;
  return regions.every((el) => el.parentNode === holder) ? holder : null;
}

/** Parts of an SVG every layer needs: its styles and definitions. */
const SHARED = new Set(['style', 'defs']);

/**
 * The map drawn as three layers: the ground under the regions and everything over them are
 * pictures (one node each, drawn from the file), and only the regions, which change with the
 * story, are elements of the page. The pictures cannot see the page's CSS, so the custom
 * properties the file's styles read are resolved against the page's theme and written in.
 */
interface MapLayers {
  /** The palette the pictures were drawn in (custom property declarations). */
  readonly palette: string;
  readonly under: string;
  readonly over: string;
}

/** One layer of `template` as a picture: its shared parts and the children `keep` accepts. */
function layerPicture(
  template: SVGSVGElement,
  palette: string,
  keep: (child: Element, index: number) => boolean,
): Promise<string> {
  const layer = template.cloneNode(true) as SVGSVGElement;
  [...layer.children].forEach((child, i) => {
    if (!SHARED.has(child.localName) && !keep(child, i)) child.remove();
  });
  layer.querySelectorAll('title, desc').forEach((el) => el.remove());
  layer.removeAttribute('aria-labelledby');
  layer.setAttribute('aria-hidden', 'true');
  layer.setAttribute('style', palette);
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(layer)], { type: 'image/svg+xml' }),
  );
  // Decoded before it is shown, so a map never appears without its ground.
  const image = new Image();
  image.src = url;
  return image.decode().then(
    () => url,
    () => url,
  );
}

/** The pictures made so far, by palette: one for each theme the page has shown. */
const layersByPalette = new Map<string, Promise<MapLayers>>();

/** The pictures for this palette, made the first time it is asked for. */
function layersFor(template: SVGSVGElement, holder: Element, palette: string): Promise<MapLayers> {
  let made = layersByPalette.get(palette);
  if (!made) {
    const at = [...template.children].indexOf(holder);
    made = Promise.all([
      layerPicture(template, palette, (_child, i) => i < at),
      layerPicture(template, palette, (_child, i) => i > at),
    ]).then(([under, over]) => ({ palette, under, over }));
    layersByPalette.set(palette, made);
  }
  return made;
}

/** The custom properties the file's styles read (`var(--name…`), in the order they appear. */
function propertiesRead(template: SVGSVGElement): string[] {
  const styles = [...template.querySelectorAll('style')].map((s) => s.textContent ?? '').join('');
  return [...new Set([...styles.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!))];
}

/**
 * The values the page gives those properties at `where`, colours resolved for the theme
 * shown (`light-dark()` means nothing inside a picture), as declarations for the layers.
 */
function paletteAt(where: ParentNode, names: readonly string[]): string {
  const probe = document.createElement('span');
  probe.hidden = true;
  where.append(probe);
  const declarations = names.flatMap((name) => {
    const raw = getComputedStyle(probe).getPropertyValue(name).trim();
    if (!raw) return [];
    if (!CSS.supports('color', raw)) return [`${name}:${raw}`];
    probe.style.color = `var(${name})`;
    return [`${name}:${getComputedStyle(probe).color}`];
  });
  probe.remove();
  return declarations.join(';');
}

/** A region's name in the SVG: `data-region`, else its id without the `region-` prefix. */
function regionName(el: Element): string {
  return el.getAttribute('data-region') ?? el.id.replace(/^region-/, '');
}

/** The map's own size, from its viewBox. */
function viewBoxOf(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const [x = 0, y = 0, width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '')
    .split(/[\s,]+/)
    .map(Number);
  return { x, y, width, height };
}

/** A picture over the whole drawing. */
function pictureElement(svg: SVGSVGElement, url: string, layer: string): SVGImageElement {
  const box = viewBoxOf(svg);
  const image = document.createElementNS(SVG_NS, 'image');
  image.setAttribute('class', `layer ${layer}`);
  image.setAttribute('href', url);
  for (const [name, value] of Object.entries(box)) image.setAttribute(name, String(value));
  image.setAttribute('preserveAspectRatio', 'none');
  // The pointer goes through to the regions under the picture of what lies over them.
  image.setAttribute('pointer-events', 'none');
  return image;
}

/**
 * A copy of the map for one place on the page, named and described for screen readers: the
 * regions as elements between the two pictures when the drawing has them in one layer, else
 * the whole drawing.
 */
function createMap(mapSvg: string, drawn: MapLayers | null): SVGSVGElement | null {
  const template = mapTemplate(mapSvg);
  if (!template) return null;
  const holder = regionsLayer(template);
  let svg: SVGSVGElement;
  if (drawn && holder) {
    svg = template.cloneNode(false) as SVGSVGElement;
    const desc = template.querySelector(':scope > desc');
    if (desc) svg.append(desc.cloneNode(true));
    svg.append(
      pictureElement(template, drawn.under, 'under'),
      holder.cloneNode(true),
      pictureElement(template, drawn.over, 'over'),
    );
  } else {
    svg = document.importNode(template, true);
  }
  // A region's title gives way to the tooltip that follows the pointer (showTooltip); the
  // file's styles are the component's (mapStyles), not a copy in each map.
  svg.querySelectorAll('.region > title, style').forEach((el) => el.remove());
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  // The file names itself; the component's label says what this copy shows.
  svg.removeAttribute('aria-labelledby');
  svg.setAttribute('role', 'img');
  const desc = svg.querySelector(':scope > desc');
  if (desc?.id) svg.setAttribute('aria-describedby', desc.id);
  return svg;
}

let sheet: CSSStyleSheet | null = null;

/** The map file's own styles, as one style sheet for every map on the page. */
function mapStyles(template: SVGSVGElement): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync([...template.querySelectorAll('style')].map((s) => s.textContent).join('\n'));
  }
  return sheet;
}

/** Sets the pictures of a copy of the map to this palette's. */
function repaintLayers(svg: SVGSVGElement, drawn: MapLayers): void {
  svg.querySelector(':scope > image.under')?.setAttribute('href', drawn.under);
  svg.querySelector(':scope > image.over')?.setAttribute('href', drawn.over);
}

/**
 * Calls `onChange` whenever the page's theme may have changed: the player's choice
 * (`<html data-theme>`) or the system's. Returns the function that stops it.
 */
function watchTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributeFilter: ['data-theme'] });
  const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    scheme?.removeEventListener('change', onChange);
  };
}

/** Colours each region of `svg` by its owner (through CSS). */
function paintMap(svg: SVGSVGElement, holdings: MapHoldings, label: string): void {
  svg.setAttribute('aria-label', label);
  for (const el of svg.querySelectorAll('.region')) {
    el.setAttribute('data-owner', ownerKey(ownerOf(regionName(el), holdings)));
  }
  const shown = svg.querySelector('title.tooltip')?.parentElement;
  if (shown) showTooltip(shown, holdings);
}

/**
 * A tooltip for pointer users, over the region under the pointer: the region's name and who
 * holds it. One title per map goes to whichever region the pointer is over, rather than one
 * in every region (screen readers get the text list instead).
 */
function showTooltip(region: Element, holdings: MapHoldings): void {
  const svg = region.closest('svg');
  if (!svg) return;
  let title = svg.querySelector('title.tooltip');
  if (!title) {
    title = document.createElementNS(SVG_NS, 'title');
    title.setAttribute('class', 'tooltip');
  }
  if (title.parentNode !== region) region.prepend(title);
  const id = regionName(region);
  const name = holdings.regions.find((r) => r.id === id)?.name ?? humanise(id);
  title.textContent = `${name}: ${ownerName(ownerOf(id, holdings), holdings)}`;
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

  /** The legends and the list of holdings, kept while what they say is the same. */
  private lists = new KeptNodes<HTMLElement>();

  /** This map's copy of the SVG, once loaded; null if it could not be drawn. */
  @state() private svg: SVGSVGElement | null | undefined = undefined;
  private source: string | null = null;
  /** The pictures this map's copies show, in the palette of the theme they were drawn for. */
  private drawn: MapLayers | null = null;
  private stopWatchingTheme: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingTheme = watchTheme(() => void this.draw());
    if (this.svg === undefined) void this.draw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingTheme?.();
    this.stopWatchingTheme = null;
  }

  /** Makes this map's copy, or gives its pictures the palette of the theme now shown. */
  private async draw(): Promise<void> {
    let source: string;
    try {
      source = this.source ??= await loadMapSource();
    } catch {
      this.svg = null;
      return;
    }
    const template = mapTemplate(source);
    const holder = template && regionsLayer(template);
    if (template && holder) {
      // Read once the element is in a styled tree (a theme change may come before the first render).
      await this.updateComplete;
      this.drawn = await layersFor(
        template,
        holder,
        paletteAt(this.renderRoot, propertiesRead(template)),
      );
    }
    if (this.svg === undefined) {
      if (template) this.adoptMapStyles(template);
      this.svg = createMap(source, this.drawn);
    } else if (this.drawn) {
      for (const copy of [this.svg, this._large]) if (copy) repaintLayers(copy, this.drawn);
    }
  }

  private adoptMapStyles(template: SVGSVGElement): void {
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    const styles = mapStyles(template);
    if (!root.adoptedStyleSheets.includes(styles)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles];
    }
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
    if (this.source) this._large ??= createMap(this.source, this.drawn);
    await this.updateComplete;
    this._dialog?.showModal();
  }

  private handlePointerOver(event: PointerEvent): void {
    const region = (event.target as Element).closest?.('.region');
    if (region && this.holdings) showTooltip(region, this.holdings);
  }

  private handleClose(): void {
    this._dialog?.close();
  }

  override render() {
    const holdings = this.holdings;
    if (!holdings) return nothing;
    const drawn = this.drawingFits(holdings);
    const owners = [...holdings.sides.keys(), NEUTRAL];
    const byOwner = owners.map((owner) => ({
      owner: ownerName(owner, holdings),
      regions: holdings.regions.filter((r) => ownerOf(r.id, holdings) === owner).map((r) => r.name),
    }));
    const legendSays = JSON.stringify(byOwner.map((o) => o.owner));
    const [legend, dialogLegend, list] = this.lists.update(
      ['legend', 'dialog legend', 'holdings'] as const,
      (which) => which,
      (which) => (which === 'holdings' ? JSON.stringify([drawn, byOwner]) : legendSays),
      (which) =>
        which === 'holdings' ? holdingsList(byOwner, drawn) : legendList(owners, holdings),
    );
    const loading = this.svg === undefined;
    return html`<figure part="figure">
        <div
          class="frame"
          part="map"
          ?hidden=${!loading && !drawn}
          @pointerover=${this.handlePointerOver}
        >
          ${loading ? LOADING : drawn ? this.svg : nothing}
        </div>
        <div class="under">
          ${legend}
          <button
            class="enlarge"
            part="enlarge"
            type="button"
            ?hidden=${!drawn}
            @click=${this.handleEnlarge}
          >
            Larger map
          </button>
        </div>
        ${list}
      </figure>
      <dialog part="dialog" aria-label="Map">
        <div class="dialog-bar">
          ${dialogLegend}
          <button type="button" @click=${this.handleClose}>Close</button>
        </div>
        <div class="large frame" @pointerover=${this.handlePointerOver}>
          ${this._large ?? nothing}
        </div>
      </dialog>`;
  }
}

/** What the frame holds while the drawing loads. */
const LOADING = html`<p class="fallback">Drawing the map…</p>`;

/** The legend: a swatch and a name for every owner. */
function legendList(owners: readonly number[], holdings: MapHoldings): HTMLElement {
  const items = owners.map((owner) =>
    el(
      'li',
      {},
      el('span', { class: `swatch ${ownerKey(owner)}`, 'aria-hidden': 'true' }),
      ownerName(owner, holdings),
    ),
  );
  return el('ul', { class: 'legend', part: 'legend', 'aria-label': 'Legend' }, ...items);
}

/** Who holds which region, in words: for screen readers under a drawn map, else shown. */
function holdingsList(
  byOwner: readonly { owner: string; regions: readonly string[] }[],
  drawn: boolean,
): HTMLElement {
  const items = byOwner.map(({ owner, regions }) =>
    el('li', {}, `${owner}: ${regions.length ? regions.join(', ') : 'none'}.`),
  );
  return el(
    'ul',
    { class: drawn ? 'visually-hidden' : 'holdings', 'aria-label': 'Who holds which region' },
    ...items,
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'theatre-map': TheatreMap;
  }
}
