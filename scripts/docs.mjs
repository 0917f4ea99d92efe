// `npm run docs`: the README's element reference, generated from the custom elements manifest
// (itself generated from the elements' JSDoc by `cem analyze`). Each element's tables go between
// `<!-- reference:<tag>:start -->` and `<!-- reference:<tag>:end -->`
// (`reference:episode-widget` for what every widget shares); the prose around them is hand-written.
// `npm run docs -- --check` (run by .ci/run) changes nothing and fails when a block is not what
// the manifest gives, when an element has no block, or when the manifest leaves something
// undocumented: an attribute, property, method, event, part, CSS property or slot without a
// description, or a part an element renders that its JSDoc does not list.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const README = 'README.md';
const MANIFEST = 'dist/custom-elements.json';
const check = process.argv.includes('--check');

/**
 * Gaps the check tolerates, by element: each one names what is missing and why it is not fixed
 * here. Nothing else may be undocumented, and an entry that is no longer a gap fails the check
 * (so this list only shrinks).
 */
const ALLOWED_GAPS = {};

/** Part names that mark a state of another part (`moment current`), documented with that part. */
const PART_STATES = new Set(['current', 'selected', 'active', 'mentioned']);

function analyze() {
  // Globs, plugins and outdir: custom-elements-manifest.config.mjs.
  const result = spawnSync('npx', ['cem', 'analyze', '--quiet'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('docs: cem analyze failed');
    process.exit(result.status ?? 1);
  }
  return JSON.parse(readFileSync(MANIFEST, 'utf8'));
}

/** Every element with a tag name, and the widgets' shared base (`episode-widget`), by block name. */
function declarationsByBlock(manifest) {
  const found = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) found.set(declaration.tagName, { declaration, path: module.path });
      else if (declaration.name === 'EpisodeWidget') found.set('episode-widget', { declaration, path: module.path });
    }
  }
  return found;
}

const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.name.startsWith('#');
const ownMembers = (declaration) => (declaration.members ?? []).filter((member) => isPublic(member) && !member.inheritedFrom);
const ownAttributes = (declaration) => (declaration.attributes ?? []).filter((attribute) => !attribute.inheritedFrom);

/** A table cell: one line, pipes escaped (also inside code, as GitHub's tables need). */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${text}\`` : '');
const typeOf = (member) => (member?.type?.text ?? '').replace(/ \| undefined$/, '');

