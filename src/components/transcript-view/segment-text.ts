import { html } from 'lit';
import type { Segment } from '../../episode/types.js';
import { defaultStrings, type EkStrings } from '../../i18n/strings.js';
import type { SteppedMention } from './mention-navigator.js';
import { firstMatchFrom, textRuns, wordRanges, type Match, type TextRun, type TranscriptModel } from './transcript-model.js';

/**
 * What a row's text marks besides its words: search hits, the playing word, mentions. One object
 * per element, refreshed before each render: rendering rows makes none.
 */
export class TextMarks {
  hits: readonly Match[] = [];
  /** The focused hit. */
  matchIndex = -1;
  /** The playing segment and its playing word. */
  current = -1;
  currentWord = -1;
  /** The selected entity: its mentions are marked `selected`. */
  selected: string | null = null;
  /** The mention the navigator is on. */
  stepped: SteppedMention | undefined = undefined;
  text: EkStrings = defaultStrings;
}

/**
 * Row `i`'s text: plain when nothing in it is marked, else cut into runs — mentions (buttons
 * that select their entity) around timed words around search hits.
 */
export function renderSegmentText(model: TranscriptModel, i: number, tabIndex: number, marks: TextMarks): unknown {
  const segment = model.segments[i]!;
  const mentions = model.mentions.ranges(i);
  const words = segment.words?.length ? wordRanges(segment) : [];
  const hits = marks.hits;
  const firstMatch = firstMatchFrom(hits, i);
  const hasMatch = firstMatch < hits.length && hits[firstMatch]!.segment === i;
  if (!mentions.length && !words.length && !hasMatch) return segment.text;
  const runs = textRuns(segment.text.length, mentions, words, hits, firstMatch, i);
  const step = marks.stepped;
  const out: unknown[] = [];
  groupRuns(runs, 0, runs.length, (r) => r.mention, (from, to, m) => {
    const content = renderWordRuns(segment, runs, from, to, i, marks);
    if (m < 0) {
      out.push(content);
      return;
    }
    const range = mentions[m]!;
    const isSelected = range.entityId === marks.selected;
    const name = model.entityNames.get(range.entityId) ?? '';
    out.push(html`<button
      type="button"
      part=${isSelected ? 'mention selected' : 'mention'}
      class=${step?.segment === i && step.range === m ? 'mention stepped' : 'mention'}
      tabindex=${tabIndex}
      title=${marks.text.selectEntity(name)}
      data-action="mention"
      data-entity=${range.entityId}
      data-range=${m}
    >${content}</button>`);
  });
  return out;
}

function renderWordRuns(segment: Segment, runs: TextRun[], from: number, to: number, i: number, marks: TextMarks): unknown[] {
  const out: unknown[] = [];
  groupRuns(runs, from, to, (r) => r.word, (a, b, w) => {
    const content = renderMatchRuns(segment, runs, a, b, marks);
    if (w < 0) out.push(content);
    else {
      const current = i === marks.current && w === marks.currentWord;
      out.push(html`<span part=${current ? 'word current' : 'word'} class="word" data-w=${w}>${content}</span>`);
    }
  });
  return out;
}

function renderMatchRuns(segment: Segment, runs: TextRun[], from: number, to: number, marks: TextMarks): unknown[] {
  const out: unknown[] = [];
  groupRuns(runs, from, to, (r) => r.match, (a, b, k) => {
    const text = segment.text.slice(runs[a]!.start, runs[b - 1]!.end);
    out.push(k < 0 ? text : html`<mark part=${k === marks.matchIndex ? 'match current' : 'match'} data-match=${k}>${text}</mark>`);
  });
  return out;
}

/** Calls `emit` for each stretch of runs from `from` to `to` that share the same `key`. */
function groupRuns(runs: TextRun[], from: number, to: number, key: (run: TextRun) => number, emit: (a: number, b: number, value: number) => void): void {
  let a = from;
  while (a < to) {
    const value = key(runs[a]!);
    let b = a + 1;
    while (b < to && key(runs[b]!) === value) b++;
    emit(a, b, value);
    a = b;
  }
}
