/**
 * The label font, measured: how wide each label is and how tall its line box, so labels are
 * placed without asking the browser to lay out any text. DOM-only (a canvas 2D context for
 * measuring), no Lit.
 */
import type { GraphModel } from './model.js';

export const LABEL_FONT_SIZE = 12;

/** The label font in a family (the element's own `font-family`). */
export const labelFont = (family: string): string => `${LABEL_FONT_SIZE}px ${family || 'sans-serif'}`;

let measureContext: CanvasRenderingContext2D | null | undefined;
/** A 2D context for measuring text, made once (null where canvas is unavailable). */
const measuring = (): CanvasRenderingContext2D | null =>
  measureContext === undefined ? (measureContext = document.createElement('canvas').getContext('2d')) : measureContext;

export interface LabelMetrics {
  /** The line box's height, in px. */
  height: number;
  /** The baseline, from the top of the line box, in px. */
  ascent: number;
}

const metricsByFont = new Map<string, LabelMetrics>();

/** The label font's line box (browsers' SVG text boxes differ: Firefox's are taller); once per font. */
export function labelMetrics(font: string): LabelMetrics {
  let metrics = metricsByFont.get(font);
  if (!metrics) metricsByFont.set(font, (metrics = measureMetrics(font)));
  return metrics;
}

function measureMetrics(font: string): LabelMetrics {
  const context = measuring();
  const metrics = context && ((context.font = font), context.measureText('Mg'));
  const ascent = metrics?.fontBoundingBoxAscent ?? LABEL_FONT_SIZE;
  const descent = metrics?.fontBoundingBoxDescent ?? LABEL_FONT_SIZE * 0.3;
  // Firefox's SVG text box is the font's full line box (~1.7em), taller than canvas metrics say.
  return { height: Math.max(Math.ceil(ascent + descent) + 2, Math.ceil(LABEL_FONT_SIZE * 1.7)), ascent: Math.round(ascent) };
}

/** Each character's width in a font, measured once per page (the same graph shown again costs nothing). */
const charWidthsByFont = new Map<string, Map<string, number>>();

/**
 * Widths of labels in `font`, in px, as the sum of their characters' widths, each measured once
 * (measureText per label cost ~10 µs: 20 ms at 2,000 nodes). Kerning is left out; labels get a
 * few pixels of room on each side anyway.
 */
export function labelMeasurer(font: string): (text: string) => number {
  const context = measuring();
  if (!context) return (text) => text.length * LABEL_FONT_SIZE * 0.55;
  let widths = charWidthsByFont.get(font);
  if (!widths) charWidthsByFont.set(font, (widths = new Map()));
  const known = widths;
  let fontSet = false;
  return (text) => {
    let width = 0;
    for (const char of text) {
      let w = known.get(char);
      if (w === undefined) {
        // Another graph's measurer may have set another font on the shared context since.
        if (!fontSet) (context.font = font), (fontSet = true);
        known.set(char, (w = context.measureText(char).width));
      }
      width += w;
    }
    return width;
  };
}

const measuredIn = new WeakMap<GraphModel, string>();

/** Sets every node's label width for the label font (once per model and font). */
export function measureLabels(model: GraphModel, font: string): void {
  if (measuredIn.get(model) === font) return;
  model.measureLabels(labelMeasurer(font));
  measuredIn.set(model, font);
}
