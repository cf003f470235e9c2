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
    this.view = null; // [d0, d1] chosen by zooming; null: the dense period
  }

  /** Zoom by ``factor`` (<1 in) around the day at pixel ``px``; "all" shows every event. */
  zoom(factor, px) {
    if (!this.scale) return;
    const { d0, d1 } = this.scale;
    const at = px === undefined ? (d0 + d1) / 2 : this.dayAt(px);
    const span = Math.max(14, (d1 - d0) * factor);
    const left = (at - d0) / (d1 - d0);
    this.view = [Math.round(at - span * left), Math.round(at + span * (1 - left))];
    this.render(this.features, this.range);
  }

  render(features, range) {
    this.features = features.filter((f) => f.properties.date);
    this.range = range;
    const box = this.container;
    while (box.firstChild) box.removeChild(box.firstChild);
    const width = Math.max(320, box.clientWidth || 800);
    const height = 120;
    const m = { l: 34, r: 34, t: 18, b: 22 }; // the top band holds the scale labels, clear of the bars
    const root = svg("svg", { width, height, class: "timeline-svg", role: "img", "aria-label": "events and fatalities over time" });
    box.appendChild(root);
    if (!this.features.length) {
      const t = svg("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "tl-empty" });
      t.textContent = "no dated events";
      root.appendChild(t);
      return;
    }
    const days = this.features.map((f) => toDay(f.properties.date)).sort((a, b) => a - b);
    // background events from years ago would squeeze the recent months into a sliver: open on the
    // dense period (the shortest span holding most events); zooming (wheel, buttons) changes it
    let [d0, d1] = this.view || denseWindow(days);
    if (d1 - d0 < 21) { const pad = Math.ceil((21 - (d1 - d0)) / 2); d0 -= pad; d1 += pad; }
    const clipped = days.filter((d) => d < d0).length;
    const later = days.filter((d) => d > d1).length;
    const step = d1 - d0 > 180 ? 7 : 1;
    const nb = Math.ceil((d1 - d0) / step);
    const bins = Array.from({ length: nb }, () => ({ byType: {}, n: 0, fat: 0 }));
    for (const f of this.features) {
      const day = toDay(f.properties.date);
      if (day < d0 || day > d1) continue; // counted in the "earlier" / "later" notes
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
    const yl = svg("text", { x: 4, y: 11, class: "tl-label" });
    yl.textContent = `${maxN} ev`;
    root.appendChild(yl);
    const yr = svg("text", { x: width - 4, y: 11, "text-anchor": "end", class: "tl-label tl-fat" });
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
      const note = svg("text", { x: m.l + 60, y: 11, class: "tl-label tl-outliers" });
      note.textContent = `◀ ${clipped} earlier event${clipped === 1 ? "" : "s"} (from ${toIso(days[0]).slice(0, 4)})`;
      root.appendChild(note);
    }
    if (later) {
      const note = svg("text", { x: width - m.r - 60, y: 11, "text-anchor": "end", class: "tl-label tl-outliers" });
      note.textContent = `${later} later event${later === 1 ? "" : "s"} ▶`;
      root.appendChild(note);
    }
    root.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      this.zoom(ev.deltaY < 0 ? 0.7 : 1 / 0.7, ev.clientX - root.getBoundingClientRect().left);
    }, { passive: false });
    box.appendChild(this.controls(days));
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

  /** Zoom buttons: in, out, the whole record, back to the dense period. */
  controls(days) {
    const bar = document.createElement("div");
    bar.className = "tl-controls";
    const button = (label, title, fn) => {
      const b = document.createElement("button");
      b.type = "button"; b.className = "ghost small"; b.textContent = label; b.title = title;
      b.addEventListener("click", fn);
      bar.appendChild(b);
    };
    button("+", "zoom in", () => this.zoom(0.5));
    button("−", "zoom out", () => this.zoom(2));
    button("all", "the whole record", () => { this.view = [days[0] - 3, days[days.length - 1] + 4]; this.render(this.features, this.range); });
    button("dense", "the period where events are dense", () => { this.view = null; this.render(this.features, this.range); });
    return bar;
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

/** The shortest span of days holding two thirds of the events, padded:
 *  where a timeline should open when a few events lie years apart from the rest. */
export function denseWindow(days) {
  const n = days.length;
  const first = days[0];
  const last = days[n - 1];
  const k = Math.max(1, Math.ceil(n * 0.66));
  let best = [first, last];
  for (let i = 0; i + k - 1 < n; i++) {
    const span = days[i + k - 1] - days[i];
    if (span < best[1] - best[0]) best = [days[i], days[i + k - 1]];
  }
  // a window that drops events for little gain is not worth it: keep the whole record then
  if ((best[1] - best[0]) > 0.6 * (last - first)) best = [first, last];
  const pad = Math.max(15, Math.round((best[1] - best[0]) * 0.08));
  return [best[0] - pad, best[1] + pad];
}
