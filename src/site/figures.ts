/**
 * The figures of /tong-quan/, drawn at build time by Observable Plot on a
 * server-side DOM (linkedom): static SVG, no JavaScript in the page. Each is
 * drawn 360 px wide, the width of a phone, so its text stays readable there
 * and it scales up on a wider screen. Every bar and tile links to its page.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { EVENT_TYPES, type EventType } from '../lib/schema.ts';
import { EVENT_TYPE_LABELS } from './labels.ts';
import { yearRows, type Glance, type NamedCount } from './glance.ts';
import { provincePath, yearPath } from './paths.ts';

export const FIGURE_WIDTH = 360;
const FONT = { fontSize: '12px', fontFamily: 'system-ui, sans-serif' };
/** One colour per event type, dark enough for white text and distinct in print. */
export const TYPE_COLOURS = [
  '#1b7837',
  '#2166ac',
  '#b2182b',
  '#e08214',
  '#542788',
  '#8c510a',
  '#01665e',
  '#c51b7d',
] as const;

type PlotOptions = Plot.PlotOptions & { document?: unknown };

/** At most five round whole-number ticks from 0 to `max` (step 1, 2, 5, 10, 20…): counts have no halves. */
export function countTicks(max: number): number[] {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!,
  );
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

/** Renders a Plot to SVG text; each link is named after its `<title>` so it can be read and followed without the picture. */
function render(options: PlotOptions, label: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    ...options,
    document,
    ariaLabel: label,
    style: FONT,
  } as Plot.PlotOptions) as unknown as Element;
  svg.setAttribute('role', 'group');
  // Plot names each mark's <g> ("bar", "rule"); ARIA forbids a name on a <g> without a role, and the links carry the names.
  for (const g of svg.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  for (const link of svg.querySelectorAll('a')) {
    const title = link.querySelector('title')?.textContent;
    if (title) link.setAttribute('aria-label', title);
  }
  return svg.outerHTML;
}

/**
 * Events per year, each bar stacked by type; a bar links to its year's
 * timeline. Every year between the first and the last has its row: an empty
 * year says 0, a long run of them one row ("2007–2016: không có sự kiện").
 */
export function yearsByTypeFigure(glance: Glance): string {
  const axis = yearRows(glance.years);
  const rows = glance.years.flatMap((y) =>
    EVENT_TYPES.filter((t) => y.byType[t] > 0).map((type) => ({
      year: y.year,
      type: EVENT_TYPE_LABELS[type],
      count: y.byType[type],
      total: y.total,
    })),
  );
  const labels = axis.map((r) => r.label).reverse();
  type Row = (typeof axis)[number];
  return render(
    {
      width: FIGURE_WIDTH,
      height: 40 + 28 * labels.length,
      // Room for a run of empty years ("2010–2017") when there is one.
      marginLeft: labels.some((l) => l.includes('–')) ? 88 : 44,
      marginRight: 28,
      x: {
        label: 'Số sự kiện',
        grid: true,
        tickFormat: 'd',
        ticks: countTicks(Math.max(1, ...glance.years.map((y) => y.total))),
      },
      y: { label: null, domain: labels },
      color: { domain: EVENT_TYPES.map((t) => EVENT_TYPE_LABELS[t]), range: [...TYPE_COLOURS] },
      marks: [
        Plot.barX(
          rows,
          Plot.stackX({
            x: 'count',
            y: 'year',
            fill: 'type',
            href: (d: (typeof rows)[number]) => yearPath(d.year),
            title: (d: (typeof rows)[number]) => `${d.year} · ${d.type}: ${d.count} sự kiện`,
            insetTop: 3,
            insetBottom: 3,
          }),
        ),
        Plot.text(axis, {
          x: 'total',
          y: 'label',
          text: (d: Row) =>
            d.empty ? (d.label.includes('–') ? 'không có sự kiện' : '0') : String(d.total),
          fill: (d: Row) => (d.empty ? '#555' : 'currentColor'),
          textAnchor: 'start',
          dx: 4,
          ariaHidden: 'true',
          pointerEvents: 'none',
        }),
        Plot.ruleX([0]),
      ],
    },
    'Số sự kiện theo năm, chia theo loại; cả những năm không có sự kiện',
  );
}

/** The colour legend of the year figure, as HTML (swatch and label), so it wraps on a phone. */
export function typeLegend(): Array<{ type: EventType; label: string; colour: string }> {
  return EVENT_TYPES.map((type, i) => ({
    type,
    label: EVENT_TYPE_LABELS[type],
    colour: TYPE_COLOURS[i]!,
  }));
}

