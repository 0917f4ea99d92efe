/**
 * The transcript as tagged tokens, through compromise's tagger (`compromise/two`: the tagger
 * without the phrase plugins, which this does not use). Segments are tagged fifty at a time, a
 * blank line apart, and every token knows the segment, and so the time, it was said at.
 */
import nlp from 'compromise/two';

export interface Token {
  /** As said, hyphenated parts joined ("VIC-20", "sodium-ion"), without a possessive 's. */
  text: string;
  lower: string;
  possessive: boolean;
  tags: ReadonlySet<string>;
  sentenceStart: boolean;
  /** Punctuation follows: a name does not run on past it. */
  breakAfter: boolean;
  segment: number;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
}

const POSSESSIVE = /['’]s?$/;

function joinHyphenated(terms: CompromiseTerm[]): CompromiseTerm[] {
  const out: CompromiseTerm[] = [];
  for (const term of terms) {
    const last = out[out.length - 1];
    if (last && /^-$/.test(last.post.trim()) && !/\s/.test(last.post) && term.text) {
      out[out.length - 1] = { text: `${last.text}-${term.text}`, pre: last.pre, post: term.post, tags: [...last.tags, ...term.tags] };
    } else {
      out.push(term);
    }
  }
  return out;
}

function toToken(term: CompromiseTerm, segment: number, sentenceStart: boolean): Token | undefined {
  const raw = term.text.trim();
  if (!raw) return undefined;
  const possessive = /\w['’]s$/.test(raw) || (/s['’]$/.test(raw) && raw.length > 2);
  const text = possessive ? raw.replace(POSSESSIVE, '') : raw;
  return {
    text,
    lower: text.toLowerCase(),
    possessive,
    tags: new Set(term.tags),
    sentenceStart,
    breakAfter: /[,.;:!?…()"“”—–]/.test(term.post) || /[(“"]/.test(term.pre),
    segment,
  };
}

/** Segments tagged in one call: the tagger's cost per call is high, its cost per word low. */
const BATCH = 50;
/** Between segments: compromise ends a sentence at a blank line, so no sentence spans two segments. */
const SEPARATOR = '\n\n';

/** Tagged sentences of every segment, in transcript order. */
export function tokenize(texts: readonly string[]): Token[][] {
  const out: Token[][] = [];
  for (let first = 0; first < texts.length; first += BATCH) {
    const batch = texts.slice(first, first + BATCH).map((t) => t.replace(/\s+/g, ' '));
    const starts: number[] = [];
    let offset = 0;
    for (const text of batch) {
      starts.push(offset);
      offset += text.length + SEPARATOR.length;
    }
    const doc = nlp(batch.join(SEPARATOR)) as unknown as { json: (o: object) => { terms: (CompromiseTerm & { offset: { start: number } })[] }[] };
    let segment = 0;
    for (const sentence of doc.json({ offset: true })) {
      const at = sentence.terms[0]?.offset.start ?? 0;
      while (segment + 1 < starts.length && starts[segment + 1]! <= at) segment++;
      const tokens: Token[] = [];
      for (const term of joinHyphenated(sentence.terms)) {
        const token = toToken(term, first + segment, tokens.length === 0);
        if (token) tokens.push(token);
      }
      if (tokens.length) out.push(tokens);
    }
  }
  return out;
}
