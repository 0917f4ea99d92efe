// A rollup plugin that minifies the CSS inside Lit's css`…` literals (comments, whitespace), so
// the CDN bundles carry no indentation. Interpolations (${…}) are left as they are.
export function minifyCssLiterals() {
  const minify = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .replace(/:\s+/g, ':')
      .trim();
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || !/\bcss\s*`/.test(code)) return null;
      let changed = false;
      const out = code.replace(/\bcss\s*`((?:[^`\\$]|\\.|\$(?!\{))*)`/g, (_whole, body) => {
        changed = true;
        return `css\`${minify(body)}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
