/**
 * Turning an SVG shown on the page (`svg[data-export="…"]`) into a standalone SVG file and a PNG.
 * The page styles the SVG with a stylesheet and CSS variables, which a standalone file does not
 * have, so every element gets its computed (resolved) styles written inline.
 */

/** The figures the explorer can export, by their `data-export` value. */
export type Figure = 'diagram' | 'chart';

/** Inherited properties: written where they differ from the parent's (or carry a presentation attribute). */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'marker-start',
  'marker-mid',
  'marker-end',
  'paint-order',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'white-space',
] as const;

/** Properties that are not inherited, with their initial values: written when they differ from those. */
const OWN: Readonly<Record<string, string>> = {
  opacity: '1',
  'clip-path': 'none',
  mask: 'none',
  filter: 'none',
  'alignment-baseline': 'auto',
  'text-decoration-line': 'none',
  display: 'inline',
};

/**
 * Makes `url("http://host/page#id")` (how computed styles give references) a local `url(#id)`,
 * so references into the file's own `<defs>` keep working outside the page.
 */
export function localUrlRefs(value: string): string {
  return value.replace(/url\((["']?)[^)"'#]*#([^)"']+)\1\)/g, 'url(#$2)');
}

/** The exported SVG element of a figure, or null when the page shows none right now. */
export function findFigure(figure: Figure, root: ParentNode = document): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>(`svg[data-export="${figure}"]`);
}

/**
 * Writes the computed styles of `source` (on the page) onto `target` (its clone): presentation
 * attributes that use CSS variables are replaced by their resolved values, and inline declarations
 * that use variables are dropped in favour of the computed ones.
 */
function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const computed = getComputedStyle(source);
  const parts: string[] = [];
  const kept = (source.getAttribute('style') ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !d.includes('var('));
  parts.push(...kept);
  for (const prop of INHERITED) {
    const value = computed.getPropertyValue(prop);
    const attribute = source.getAttribute(prop);
    if (attribute !== null) target.removeAttribute(prop);
    if (value === '') continue;
    if (parent === null || attribute !== null || value !== parent.getPropertyValue(prop))
      parts.push(`${prop}: ${localUrlRefs(value)}`);
  }
  for (const [prop, initial] of Object.entries(OWN)) {
    const value = computed.getPropertyValue(prop);
    if (source.hasAttribute(prop)) target.removeAttribute(prop);
    if (value !== '' && value !== initial && !(prop === 'display' && value !== 'none'))
      parts.push(`${prop}: ${localUrlRefs(value)}`);
  }
  // Any other attribute written with a CSS variable cannot be resolved outside the page.
  for (const attribute of Array.from(target.attributes))
    if (attribute.value.includes('var(') && attribute.name !== 'style')
      target.removeAttribute(attribute.name);
  if (parts.length > 0) target.setAttribute('style', parts.join('; '));
  else target.removeAttribute('style');
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++)
    inlineStyles(from[i] as Element, to[i] as Element, computed);
}

/** A standalone SVG document of a figure and its size in CSS pixels. */
export interface StandaloneSvg {
  /** The SVG text (with an XML declaration). */
  readonly text: string;
  /** Width in CSS pixels. */
  readonly width: number;
  /** Height in CSS pixels. */
  readonly height: number;
}

/**
 * A standalone copy of an SVG shown on the page: computed styles inline, the drawn size as its
 * width and height, a background in the page's colour, and the SVG namespaces declared.
 */
export function standaloneSvg(svg: SVGSVGElement): StandaloneSvg {
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  const width = Math.max(1, Math.round(box.width || viewBox.width || 800));
  const height = Math.max(1, Math.round(box.height || viewBox.height || 600));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, null);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!svg.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${String(width)} ${String(height)}`);
  clone.removeAttribute('class');
  const paper = getComputedStyle(document.documentElement).getPropertyValue('--paper').trim() || '#ffffff';
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  const vb = clone.viewBox.baseVal;
  background.setAttribute('x', String(vb.x));
  background.setAttribute('y', String(vb.y));
  background.setAttribute('width', String(vb.width || width));
  background.setAttribute('height', String(vb.height || height));
  background.setAttribute('fill', paper);
  background.setAttribute('data-background', '');
  clone.insertBefore(background, clone.firstChild);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
  return { text, width, height };
}

/** Draws a standalone SVG on a canvas (at `scale` times its size) and gives the PNG. */
export async function svgToPng(svg: StandaloneSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob === null) reject(new Error('the canvas gave no PNG'));
        else resolve(blob);
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
