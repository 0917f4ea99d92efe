// Markdown tables: the same text goes to stdout and to bench/results.md.
import { BUDGETS } from './budgets.mjs';
import { EPISODE_KIT } from './cases.mjs';
import { summarize } from './stats.mjs';

const int = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export function formatNumber(value, unit) {
  if (value == null || !Number.isFinite(value)) return '—';
  if (unit === 'count') return Number.isInteger(value) ? int.format(value) : value.toFixed(1);
  if (unit === 'MB') return value.toFixed(1);
  if (unit === 'B') return `${(value / 1000).toFixed(1)} kB`;
  const abs = Math.abs(value);
  if (abs < 1) return value.toFixed(3);
  if (abs < 10) return value.toFixed(2);
  if (abs < 100) return value.toFixed(1);
  return int.format(value);
}

const unitSuffix = (unit) => (unit === 'count' ? '' : ` ${unit}`);

/** "median (min–max)" over the repetitions; a † when a settle hit its cap. */
function cell(cellData, metric) {
  if (!cellData) return '—';
  if (cellData.unavailable) return cellData.unavailable;
  const stats = summarize(cellData.reps.map((rep) => rep[metric.key]));
  if (!stats) return cellData.errors.length ? 'error' : '—';
  const capped = metric.key === 'settle' && cellData.reps.some((rep) => rep.capped) ? ' †' : '';
  const spread = stats.n > 1 ? ` (${formatNumber(stats.min, metric.unit)}–${formatNumber(stats.max, metric.unit)})` : '';
  return `${formatNumber(stats.median, metric.unit)}${spread}${capped}`;
}

export function medianOf(results, suite, size, library, metric) {
  const data = results[suite]?.sizes?.[size]?.[library];
  if (!data || data.unavailable) return null;
  return summarize(data.reps.map((rep) => rep[metric]))?.median ?? null;
}

function ratio(a, b) {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b)) return '—';
  if (b === 0) return a === 0 ? '1.00' : '—';
  return (a / b).toFixed(2);
}

export function suiteTable(suite, result) {
  const peers = result.libraries.filter((library) => library !== EPISODE_KIT);
  const head = [result.sizeLabel, 'figure', EPISODE_KIT, ...peers, ...peers.map((peer) => `ek ÷ ${peer}`)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? '---' : '--:')).join('|')}|`];
  for (const size of result.sizeList) {
    for (const metric of suite.metrics) {
      const row = result.sizes[size] ?? {};
      const ours = medianOf({ [suite.name]: result }, suite.name, size, EPISODE_KIT, metric.key);
      const cells = [
        int.format(size),
        `${metric.label}${unitSuffix(metric.unit)}`,
        row[EPISODE_KIT] ? cell(row[EPISODE_KIT], metric) : '—',
        ...peers.map((peer) => cell(row[peer], metric)),
        ...peers.map((peer) => ratio(ours, medianOf({ [suite.name]: result }, suite.name, size, peer, metric.key))),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

export function bundleTable(bundles) {
  if (!bundles) return '_bundle sizes not measured in this run_';
  const lines = ['| bundle | file | bytes | gzip -9 | ek ÷ this |', '|---|---|--:|--:|--:|'];
  const ours = new Map(bundles.ours.map((row) => [row.name, row]));
  for (const row of bundles.ours) {
    const size = row.gzip == null
      ? (bundles.build?.ok === false ? 'unavailable (build failed)' : 'not built yet')
      : formatNumber(row.gzip, 'B');
    lines.push(`| episode-kit ${row.name} | \`${row.file}\` | ${row.raw ? int.format(row.raw) : '—'} | ${size} | |`);
  }
  for (const row of bundles.peers) {
    const against = ours.get(row.against);
    const minified = row.minifiedGzip ? ` (${formatNumber(row.minifiedGzip, 'B')} minified by terser)` : '';
    const files = row.files.map((file) => `\`${file}\``).join(' + ');
    lines.push(`| ${row.library} | ${files} | ${row.raw ? int.format(row.raw) : '—'} | ${row.gzip == null ? 'missing' : formatNumber(row.gzip, 'B')}${minified} | ${row.gzip == null ? '—' : ratio(against?.gzip ?? null, row.gzip)}${against?.gzip != null ? ` (${row.against})` : ''} |`);
  }
  return lines.join('\n');
}

export function budgetTable(results, bundles) {
  const lines = ['| budget | limit | episode-kit | result | peers (for reference) |', '|---|--:|--:|:-:|---|'];
  for (const budget of BUDGETS) {
    let ours = null;
    let reference = '';
    if (budget.bundle) {
      ours = bundles?.ours.find((row) => row.name === budget.bundle)?.gzip ?? null;
    } else {
      const result = results[budget.suite];
      if (result) {
        ours = medianOf(results, budget.suite, budget.size, EPISODE_KIT, budget.metric);
        reference = result.libraries
          .filter((library) => library !== EPISODE_KIT)
          .map((library) => {
            const value = medianOf(results, budget.suite, budget.size, library, budget.metric);
            return value == null ? null : `${library} ${formatNumber(value, budget.unit)}${unitSuffix(budget.unit)}`;
          })
          .filter(Boolean)
          .join(', ');
      }
    }
    const pass = ours == null ? '—' : (budget.atMost ? ours <= budget.limit : ours < budget.limit) ? 'PASS' : 'FAIL';
    const limit = `${budget.atMost ? '≤' : '<'} ${formatNumber(budget.limit, budget.unit)}${budget.unit === 'B' ? '' : unitSuffix(budget.unit)}`;
    const value = ours == null ? '—' : `${formatNumber(ours, budget.unit)}${budget.unit === 'B' ? '' : unitSuffix(budget.unit)}`;
    lines.push(`| ${budget.label} | ${limit} | ${value} | ${pass} | ${reference} |`);
  }
  return lines.join('\n');
}