const TILE = 58;
/** Two short lines for a tile: "Hồ Chí Minh" → "Hồ Chí\nMinh". */
const tileLabel = (name: string) => {
  const words = name.split(' ');
  if (words.length < 3) return words.join('\n');
  const half = Math.ceil(words.length / 2);
  return `${words.slice(0, half).join(' ')}\n${words.slice(half).join(' ')}`;
};

/** Events per current province, a square each, placed roughly where the province lies; a tile with events links to its page. */
export function provinceTileFigure(glance: Glance): string {
  const cols = Math.max(...glance.provinces.map((p) => p.col)) + 1;
  const rows = Math.max(...glance.provinces.map((p) => p.row)) + 1;
  const max = Math.max(1, ...glance.provinces.map((p) => p.count));
  const withEvents = glance.provinces.filter((p) => p.count > 0);
  const without = glance.provinces.filter((p) => p.count === 0);
  // White text where the (square-root) colour scale is past its middle.
  const dark = (count: number) => Math.sqrt(count / max) > 0.5;
  type P = Glance['provinces'][number];
  return render(
    {
      width: cols * TILE,
      height: rows * TILE,
      margin: 0,
      padding: 0.06,
      x: { domain: Array.from({ length: cols }, (_, i) => i), axis: null },
      y: { domain: Array.from({ length: rows }, (_, i) => i), axis: null },
      color: { type: 'sqrt', domain: [0, max], range: ['#d9f0d3', '#00441b'] },
      marks: [
        Plot.cell(without, {
          x: 'col',
          y: 'row',
          fill: '#f4f4f4',
          stroke: '#bbb',
          title: (d: P) => `${d.name}: 0 sự kiện`,
        }),
        Plot.cell(withEvents, {
          x: 'col',
          y: 'row',
          fill: 'count',
          href: (d: P) => provincePath(d.name),
          title: (d: P) => `${d.name}: ${d.count} sự kiện`,
        }),
        Plot.text(glance.provinces, {
          x: 'col',
          y: 'row',
          text: (d: P) => `${tileLabel(d.name)}\n${d.count}`,
          fill: (d: P) => (dark(d.count) ? 'white' : '#1b1b1b'),
          fontSize: 10,
          lineHeight: 1.1,
          ariaHidden: 'true',
          // A click on a tile's label reaches the tile's link underneath.
          pointerEvents: 'none',
        }),
      ],
    },
    'Bản đồ ô: số sự kiện theo tỉnh, thành phố (34 đơn vị từ 1/7/2025)',
  );
}

/** Horizontal bars with the name written above each bar, so long names need no margin. */
function rankedBars(rows: Array<NamedCount & { href: string }>, label: string): string {
  const BAND = 38;
  type R = (typeof rows)[number];
  return render(
    {
      width: FIGURE_WIDTH,
      height: 30 + BAND * rows.length,
      marginLeft: 4,
      marginRight: 32,
      marginTop: 4,
      x: {
        label: 'Số sự kiện',
        grid: true,
        tickFormat: 'd',
        ticks: countTicks(Math.max(1, ...rows.map((r) => r.count))),
      },
      y: { domain: rows.map((r) => r.name), axis: null },
      marks: [
        Plot.barX(rows, {
          x: 'count',
          y: 'name',
          fill: '#1b7837',
          insetTop: 19,
          insetBottom: 3,
          href: 'href',
          title: (d: R) => `${d.name}: ${d.count} sự kiện`,
        }),
        Plot.text(rows, {
          x: 0,
          y: 'name',
          text: 'name',
          textAnchor: 'start',
          dy: -9,
          lineWidth: 28,
          textOverflow: 'ellipsis',
          ariaHidden: 'true',
          pointerEvents: 'none',
        }),
        Plot.text(rows, {
          x: 'count',
          y: 'name',
          text: (d: R) => String(d.count),
          textAnchor: 'start',
          dx: 4,
          dy: 8,
          ariaHidden: 'true',
          pointerEvents: 'none',
        }),
        Plot.ruleX([0]),
      ],
    },
    label,
  );
}

export function institutionsFigure(glance: Glance, pathOf: (slug: string) => string): string {
  return rankedBars(
    glance.institutions.map((i) => ({ ...i, href: pathOf(i.slug) })),
    'Các cơ quan, đơn vị tham gia nhiều sự kiện nhất',
  );
}

export function countriesFigure(countries: NamedCount[], hrefOf: (name: string) => string): string {
  return rankedBars(
    countries.map((c) => ({ ...c, href: hrefOf(c.name) })),
    'Các quốc gia đối tác',
  );
}
