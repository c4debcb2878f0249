export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatPct(p: number | null, digits = 1): string {
  return p === null ? '–' : `${p.toFixed(digits)}%`;
}

export function signedPct(p: number | null): string {
  if (p === null) return 'new';
  return `${p > 0 ? '+' : p < 0 ? '−' : '±'}${Math.abs(p).toFixed(1)}%`;
}
