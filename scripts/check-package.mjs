// After `npm run build`: every file package.json points at exists, every element has an
// export, and the CDN bundles are within their gzip budgets. Run by .ci/run, so a missing entry fails CI instead of a user's install.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { BUDGETS } from '../bench/lib/budgets.mjs';
import { gzipBytes } from '../bench/lib/bundles.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const targets = [pkg.main, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements];
for (const [key, value] of Object.entries(pkg.exports)) {
  if (key.includes('*')) continue;
  if (typeof value === 'string') targets.push(value);
  else targets.push(...Object.values(value));
}
for (const bin of Object.values(pkg.bin ?? {})) {
  targets.push(bin);
  if (existsSync(bin) && !readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')) problems.push(`${bin} does not start with #!/usr/bin/env node`);
}
for (const target of targets) if (!existsSync(target)) problems.push(`missing ${target}`);
for (const name of readdirSync('src/components').filter((n) => existsSync(`src/components/${n}/index.ts`))) {
  if (!pkg.exports[`./${name}.js`]) problems.push(`no "exports" entry for ./${name}.js`);
}
for (const bundle of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) {
  if (!existsSync(`dist/cdn/${bundle}.LICENSE.txt`)) problems.push(`no third-party notices beside dist/cdn/${bundle}`);
}
// The CDN bundles' budgets: the bench's own (one list), measured as the bench measures them.
const sizes = [];
for (const { bundle, limit } of BUDGETS.filter((b) => b.bundle)) {
  const path = `dist/cdn/${bundle}`;
  if (!existsSync(path)) {
    problems.push(`missing ${path}`);
    continue;
  }
  const bytes = gzipBytes(readFileSync(path));
  sizes.push(`${bundle} ${(bytes / 1000).toFixed(2)} kB`);
  if (bytes > limit) problems.push(`${path} is ${bytes} bytes gzip -9, over its budget of ${limit} (move what a page does not always need into a lazy chunk)`);
}
if (problems.length) {
  console.error(`package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package check: ${targets.length} entry points exist; gzip -9: ${sizes.join(', ')}`);
