// Rules of the house that a test cannot see, checked in the source (run by .ci/run): no `style`
// attribute written (Lit's styleMap writes one on its first render; a page's style-src blocks
// it), no inserted <style> element, no HTML parsed into a DOM or inserted as markup.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RULES = [
  [/\bstyleMap\s*\(/, 'styleMap() writes a style attribute on first render: use cssProps() (src/styles/css-props.ts)'],
  [/\bstyle\s*=\s*["'$]/, 'a style attribute in a template: use cssProps() or a class'],
  [/setAttribute\(\s*['"]style['"]/, 'a style attribute written by hand: use element.style.setProperty'],
  [/<style[\s>]/, 'an inserted <style> element: ship styles as css`` (adopted stylesheets)'],
  [/createElement\(\s*['"]style['"]/, 'an inserted <style> element: ship styles as css`` (adopted stylesheets)'],
  [/\bunsafeHTML\b|\bunsafeSVG\b/, 'markup from data: render text'],
  [/\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML\s*\(/, 'markup inserted from a string: render text'],
  [/\bDOMParser\b/, 'DOMParser is a Trusted Types sink: read markup with a tokenizer'],
];

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

const problems = [];
for (const file of sourceFiles('src')) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    // Comments may name what is not done.
    if (/^\s*(?:\*|\/\/|\/\*)/.test(line)) return;
    for (const [pattern, message] of RULES) if (pattern.test(line)) problems.push(`${file}:${i + 1}: ${message}\n    ${line.trim()}`);
  });
}
if (problems.length) {
  console.error(`source check failed:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('source check: no style attributes, inserted <style> elements or parsed markup in src/');
