/** Small statistics and formatting helpers of the bench. */

/** Median of numbers (mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** MB/s (1 MB = 10^6 bytes) from bytes and milliseconds. */
export function mbPerSecond(bytes, ms) {
  return bytes / 1e6 / (ms / 1000);
}

/** 12.3 for MB/s, MiB for memory. */
export function formatNumber(value, digits = 1) {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 100 ? value.toFixed(0) : value.toFixed(digits);
}

/** Bytes → MiB. */
export function toMiB(bytes) {
  return bytes / (1 << 20);
}
