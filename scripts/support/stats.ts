import zlib from "node:zlib";

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Size once compressed as `next start` compresses (zlib's default level, 6). */
export function gzipSize(data: string | Buffer): number {
  return zlib.gzipSync(data, { level: zlib.constants.Z_DEFAULT_COMPRESSION }).length;
}

/** Bytes as kB (1 kB = 1,000 bytes), one decimal, French decimal comma. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1).replace(".", ",")} kB`;
}

/** A right-aligned text table. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}
