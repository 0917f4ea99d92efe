// After `npm run build`: every file package.json points at exists, and every element has an
// export. Run by .ci/run, so a missing entry fails CI instead of a user's install.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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
if (problems.length) {
  console.error(`package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package check: ${targets.length} entry points exist`);
