// A rollup plugin that writes `<bundle>.LICENSE.txt` beside each CDN bundle: the name, version,
// licence and licence text of every npm package the bundle inlines.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

function packageRoot(id) {
  const marker = `${sep}node_modules${sep}`;
  const at = id.lastIndexOf(marker);
  if (at < 0) return null;
  const rest = id.slice(at + marker.length).split(sep);
  const name = rest[0].startsWith('@') ? `${rest[0]}${sep}${rest[1]}` : rest[0];
  return id.slice(0, at + marker.length) + name;
}

function licenceText(root) {
  const file = readdirSync(root).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  return file ? readFileSync(join(root, file), 'utf8').trim() : null;
}

export function thirdPartyNotices() {
  return {
    name: 'third-party-notices',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const roots = new Set();
        for (const id of Object.keys(chunk.modules)) {
          const root = packageRoot(id.replace(/^\0/, ''));
          if (root && existsSync(join(root, 'package.json'))) roots.add(root);
        }
        const entries = [...roots]
          .map((root) => ({ root, pkg: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) }))
          .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name));
        const text = [
          `Third-party software inlined in ${chunk.fileName} (episode-kit, MIT).`,
          '',
          ...entries.flatMap(({ root, pkg }) => [
            '='.repeat(72),
            `${pkg.name} ${pkg.version} (${pkg.license ?? 'see below'})`,
            pkg.homepage ?? pkg.repository?.url ?? '',
            '',
            licenceText(root) ?? `Licence: ${pkg.license}`,
            '',
          ]),
        ].join('\n');
        this.emitFile({ type: 'asset', fileName: `${chunk.fileName}.LICENSE.txt`, source: text });
      }
    },
  };
}
