import { useMemo, useRef, useState } from 'react';
import { Chart as ReactChart } from 'react-chartjs-2';
import type { ChartOptions, Plugin } from 'chart.js';
import type { CharacterRow, CharactersDashboard, Quadrant } from '../../../electron/api/types';
import '../../charts/register';
import { ChartFrame, type ChartTable } from '../../charts/ChartFrame';
import { colorFor } from '../../charts/palette';
import { useChartColors } from '../../charts/theme';
import { href, navigate } from '../../shell/route';
import { wrap } from './wrap-words';
import { decimalText, percentText, ratioText } from '../../../db/words/numbers';

// The creator guide's reading, made visible: conversion tells whether the greeting works, messages
// per chat whether the character holds attention. The cross-hairs are this creator's own medians.
export const QUADRANTS: Record<Quadrant, { title: string; advice: string; corner: 'tl' | 'tr' | 'bl' | 'br' }> = {
  'hooks-and-holds': { title: 'Great greeting, and it sticks', advice: 'Your model: copy what works here.', corner: 'tr' },
  'hooks-not-holds': { title: 'Great greeting, but not sticking', advice: 'People start chats, then leave: deepen the scenarios.', corner: 'br' },
  'holds-not-hooks': { title: 'Weak greeting, but converts the people who try', advice: 'Rewrite the greeting; A/B it with a duplicate.', corner: 'tl' },
  neither: { title: 'Weak greeting, and not sticking', advice: 'Rethink it, starting with the greeting.', corner: 'bl' },
};

const ORDER: Quadrant[] = ['hooks-not-holds', 'holds-not-hooks', 'hooks-and-holds', 'neither'];

interface Point {
  x: number;
  y: number;
  id: string;
  name: string;
}

interface OverlayState {
  medians: { x: number; y: number };
  text: string;
  muted: string;
  showNames: boolean;
}

/** Median lines, quadrant titles in the corners and point names, drawn on the canvas. Reads its state at
 *  draw time, since react-chartjs-2 keeps the plugins a chart was created with. */
