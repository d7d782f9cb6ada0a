import { escapeHtml } from './escape.js';

/** Small SVG line charts drawn by our own code, so reports stay self-contained (no CDN, no fetch). */
export interface Series {
  name: string;
  points: [number, number][];
  color: string;
  dashed?: boolean;
}

export interface ChartOptions {
  title: string;
  yUnit: string;
  xLabel: string;
  /** Labels for x ticks; default: numbers. */
  xTicks?: { value: number; label: string }[];
  width?: number;
  height?: number;
}

const esc = escapeHtml;

/** 1, 2 or 5 × a power of ten: ticks people can read. */
function niceStep(range: number, count: number): number {
  const raw = range / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

const fmt = (v: number) => (Math.abs(v) >= 1000 ? `${Number((v / 1000).toFixed(1))}k` : `${Number(v.toFixed(2))}`);

export function lineChart(series: Series[], options: ChartOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 220;
  const pad = { left: 56, right: 16, top: 28, bottom: 40 };
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) {
    return `<svg class="chart" role="img" aria-label="${esc(options.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><text x="${width / 2}" y="${height / 2}" text-anchor="middle" class="empty">${esc(options.title)}: no data</text></svg>`;
  }
  const xMin = Math.min(...all.map((p) => p[0]));
  const xMax = Math.max(...all.map((p) => p[0]), xMin + 1e-9);
  const yMax = Math.max(...all.map((p) => p[1]), 1e-9) * 1.1;
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const x = (v: number) => pad.left + ((v - xMin) / (xMax - xMin || 1)) * w;
  const y = (v: number) => pad.top + h - (v / yMax) * h;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" role="img" aria-label="${esc(options.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
  );
  parts.push(`<text x="${pad.left}" y="16" class="title">${esc(options.title)}</text>`);
  const yStep = niceStep(yMax, 4);
  for (let v = 0; v <= yMax; v += yStep) {
    parts.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" class="grid"/>`);
    parts.push(`<text x="${pad.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" class="tick">${fmt(v)}</text>`);
  }
  const xTicks =
    options.xTicks ?? Array.from({ length: 6 }, (_, i) => xMin + ((xMax - xMin) * i) / 5).map((v) => ({ value: v, label: fmt(v) }));
  for (const tick of xTicks) {
    if (tick.value < xMin - 1e-9 || tick.value > xMax + 1e-9) continue;
    parts.push(
      `<text x="${x(tick.value).toFixed(1)}" y="${height - pad.bottom + 16}" text-anchor="middle" class="tick">${esc(tick.label)}</text>`,
    );
  }
  parts.push(`<text x="${pad.left + w / 2}" y="${height - 6}" text-anchor="middle" class="axis">${esc(options.xLabel)}</text>`);
  parts.push(
    `<text x="12" y="${pad.top + h / 2}" text-anchor="middle" class="axis" transform="rotate(-90 12 ${pad.top + h / 2})">${esc(options.yUnit)}</text>`,
  );
  series.forEach((s, i) => {
    if (s.points.length === 0) return;
    const d = s.points.map(([px, py], j) => `${j ? 'L' : 'M'}${x(px).toFixed(1)},${y(py).toFixed(1)}`).join('');
    parts.push(
      `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}><title>${esc(s.name)}</title></path>`,
    );
    const lx = width - pad.right - (series.length - i) * 140;
    parts.push(
      `<line x1="${lx}" x2="${lx + 18}" y1="${pad.top - 4}" y2="${pad.top - 4}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    parts.push(`<text x="${lx + 22}" y="${pad.top}" class="legend">${esc(s.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
