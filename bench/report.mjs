/**
 * Output of the benchmark: the table printed to the terminal, and a hand-written SVG chart of
 * time against report count (log-log) for evidence-gate and its peers.
 */

const seconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
export const formatRatio = (ratio) => `${ratio.toFixed(ratio < 0.1 ? 3 : 2)}×`;

/** Renders rows {figure, how, measured, target, met} as an aligned text table. */
export function renderTable(rows) {
  const header = {figure: 'figure', how: 'how', measured: 'measured', target: 'target', met: 'met?'};
  const columns = Object.keys(header);
  const cells = [header, ...rows].map((row) => columns.map((column) => String(row[column] ?? '')));
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => line[index].length)));
  const line = (values) => `| ${values.map((value, index) => value.padEnd(widths[index])).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

/** A ratio row: met when the measured ratio is at most the target. */
export function ratioRow(figure, how, ratio, target, detail = '') {
  return {figure, how, measured: `${formatRatio(ratio)}${detail ? ` (${detail})` : ''}`, target: `≤ ${target}×`, met: ratio <= target ? 'yes' : 'NO', ratio, targetValue: target};
}

export function notMeasuredRow(figure, how, note, target) {
  return {figure, how, measured: note, target, met: '—'};
}

export {seconds};

const PALETTE = {'evidence-gate': '#1f77b4', 'bare parse': '#7f7f7f', remark: '#d62728', markdownlint: '#2ca02c'};

/**
 * Time against report count on log-log axes. `series` is [{name, points: [{reports, ms, label}]}].
 * Decade gridlines, axis labels, a point label per tree and a legend; no dependency.
 */
export function renderChart(series, {title}) {
  const width = 760;
  const height = 480;
  const margin = {left: 80, right: 190, top: 50, bottom: 70};
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const points = series.flatMap((entry) => entry.points);
  const xDomain = decadeDomain(points.map((point) => point.reports));
  const yDomain = decadeDomain(points.map((point) => point.ms / 1000));
  const x = (value) => margin.left + ((Math.log10(value) - xDomain[0]) / (xDomain[1] - xDomain[0])) * plotWidth;
  const y = (value) => margin.top + plotHeight - ((Math.log10(value) - yDomain[0]) / (yDomain[1] - yDomain[0])) * plotHeight;

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${margin.left}" y="28" font-size="16" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (let decade = xDomain[0]; decade <= xDomain[1]; decade++) {
    const px = x(10 ** decade);
    parts.push(`<line x1="${px}" y1="${margin.top}" x2="${px}" y2="${margin.top + plotHeight}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${px}" y="${margin.top + plotHeight + 18}" text-anchor="middle">${formatCount(10 ** decade)}</text>`);
  }
  for (let decade = yDomain[0]; decade <= yDomain[1]; decade++) {
    for (const step of decade < yDomain[1] ? [1, 2, 5] : [1]) {
      const value = step * 10 ** decade;
      const py = y(value).toFixed(1);
      parts.push(`<line x1="${margin.left}" y1="${py}" x2="${margin.left + plotWidth}" y2="${py}" stroke="${step === 1 ? '#d0d0d0' : '#f0f0f0'}"/>`);
      parts.push(`<text x="${margin.left - 8}" y="${Number(py) + 4}" text-anchor="end" fill="${step === 1 ? '#000' : '#777'}">${formatSeconds(value)}</text>`);
    }
  }
  parts.push(`<rect x="${margin.left}" y="${margin.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#333"/>`);
  parts.push(`<text x="${margin.left + plotWidth / 2}" y="${height - 22}" text-anchor="middle">reports in the tree (log scale)</text>`);
  parts.push(
    `<text x="20" y="${margin.top + plotHeight / 2}" text-anchor="middle" transform="rotate(-90 20 ${margin.top + plotHeight / 2})">wall time, median of whole-process runs (log scale)</text>`,
  );
  for (const point of series[0]?.points ?? []) {
    parts.push(`<text x="${x(point.reports).toFixed(1)}" y="${margin.top + plotHeight + 34}" text-anchor="middle" fill="#555">${escapeXml(point.label)}</text>`);
  }
  series.forEach((entry, index) => {
    const color = PALETTE[entry.name] ?? '#9467bd';
    const path = entry.points.map((point, at) => `${at ? 'L' : 'M'}${x(point.reports).toFixed(1)},${y(point.ms / 1000).toFixed(1)}`).join(' ');
    parts.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const point of entry.points) {
      parts.push(
        `<g><title>${escapeXml(`${entry.name}, ${point.label}: ${seconds(point.ms)}`)}</title><circle cx="${x(point.reports).toFixed(1)}" cy="${y(point.ms / 1000).toFixed(1)}" r="4" fill="${color}"/></g>`,
      );
    }
    const ly = margin.top + 10 + index * 22;
    const lx = margin.left + plotWidth + 20;
    parts.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${color}" stroke-width="2"/>`);
    parts.push(`<circle cx="${lx + 12}" cy="${ly}" r="4" fill="${color}"/>`);
    parts.push(`<text x="${lx + 32}" y="${ly + 4}">${escapeXml(entry.name)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** Whole decades that cover the values, e.g. [1, 4] for 16 … 10,000. */
function decadeDomain(values) {
  const low = Math.floor(Math.log10(Math.min(...values)));
  const high = Math.ceil(Math.log10(Math.max(...values)));
  return [low, high > low ? high : low + 1];
}

const formatCount = (value) => (value >= 1 ? Math.round(value).toLocaleString('en-US') : String(value));
const formatSeconds = (value) => (value >= 1 ? `${Math.round(value)} s` : `${Math.round(value * 1000)} ms`);
const escapeXml = (text) => String(text).replace(/[<>&"]/g, (char) => ({'<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;'})[char]);