function overlay(state: { current: OverlayState }): Plugin<'scatter'> {
  return {
    id: 'quadrants',
    afterDatasetsDraw(chart) {
      const { medians, text, muted, showNames } = state.current;
      const { ctx, chartArea: a, scales } = chart;
      const mx = scales.x.getPixelForValue(medians.x);
      const my = scales.y.getPixelForValue(medians.y);
      ctx.save();
      ctx.strokeStyle = muted;
      ctx.setLineDash([5, 4]);
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(mx, a.top);
      ctx.lineTo(mx, a.bottom);
      ctx.moveTo(a.left, my);
      ctx.lineTo(a.right, my);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.fillStyle = muted;
      // Each title keeps to its half of the chart, on two lines when a narrow window needs it.
      const half = (a.right - a.left) / 2 - 12;
      for (const q of Object.values(QUADRANTS)) {
        const right = q.corner.endsWith('r');
        const top = q.corner.startsWith('t');
        ctx.textAlign = right ? 'right' : 'left';
        ctx.textBaseline = top ? 'top' : 'bottom';
        const lines = wrap(q.title, half, (t) => ctx.measureText(t).width);
        const x = right ? a.right - 6 : a.left + 6;
        lines.forEach((line, i) => ctx.fillText(line, x, top ? a.top + 4 + i * 14 : a.bottom - 4 - (lines.length - 1 - i) * 14));
      }
      if (showNames) {
        ctx.font = '11px system-ui, sans-serif';
        ctx.fillStyle = text;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        const meta = chart.getDatasetMeta(0);
        const data = chart.data.datasets[0].data as unknown as Point[];
        placeLabels(
          meta.data.map((el, i) => ({ x: el.x, y: el.y, text: data[i].name, width: ctx.measureText(data[i].name).width })),
          a,
        ).forEach((l) => ctx.fillText(l.text, l.x, l.y));
      }
      ctx.restore();
    },
  };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (p: Box, q: Box) => p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;

/** Names beside their dots: right, left, above or below, whichever first overlaps no other name or dot. */
export function placeLabels(points: { x: number; y: number; text: string; width: number }[], area: { left: number; right: number; top: number; bottom: number }) {
  const H = 12;
  const dots: Box[] = points.map((p) => ({ x: p.x - 5, y: p.y - 5, w: 10, h: 10 }));
  const placed: Box[] = [];
  return points.map((p) => {
    const candidates = [
      { x: p.x + 8, y: p.y },
      { x: p.x - 8 - p.width, y: p.y },
      { x: p.x - p.width / 2, y: p.y - 13 },
      { x: p.x - p.width / 2, y: p.y + 13 },
    ];
    const fits = (c: { x: number; y: number }) => {
      const box = { x: c.x, y: c.y - H / 2, w: p.width, h: H };
      const inside = box.x >= area.left && box.x + box.w <= area.right + 60 && box.y >= area.top && box.y + box.h <= area.bottom;
      return inside && !placed.some((q) => overlaps(box, q)) && !dots.some((d) => overlaps(box, d));
    };
    const spot = candidates.find(fits) ?? candidates[0];
    placed.push({ x: spot.x, y: spot.y - H / 2, w: p.width, h: H });
    return { text: p.text, x: spot.x, y: spot.y };
  });
}

export function QuadrantChart({ d }: { d: CharactersDashboard }) {
  const colors = useChartColors();
  const points: Point[] = useMemo(
    () =>
      d.characters
        .filter((c) => c.quadrant !== null)
        .map((c) => ({ x: c.metrics.conversion.value! * 100, y: c.metrics.avgMessagesPerChat.value!, id: c.id, name: c.name })),
    [d],
  );
  const medians = { x: (d.medians.conversion ?? 0) * 100, y: d.medians.avgMessagesPerChat ?? 0 };
  const options = useMemo<ChartOptions<'scatter'>>(
    () => ({
      responsive: true,
      layout: { padding: { right: 60 } },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = ctx.raw as Point;
              return `${p.name}: ${percentText(p.x)} conversion, ${decimalText(p.y)} messages per chat`;
            },
          },
        },
      },
      scales: {
        x: { type: 'linear', title: { display: true, text: 'Profile-to-chat conversion (%)', color: colors.muted }, ticks: { color: colors.muted, callback: (v) => `${v}%` }, grid: { color: colors.grid }, beginAtZero: true },
        y: { type: 'linear', title: { display: true, text: 'Messages per chat', color: colors.muted }, ticks: { color: colors.muted }, grid: { color: colors.grid }, beginAtZero: true, grace: '22%' },
      },
      onClick: (_e, elements) => {
        const hit = elements[0];
        if (hit) navigate('characters', points[hit.index].id);
      },
      onHover: (e, elements) => {
        const target = e.native?.target as HTMLElement | undefined;
        if (target) target.style.cursor = elements.length ? 'pointer' : 'default';
      },
    }),
    [colors, points],
  );
  const state = useRef<OverlayState>({ medians, text: colors.text, muted: colors.muted, showNames: true });
  state.current = { medians, text: colors.text, muted: colors.muted, showNames: points.length <= 40 };
  const plugins = useMemo(() => [overlay(state)], []);
  if (points.length < 2) return <p className="muted">The quadrant needs at least two characters with profile views and chats in this period.</p>;
  const data = { datasets: [{ data: points, backgroundColor: colorFor(0), borderColor: colorFor(0), pointRadius: 5, pointHoverRadius: 7 }] };
  const placed = d.characters.filter((c) => c.quadrant !== null);
  const counts = ORDER.map((q) => `${QUADRANTS[q].title}: ${placed.filter((c) => c.quadrant === q).length}`).join('; ');
  const summary = `${placed.length} characters. Your medians: ${percentText(medians.x)} conversion, ${decimalText(medians.y)} messages per chat. ${counts}.`;
  const table = (): ChartTable<CharacterRow> => ({
    caption: 'Characters by profile-to-chat conversion and messages per chat',
    rows: placed,
    rowKey: (c) => c.id,
    columns: [
      { key: 'name', header: 'Character', render: (c) => c.name, sortValue: (c) => c.name.toLowerCase() },
      { key: 'conversion', header: 'Conversion', align: 'right', render: (c) => ratioText(c.metrics.conversion.value), sortValue: (c) => c.metrics.conversion.value },
      { key: 'depth', header: 'Messages per chat', align: 'right', render: (c) => decimalText(c.metrics.avgMessagesPerChat.value!), sortValue: (c) => c.metrics.avgMessagesPerChat.value },
      { key: 'quadrant', header: 'Quadrant', render: (c) => QUADRANTS[c.quadrant!].title, sortValue: (c) => c.quadrant },
    ],
  });
  return (
    <ChartFrame label="Characters by profile-to-chat conversion and messages per chat, split at your medians" summary={summary} height={380} table={table}>
      <ReactChart type="scatter" aria-hidden data={data} options={options} plugins={plugins} />
    </ChartFrame>
  );
}

/** Names shown per quadrant until asked for all: with hundreds of characters, the busiest few are the ones to act on. */
const SHOWN = 8;

/** The same reading as lists: who sits where, with what to do about it, busiest first. */
export function QuadrantLists({ rows }: { rows: CharacterRow[] }) {
  const byQuadrant = useMemo(() => {
    const chats = (r: CharacterRow) => r.metrics.chatsStarted.value ?? 0;
    const sorted = [...rows].sort((a, b) => chats(b) - chats(a) || a.name.localeCompare(b.name));
    return new Map(ORDER.map((q) => [q, sorted.filter((r) => r.quadrant === q)]));
  }, [rows]);
  return (
    <div className="quadrant-lists">
      {ORDER.map((q) => (
        <QuadrantBox key={q} quadrant={q} members={byQuadrant.get(q)!} />
      ))}
    </div>
  );
}

function QuadrantBox({ quadrant, members }: { quadrant: Quadrant; members: CharacterRow[] }) {
  const [all, setAll] = useState(false);
  return (
    <div className={`quadrant-box quadrant-${quadrant}`} data-testid={`quadrant-${quadrant}`}>
      <h3>
        {QUADRANTS[quadrant].title} {members.length > 0 && <span className="muted">({members.length})</span>}
      </h3>
      <p className="muted small">{QUADRANTS[quadrant].advice}</p>
      {members.length === 0 ? (
        <p className="muted small">Nobody here.</p>
      ) : (
        <ul>
          {(all ? members : members.slice(0, SHOWN)).map((m) => (
            <li key={m.id}>
              <a href={href('characters', m.id)}>{m.name}</a>
            </li>
          ))}
        </ul>
      )}
      {members.length > SHOWN && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show the busiest only' : `Show all ${members.length}`}
        </button>
      )}
    </div>
  );
}
