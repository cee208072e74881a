import { NODE_RADIUS, SWATCH, type NodePlacement } from './layout.js';

/** An axis-aligned box (viewBox units). */
export interface Box {
  /** Left. */
  readonly x: number;
  /** Top. */
  readonly y: number;
  /** Width. */
  readonly width: number;
  /** Height. */
  readonly height: number;
}

/** A name laid out in lines next to its node. */
export interface PlacedLabel {
  /** The lines, top to bottom. */
  readonly lines: readonly string[];
  /** Anchor x of every line. */
  readonly x: number;
  /** Baseline y of the first line. */
  readonly y: number;
  /** Line height. */
  readonly lineHeight: number;
  /** SVG text-anchor. */
  readonly anchor: 'start' | 'middle' | 'end';
  /** Estimated extent (for overlap checks). */
  readonly box: Box;
}

/** Average advance of a character as a share of the font size (Liberation Sans / Arial, generous). */
export const CHAR_WIDTH = 0.56;

/** Gap between a circle and its name. */
const GAP = 7;

/** Breaks a text into lines of at most `maxChars` characters where it can (at spaces and hyphens). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= maxChars || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Estimated width of a line of text. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * CHAR_WIDTH * fontSize;
}

/** Lays out a node's name on its side of the circle. */
export function placeLabel(node: NodePlacement, text: string, fontSize: number): PlacedLabel {
  const lines = wrapLabel(text, node.wrap);
  const lineHeight = fontSize * 1.12;
  const width = Math.max(...lines.map((l) => textWidth(l, fontSize)));
  const height = lines.length * lineHeight;
  const ascent = fontSize * 0.8;
  const r = NODE_RADIUS;
  const shift = node.shift ?? 0;
  switch (node.label) {
    case 'below': {
      const top = node.y + r + GAP;
      return {
        lines,
        x: node.x + shift,
        y: top + ascent,
        lineHeight,
        anchor: 'middle',
        box: { x: node.x + shift - width / 2, y: top, width, height },
      };
    }
    case 'above': {
      const top = node.y - r - GAP - height;
      return {
        lines,
        x: node.x + shift,
        y: top + ascent,
        lineHeight,
        anchor: 'middle',
        box: { x: node.x + shift - width / 2, y: top, width, height },
      };
    }
    case 'left': {
      const top = node.y + shift - height / 2;
      const right = node.x - r - GAP;
      return {
        lines,
        x: right,
        y: top + ascent,
        lineHeight,
        anchor: 'end',
        box: { x: right - width, y: top, width, height },
      };
    }
    case 'right': {
      const top = node.y + shift - height / 2;
      const left = node.x + r + GAP;
      return {
        lines,
        x: left,
        y: top + ascent,
        lineHeight,
        anchor: 'start',
        box: { x: left, y: top, width, height },
      };
    }
  }
}

/** Lays out a mechanism's name at its anchor point (`y`: baseline of the last line), after a colour swatch. */
export function placeRegionLabel(
  at: { readonly x: number; readonly y: number; readonly anchor: 'start' | 'middle' | 'end' },
  text: string,
  wrap: number,
  fontSize: number,
): PlacedLabel {
  const lines = wrapLabel(text, wrap);
  const lineHeight = fontSize * 1.12;
  const width = Math.max(...lines.map((l) => textWidth(l, fontSize)));
  const height = lines.length * lineHeight;
  const left = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - width : at.x - width / 2;
  // `at.y` is the baseline of the last line.
  const top = at.y - height + fontSize * 0.3;
  // The box includes the colour swatch: before the name, or after it for right-aligned names.
  const swatch = SWATCH + 5;
  const boxLeft = at.anchor === 'end' ? left : left - swatch;
  return {
    lines,
    x: at.x,
    y: top + fontSize * 0.8,
    lineHeight,
    anchor: at.anchor,
    box: { x: boxLeft, y: top, width: width + swatch, height },
  };
}

/** Where the colour swatch of a mechanism's name goes (top-left corner). */
export function swatchAt(label: PlacedLabel): { x: number; y: number } {
  const y = label.box.y + 3;
  return label.anchor === 'end' ? { x: label.x + 5, y } : { x: label.box.x, y };
}

/** True when two boxes overlap (touching is not overlapping). */
export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

/** True when a circle overlaps a box. */
export function circleOverlapsBox(cx: number, cy: number, r: number, b: Box): boolean {
  const nx = Math.max(b.x, Math.min(cx, b.x + b.width));
  const ny = Math.max(b.y, Math.min(cy, b.y + b.height));
  return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r;
}
