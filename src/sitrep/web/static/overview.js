// The overview: the picture at a glance. Events by type and by actor, and fatalities by admin1 as a
// choropleth on the offline admin-1 borders (Natural Earth, vendored): the server names the borders
// that draw each admin1 (a region may be several provinces), merged here into one area. An admin1
// that no vendored border draws keeps a circle at its events.
/* global L, topojson */
import { api, colorOf, h, link } from "./util.js";
import { EventMap } from "./map.js";

// five classes, light to dark (ColorBrewer YlOrRd); zero fatalities get the lightest
export const CLASS_COLORS = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];

let bordersPromise = null;

function borders() {
  if (!bordersPromise) {
    bordersPromise = fetch("/static/vendor/admin1/admin1.json").then((r) => (r.ok ? r.json() : null)).catch(() => null);
  }
  return bordersPromise;
}

function bars(rows, { label, value, color, href }) {
  const max = Math.max(1, ...rows.map(value));
  return h("table", { class: "grid bars" }, h("tbody", {}, rows.map((r) => h("tr", {},
    h("td", { class: "bar-label" }, href ? link(href(r), label(r)) : label(r)),
    h("td", { class: "bar-cell" }, h("span", { class: "bar", style: `width:${(100 * value(r)) / max}%;--c:${color(r)}` })),
    h("td", { class: "num" }, String(value(r)))))));
}

/** Class limits for ``max`` fatalities: at most five steps of a round size (1, 2, 5, 10, 20, 50…),
 *  so the legend reads 0–10, 11–20, 21–30 rather than 0–6, 7–12. */
export function classBreaks(max) {
  if (max <= 0) return [[0, 0]];
  const want = Math.max(1, max) / CLASS_COLORS.length;
  let step = 1;
  for (let unit = 1; step < want; unit *= 10) step = [1, 2, 5, 10].map((k) => k * unit).find((s) => s >= want) || 10 * unit;
  const n = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: n }, (_, i) => [i === 0 ? 0 : i * step + 1, (i + 1) * step]);
}

function classOf(value, breaks) {
  const i = breaks.findIndex(([, hi]) => value <= hi);
  return i < 0 ? breaks.length - 1 : i;
}

function colorFor(value, breaks) {
  // spread the classes over the whole ramp, so two classes are light and dark, not two yellows
  const i = classOf(value, breaks);
  const k = breaks.length === 1 ? CLASS_COLORS.length - 1 : Math.round((i * (CLASS_COLORS.length - 1)) / (breaks.length - 1));
  return CLASS_COLORS[k];
}

function legend(breaks) {
  const control = L.control({ position: "bottomright" });
  control.onAdd = () => h("div", { class: "choropleth-legend" }, h("div", { class: "legend-title" }, "Fatalities"),
    breaks.map(([lo, hi]) => h("div", { class: "legend-row" },
      h("span", { class: "swatch", style: `background:${colorFor(hi, breaks)}` }),
      lo === hi ? String(lo) : `${lo}–${hi}`)));
  return control;
}

function drawAreas(map, topo, rows, breaks) {
  const object = topo.objects.admin1;
  const byId = new Map(object.geometries.map((g) => [g.id, g]));
  const countries = new Set(rows.map((r) => r.country));
  const bounds = [];
  // the other admin-1 borders of the same countries, so a filled area reads against its neighbours
  const mesh = topojson.mesh(topo, object, (a, b) => countries.has(a.properties.cc) || countries.has(b.properties.cc));
  L.geoJSON(mesh, { interactive: false, style: { color: "#8a94a0", weight: 0.6, fill: false } }).addTo(map);
  for (const r of rows) {
    const geoms = (r.borders || []).map((id) => byId.get(id)).filter(Boolean);
    if (!geoms.length) continue;
    const layer = L.geoJSON({ type: "Feature", properties: {}, geometry: topojson.merge(topo, geoms) }, {
      style: { color: "#5c1a10", weight: 1.2, fillColor: colorFor(r.fatalities, breaks), fillOpacity: 0.85, className: "admin1-area" },
    }).bindTooltip(`${r.admin1}: ${r.fatalities} killed in ${r.events} event${r.events === 1 ? "" : "s"}`).addTo(map);
    layer.eachLayer((path) => {
      const el = path.getElement && path.getElement();
      if (el) Object.assign(el.dataset, { admin1: r.admin1, fatalities: String(r.fatalities), fill: colorFor(r.fatalities, breaks) });
    });
    bounds.push(layer.getBounds());
  }
  return bounds;
}

function drawCircles(map, rows, max) {
  const points = [];
  for (const r of rows) {
    if (r.latitude == null) continue;
    points.push([r.latitude, r.longitude]);
    L.circleMarker([r.latitude, r.longitude], { radius: 6 + 22 * Math.sqrt(r.fatalities / max), color: "#7a1f14", weight: 1,
      fillColor: "#b42318", fillOpacity: 0.45, className: "admin1-fatalities" })
      .bindTooltip(`${r.admin1}: ${r.fatalities} killed in ${r.events} events (no border on the base map)`).addTo(map);
  }
  return points.length ? [L.latLngBounds(points).pad(0.6)] : [];
}

export async function overviewPage(view) {
  const [data, topo] = await Promise.all([api("/api/overview"), borders()]);
  const mapBox = h("div", { class: "mini-map", id: "overview-map" });
  view.appendChild(h("article", { class: "page overview" }, h("h1", {}, "Overview"),
    h("div", { class: "overview-grid" },
      h("section", { class: "card", id: "by-type" }, h("h2", {}, "Events by type"),
        bars(data.by_type, { label: (r) => r.event_type, value: (r) => r.events, color: (r) => colorOf(r.event_type) })),
      h("section", { class: "card", id: "by-actor" }, h("h2", {}, "Events by actor"),
        bars(data.by_actor, { label: (r) => r.name, value: (r) => r.events, color: () => "#2f5d8a",
          href: (r) => `#/actor/${encodeURIComponent(r.actor_id)}` })),
      h("section", { class: "card", id: "by-admin1" }, h("h2", {}, "Fatalities by admin1"), mapBox,
        bars(data.by_admin1, { label: (r) => r.admin1, value: (r) => r.fatalities, color: () => "#b42318" })))));
  const m = new EventMap(mapBox);
  // one short credit, so the line does not wrap over a phone-sized map
  m.map.attributionControl.removeAttribution("Base map: Natural Earth via world-atlas");
  m.map.attributionControl.addAttribution("Natural Earth");
  const max = Math.max(0, ...data.by_admin1.map((r) => r.fatalities));
  const breaks = classBreaks(max);
  const drawn = topo ? data.by_admin1.filter((r) => (r.borders || []).length) : [];
  const bounds = [
    ...(drawn.length ? drawAreas(m.map, topo, drawn, breaks) : []),
    ...drawCircles(m.map, data.by_admin1.filter((r) => !drawn.includes(r)), Math.max(1, max)),
  ];
  if (drawn.length) legend(breaks).addTo(m.map);
  if (bounds.length) m.map.fitBounds(bounds.reduce((a, b) => a.extend(b)), { maxZoom: 7, animate: false, paddingTopLeft: [12, 12], paddingBottomRight: [12, 26] });
  m.labelTowns();
}
