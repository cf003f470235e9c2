// The event map: an offline base map (world-atlas countries, vendored) and one circle per event,
// coloured by ACLED type, sized by fatalities, with a dashed dark ring when sources dispute it.
/* global L, topojson */
import { colorOf, h } from "./util.js";

let countriesPromise = null;

function countries() {
  if (!countriesPromise) {
    countriesPromise = fetch("/static/vendor/world-atlas/countries-50m.json")
      .then((r) => r.json())
      .then((topo) => unwrap(topojson.feature(topo, topo.objects.countries)));
  }
  return countriesPromise;
}

// Polygons crossing the antimeridian (Russia, Fiji…) would be drawn as bands across the whole map:
// make each ring's longitudes continuous (allowing values past ±180) and drop Antarctica.
function unwrap(geo) {
  const fixRing = (ring) => {
    const out = [];
    let prev = null;
    for (const [lon0, lat] of ring) {
      let lon = lon0;
      if (prev !== null) {
        while (lon - prev > 180) lon -= 360;
        while (lon - prev < -180) lon += 360;
      }
      out.push([lon, lat]);
      prev = lon;
    }
    return out;
  };
  geo.features = geo.features.filter((f) => f.id !== "010" && f.geometry);
  for (const f of geo.features) {
    const g = f.geometry;
    if (g.type === "Polygon") g.coordinates = g.coordinates.map(fixRing);
    else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((poly) => poly.map(fixRing));
  }
  return geo;
}

export function radiusOf(fatalities) {
  const f = Math.max(0, Number(fatalities) || 0);
  return 5 + Math.min(22, 2.2 * Math.sqrt(f));
}

export class EventMap {
  constructor(container, { onSelect } = {}) {
    this.onSelect = onSelect;
    this.map = L.map(container, { zoomControl: true, worldCopyJump: false, attributionControl: true, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false })
      .setView([17.5, -1.5], 5);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Base map: Natural Earth via world-atlas");
    this.base = null;
    this.layer = L.layerGroup().addTo(this.map);
    this.markers = new Map();
    countries().then((geo) => {
      this.base = L.geoJSON(geo, {
        interactive: false,
        style: { color: "#9aa5b1", weight: 0.8, fillColor: "#eef1ea", fillOpacity: 1 },
      }).addTo(this.map);
      this.base.bringToBack();
    });
    this.map.getContainer().style.background = "#cfe3ee";
  }

  show(features, { fit = true } = {}) {
    this.layer.clearLayers();
    this.markers.clear();
    const ordered = [...features].sort((a, b) => (b.properties.fat || 0) - (a.properties.fat || 0));
    // events at the same point are fanned out on a small ring so each stays visible and clickable;
    // the place itself gets one label
    const atPoint = new Map();
    for (const f of ordered) {
      const key = f.geometry.coordinates.map((c) => c.toFixed(3)).join(",");
      if (!atPoint.has(key)) atPoint.set(key, []);
      atPoint.get(key).push(f);
    }
    const offset = new Map();
    for (const group of atPoint.values()) {
      const first = group[0];
      const [lon, lat] = first.geometry.coordinates;
      if (first.properties.loc) {
        L.marker([lat, lon], { icon: L.divIcon({ className: "place-label-anchor", iconSize: [0, 0] }), interactive: false, keyboard: false })
          .bindTooltip(first.properties.loc + (group.length > 1 ? ` (${group.length})` : ""), { permanent: true, direction: "right", offset: [10, 0], className: "place-label" })
          .addTo(this.layer);
      }
      if (group.length === 1) continue;
      const ring = 0.05 + 0.012 * group.length;
      group.forEach((f, i) => {
        const a = (2 * Math.PI * i) / group.length;
        offset.set(f, [lat + ring * Math.sin(a), lon + ring * Math.cos(a) / Math.cos((lat * Math.PI) / 180)]);
      });
    }
    for (const f of ordered) {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const marker = L.circleMarker(offset.get(f) || [lat, lon], {
        radius: radiusOf(p.fat),
        color: p.disputed ? "#1f2933" : "#ffffff",
        weight: p.disputed ? 2.5 : 1.2,
        dashArray: p.disputed ? "4 3" : null,
        fillColor: colorOf(p.type),
        fillOpacity: 0.82,
        className: "ev-marker" + (p.disputed ? " ev-disputed" : ""),
      });
      marker.bindTooltip(tooltip(p), { direction: "top", offset: [0, -4] });
      marker.on("click", () => this.onSelect && this.onSelect(p.id));
      marker.addTo(this.layer);
      const path = marker.getElement && marker.getElement();
      if (path) {
        path.dataset.eventId = p.id;
        path.dataset.location = p.loc || "";
      }
      this.markers.set(p.id, marker);
    }
    if (fit && features.length) {
      const pts = mainCluster(features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
      this.map.fitBounds(L.latLngBounds(pts).pad(0.35), { maxZoom: 7, animate: false });
    }
  }

  highlight(id, on) {
    const m = this.markers.get(id);
    if (!m) return;
    m.setStyle({ weight: on ? 4 : (m.options.dashArray ? 2.5 : 1.2) });
    if (on) m.bringToFront();
  }

  invalidate() { this.map.invalidateSize(); }

  remove() { this.map.remove(); }
}

/** The points within 1,500 km of the median point when they are most of them: a stray event
 *  geocoded to another continent should not zoom the map out of the theatre. */
function mainCluster(points) {
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  const c = [median(points.map((p) => p[0])), median(points.map((p) => p[1]))];
  const near = points.filter((p) => L.latLng(p).distanceTo(L.latLng(c)) < 1500000);
  return near.length >= Math.max(1, points.length * 0.5) ? near : points;
}

function tooltip(p) {
  // a DOM node, so Leaflet never parses article-derived text as HTML
  return h("div", { class: "tip" },
    h("strong", {}, p.loc || "unknown place"),
    h("div", {}, `${p.date || "undated"} · ${p.sub || p.type}`),
    h("div", {}, `fatalities: ${p.fat ?? "—"} · sources: ${p.n}`),
    p.disputed ? h("div", { class: "tip-disputed" }, "disputed by sources") : null);
}
