// The overview: the picture at a glance. Events by type and by actor, fatalities by admin1 (bars,
// and circles on the offline base map at each area's events; the base map has no admin1 borders).
/* global L */
import { api, colorOf, h, link } from "./util.js";
import { EventMap } from "./map.js";

function bars(rows, { label, value, color, href }) {
  const max = Math.max(1, ...rows.map(value));
  return h("table", { class: "grid bars" }, h("tbody", {}, rows.map((r) => h("tr", {},
    h("td", { class: "bar-label" }, href ? link(href(r), label(r)) : label(r)),
    h("td", { class: "bar-cell" }, h("span", { class: "bar", style: `width:${(100 * value(r)) / max}%;--c:${color(r)}` })),
    h("td", { class: "num" }, String(value(r)))))));
}

export async function overviewPage(view) {
  const data = await api("/api/overview");
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
  const pts = [];
  const max = Math.max(1, ...data.by_admin1.map((r) => r.fatalities));
  for (const r of data.by_admin1) {
    if (r.latitude == null) continue;
    pts.push([r.latitude, r.longitude]);
    L.circleMarker([r.latitude, r.longitude], { radius: 6 + 22 * Math.sqrt(r.fatalities / max), color: "#7a1f14", weight: 1,
      fillColor: "#b42318", fillOpacity: 0.45, className: "admin1-fatalities" })
      .bindTooltip(`${r.admin1}: ${r.fatalities} killed in ${r.events} events`).addTo(m.map);
  }
  if (pts.length) m.map.fitBounds(L.latLngBounds(pts).pad(0.6), { maxZoom: 6, animate: false });
  m.labelTowns();
}