function table(headings, rows) {
  if (!rows.length) return [];
  return [`| ${headings.join(' | ')} |`, `|${headings.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''];
}

function propertiesTable(declaration) {
  const members = ownMembers(declaration).filter((member) => member.kind === 'field');
  const rows = members.map((member) => {
    const attribute = ownAttributes(declaration).find((candidate) => candidate.fieldName === member.name);
    const description = `${member.readonly ? 'Read-only. ' : ''}${member.description ?? ''}`;
    return [attribute ? code(attribute.name) : '—', code(member.name), code(typeOf(member)), code(member.default), description];
  });
  return table(['attribute', 'property', 'type', 'default', 'what it does'], rows);
}

function methodsTable(declaration) {
  const methods = ownMembers(declaration).filter((member) => member.kind === 'method');
  const signature = (method) => `${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`;
  return table(['method', 'what it does'], methods.map((method) => [code(signature(method)), method.description]));
}

const namedTable = (heading, items, name = (item) => item.name) =>
  table([heading, 'what it is'], (items ?? []).map((item) => [code(name(item)) || '(default)', item.description]));

function referenceBlock(block, { declaration }) {
  const lines = [`<!-- Generated from custom-elements.json by \`npm run docs\`: edit the element's JSDoc, not this block. -->`, ''];
  lines.push(...propertiesTable(declaration), ...methodsTable(declaration));
  if (block !== 'episode-widget') {
    if ((declaration.attributes ?? []).some((attribute) => attribute.inheritedFrom)) {
      lines.push('Also every widget\'s attributes and properties (see [Every widget](#every-widget)).', '');
    }
    lines.push(
      ...namedTable('event', declaration.events),
      ...namedTable('part', declaration.cssParts),
      ...namedTable('CSS property', declaration.cssProperties),
      ...namedTable('slot', declaration.slots, (slot) => slot.name),
    );
  }
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

/** What the manifest leaves undocumented for one element, as `kind name` strings. */
function undocumented(block, { declaration, path }) {
  const gaps = [];
  const missing = (kind, items, name = (item) => item.name) => {
    for (const item of items ?? []) if (!item.description?.trim()) gaps.push(`${kind} ${name(item) || '(default)'}`);
  };
  missing('attribute', ownAttributes(declaration));
  missing('property', ownMembers(declaration).filter((member) => member.kind === 'field'));
  missing('method', ownMembers(declaration).filter((member) => member.kind === 'method'));
  if (block !== 'episode-widget') {
    missing('event', declaration.events);
    missing('part', declaration.cssParts);
    missing('CSS property', declaration.cssProperties);
    missing('slot', declaration.slots);
    const documented = new Set((declaration.cssParts ?? []).map((part) => part.name));
    for (const part of renderedParts(path)) if (!documented.has(part)) gaps.push(`part ${part}`);
  }
  return gaps;
}

/**
 * The parts an element's own files render (`part="a b"`, `part=${x ? 'a b' : 'c'}`), and those
 * of the widget base's helpers it calls. Parts set by src/graph's renderers are not seen here.
 */
function renderedParts(modulePath) {
  const folder = dirname(modulePath.replace(/^\//, ''));
  const source = readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.styles.ts'))
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .join('\n');
  const values = [
    ...[...source.matchAll(/part="([^"$]+)"/g)].map((match) => match[1]),
    ...[...source.matchAll(/part=\$\{([^}]*)\}/g)].flatMap((match) => [...match[1].matchAll(/'([^']+)'/g)].map((quoted) => quoted[1])),
  ];
  if (source.includes('this.renderUnavailable(')) values.push('loading unavailable retry');
  return new Set(values.flatMap((value) => value.split(/\s+/)).filter((part) => part && !PART_STATES.has(part)));
}

function markers(block) {
  return { start: `<!-- reference:${block}:start -->`, end: `<!-- reference:${block}:end -->` };
}

const manifest = analyze();
const declarations = declarationsByBlock(manifest);
const readme = readFileSync(README, 'utf8');
const problems = [];
let generated = readme;

for (const [block, entry] of declarations) {
  const { start, end } = markers(block);
  const from = generated.indexOf(start);
  const to = generated.indexOf(end);
  if (from === -1 || to < from) {
    problems.push(`${README} has no ${start} … ${end} block`);
    continue;
  }
  generated = `${generated.slice(0, from + start.length)}\n${referenceBlock(block, entry)}\n${generated.slice(to)}`;
}
for (const match of readme.matchAll(/<!-- reference:([\w-]+):start -->/g)) {
  if (!declarations.has(match[1])) problems.push(`${README} has a reference block for ${match[1]}, which the manifest does not have`);
}

for (const [block, entry] of declarations) {
  const allowed = ALLOWED_GAPS[block] ?? [];
  const gaps = undocumented(block, entry);
  for (const gap of gaps) if (!allowed.includes(gap)) problems.push(`${block}: ${gap} is not documented in its JSDoc`);
  for (const gap of allowed) if (!gaps.includes(gap)) problems.push(`${block}: '${gap}' is documented now: remove it from ALLOWED_GAPS in scripts/docs.mjs`);
}

if (check) {
  if (generated !== readme) {
    const stale = [...declarations.keys()].filter((block) => {
      const { start, end } = markers(block);
      const slice = (text) => text.slice(text.indexOf(start), text.indexOf(end));
      return slice(generated) !== slice(readme);
    });
    problems.push(`${README}'s reference is not what the manifest gives (${stale.join(', ')}): run \`npm run docs\``);
  }
} else if (generated !== readme) {
  writeFileSync(README, generated);
  console.log(`docs: ${README}'s reference written from ${MANIFEST}`);
}

for (const problem of problems) console.error(`docs: ${problem}`);
if (problems.length) process.exit(1);
console.log(`docs: ${declarations.size} references from ${MANIFEST}${check ? ' are current' : ''}`);
