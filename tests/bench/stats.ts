/** Percentile of a sample (nearest-rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function timeIt(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `fn` `n` times (after `warmup` unmeasured runs) and returns the durations in ms. */
export function sample(n: number, fn: (i: number) => void, warmup = Math.min(20, n)): number[] {
  for (let i = 0; i < warmup; i++) fn(-1 - i);
  return Array.from({ length: n }, (_, i) => timeIt(() => fn(i)));
}

export function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

export function report(title: string, rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  console.log(`\n${title}\n${line(rows[0]!)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.slice(1).map(line).join('\n')}\n`);
}
