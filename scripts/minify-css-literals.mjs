// A rollup plugin that takes the indentation out of Lit's template literals, so the CDN bundles
// carry none: the CSS inside css`…` is minified (comments, whitespace), and in html`…` / svg`…`
// every run of whitespace holding a line break becomes one line break (HTML renders both alike;
// no template here has <pre> or `white-space: pre`). It finds the literals in rollup's own parse
// of the module (tagged templates whose tag is `css`, `html` or `svg`) and rewrites only their
// static text; the `${…}` expressions stay as they are.

const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/:\s+/g, ':')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .trim();

/**
 * One static part of a css`…` with interpolations (`${darkScheme(…)}`, a shared fragment): the same
 * minification, but the whitespace at its edges stays one space, so nothing spliced in is joined
 * to a neighbouring word.
 */
const minifyCssPart = (text) => {
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  const inner = minifyCss(text);
  if (!inner) return lead || trail;
  return (/^[{};,>]/.test(inner) ? '' : lead) + inner + (/[{};,>]$/.test(inner) ? '' : trail);
};

const minifyMarkup = (text) => text.replace(/[ \t]*\n\s*/g, '\n');

const TAGS = { css: minifyCss, html: minifyMarkup, svg: minifyMarkup };

/** Every tagged template of interest in an ESTree program: [start, end, minify] of each static part. */
function literalParts(node, found = []) {
  if (!node || typeof node.type !== 'string') return found;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS[node.tag.name]) {
    const minify = TAGS[node.tag.name];
    const { quasis } = node.quasi;
    // CSS with interpolations: each static part on its own, its edges kept apart from what is spliced in.
    const part = minify === minifyCss && quasis.length > 1 ? minifyCssPart : minify;
    for (const q of quasis) found.push([q.start, q.end, part]);
  }
  for (const key in node) {
    const value = node[key];
    if (key === 'type' || !value || typeof value !== 'object') continue;
    if (Array.isArray(value)) for (const child of value) literalParts(child, found);
    else literalParts(value, found);
  }
  return found;
}

export function minifyCssLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const parts = literalParts(this.parse(code)).sort((a, b) => a[0] - b[0]);
      if (!parts.length) return null;
      let out = '';
      let last = 0;
      for (const [start, end, minify] of parts) {
        out += code.slice(last, start) + minify(code.slice(start, end));
        last = end;
      }
      out += code.slice(last);
      return out === code ? null : { code: out, map: null };
    },
  };
}
