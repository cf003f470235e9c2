// The timeline: events per day (or week) as stacked bars by type, fatalities as a line, and a brush:
// drag across it to choose a date range (the map and the list follow), double-click to clear.
import { colorOf, TYPES } from "./util.js";

const NS = "http://www.w3.org/2000/svg";
const DAY = 86400000;

function svg(tag, attrs) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  return el;
}

const toDay = (iso) => Math.floor(Date.parse(iso + "T00:00:00Z") / DAY);
const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);

export class Timeline {
  constructor(container, { onBrush } = {}) {
    this.container = container;
    this.onBrush = onBrush;
    this.features = [];
    this.range = null;
  }

  render(features, range) {
    this.features = features.filter((f) => f.properties.date);
    this.range = range;
    const box = this.container;
    while (box.firstChild) box.removeChild(box.firstChild);
    const width = Math.max(320, box.clientWidth || 800);
    const height = 120;
    const m = { l: 34, r: 34, t: 10, b: 22 };
    const root = svg("svg", { width, height, class: "timeline-svg", role: "img", "aria-label": "events and fatalities over time" });
    box.appendChild(root);
    if (!this.features.length) {
      const t = svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "tl-empty" });
      t.textContent = "no dated events";
      root.appendChild(t);
      return;
    }
    const days = this.features.map((f) => toDay(f.properties.date)).sort((a, b) => a - b);
    // a few background events from decades ago would squeeze the rest into a sliver: when the
    // earliest tenth lies far before the others, start at the 10th percentile and count the rest
    const p10 = days[Math.floor(days.length * 0.1)];
    const last = days[days.length - 1];
    const clipped = p10 - days[0] > 2 * Math.max(30, last - p10) ? days.filter((d) => d < p10 - 30).length : 0;
    let d0 = (clipped ? p10 - 30 : days[0]) - 3;
    let d1 = last + 4;
    if (d1 - d0 < 21) { const pad = Math.ceil((21 - (d1 - d0)) / 2); d0 -= pad; d1 += pad; }
    const step = d1 - d0 > 180 ? 7 : 1;
    const nb = Math.ceil((d1 - d0) / step);
    const bins = Array.from({ length: nb }, () => ({ byType: {}, n: 0, fat: 0 }));
    for (const f of this.features) {
      const day = toDay(f.properties.date);
      if (day < d0) continue; // counted in the "earlier" note
      const i = Math.min(nb - 1, Math.floor((day - d0) / step));
      const b = bins[i];
      b.n += 1;
      b.fat += f.properties.fat || 0;
      b.byType[f.properties.type] = (b.byType[f.properties.type] || 0) + 1;
    }
    const maxN = Math.max(1, ...bins.map((b) => b.n));
    const maxF = Math.max(1, ...bins.map((b) => b.fat));
    const iw = width - m.l - m.r;
    const ih = height - m.t - m.b;
    const x = (day) => m.l + ((day - d0) / (d1 - d0)) * iw;
    const bw = Math.max(3, (iw / nb) - 1);
    this.scale = { x, d0, d1, m, iw };

    // axis ticks: about six dates
    const ticks = 6;
    for (let k = 0; k <= ticks; k++) {
      const day = Math.round(d0 + (k * (d1 - d0)) / ticks);
      const tx = x(day);
      root.appendChild(svg("line", { x1: tx, x2: tx, y1: m.t, y2: m.t + ih, class: "tl-grid" }));
      const label = svg("text", { x: tx, y: height - 6, "text-anchor": "middle", class: "tl-label" });
      label.textContent = d1 - d0 > 400 ? toIso(day).slice(0, 7) : toIso(day).slice(5);
      root.appendChild(label);
    }
    const yl = svg("text", { x: 4, y: m.t + 8, class: "tl-label" });
    yl.textContent = `${maxN} ev`;
    root.appendChild(yl);
    const yr = svg("text", { x: width - 4, y: m.t + 8, "text-anchor": "end", class: "tl-label tl-fat" });
    yr.textContent = `${maxF} killed`;
    root.appendChild(yr);

    bins.forEach((b, i) => {
      let y = m.t + ih;
      for (const type of TYPES.concat(Object.keys(b.byType).filter((t) => !TYPES.includes(t)))) {
        const n = b.byType[type];
        if (!n) continue;
        const hgt = (n / maxN) * ih;
        y -= hgt;
        root.appendChild(svg("rect", { x: x(d0 + i * step) + 0.5, y, width: bw, height: hgt, fill: colorOf(type), class: "tl-bar" }));
      }
    });
    const pts = bins.map((b, i) => `${x(d0 + i * step + step / 2)},${m.t + ih - (b.fat / maxF) * ih}`);
    root.appendChild(svg("polyline", { points: pts.join(" "), class: "tl-fatline" }));

    if (clipped) {
      const note = svg("text", { x: m.l + 4, y: m.t + 10, class: "tl-outliers" });
      note.textContent = `◀ ${clipped} earlier event${clipped === 1 ? "" : "s"} (from ${toIso(days[0]).slice(0, 4)})`;
      root.appendChild(note);
    }
    this.selection = svg("rect", { x: 0, y: m.t, width: 0, height: ih, class: "tl-brush" });
    root.appendChild(this.selection);
    if (range && (range.since || range.until)) {
      const a = x(range.since ? toDay(range.since) : d0);
      const b = x(range.until ? toDay(range.until) + 1 : d1);
      this.selection.setAttribute("x", Math.max(m.l, a));
      this.selection.setAttribute("width", Math.max(2, Math.min(m.l + iw, b) - Math.max(m.l, a)));
    }
    this.attachBrush(root);
  }

  dayAt(px) {
    const { d0, d1, m, iw } = this.scale;
    const f = Math.min(1, Math.max(0, (px - m.l) / iw));
    return Math.floor(d0 + f * (d1 - d0));
  }

  attachBrush(root) {
    let start = null;
    const pos = (ev) => ev.clientX - root.getBoundingClientRect().left;
    root.addEventListener("pointerdown", (ev) => {
      start = pos(ev);
      root.setPointerCapture(ev.pointerId);
      this.selection.setAttribute("x", start);
      this.selection.setAttribute("width", 0);
    });
    root.addEventListener("pointermove", (ev) => {
      if (start === null) return;
      const p = pos(ev);
      this.selection.setAttribute("x", Math.min(start, p));
      this.selection.setAttribute("width", Math.abs(p - start));
    });
    root.addEventListener("pointerup", (ev) => {
      if (start === null) return;
      const p = pos(ev);
      const a = Math.min(start, p);
      const b = Math.max(start, p);
      start = null;
      if (b - a < 3) return; // a click, not a drag
      this.onBrush && this.onBrush({ since: toIso(this.dayAt(a)), until: toIso(this.dayAt(b)) });
    });
    root.addEventListener("dblclick", () => this.onBrush && this.onBrush({ since: "", until: "" }));
  }
}
