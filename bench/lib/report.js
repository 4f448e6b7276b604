// Printing: markdown tables (readable in a terminal, pasteable into the README) and number formats.

/**
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 * @param {("l" | "r")[]} [align] per column; numbers default to right
 */
export function markdownTable(headers, rows, align = headers.map((_, i) => (i === 0 ? "l" : "r"))) {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(3, ...cells.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => (align[c] === "r" ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join(" | ")} |`;
  const rule = `| ${widths.map((w, c) => (align[c] === "r" ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join("\n");
}

/** A duration in ms with 3 significant digits. */
export function ms(x) {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function ratio(x) {
  return `${x.toFixed(2)}×`;
}

export function bytes(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
}

/** "median (min–max)" of a stats object, in ms. */
export function spread(s, format = ms) {
  return `${format(s.min)}–${format(s.max)}`;
}
