// Order statistics over repetitions (and over the frames of one run).
export function quantile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);

/** { median, min, max, q1, q3, n } of the finite values. */
export function summarize(values) {
  const finite = values.filter((value) => Number.isFinite(value));
  if (!finite.length) return null;
  return {
    median: median(finite),
    min: Math.min(...finite),
    max: Math.max(...finite),
    q1: quantile(finite, 0.25),
    q3: quantile(finite, 0.75),
    n: finite.length,
  };
}
