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

// a glyph per ACLED event type, drawn on the marker so types differ by shape and not only by colour
export const TYPE_GLYPHS = {
  "Battles": "⚔",
  "Explosions/Remote violence": "✸",
  "Violence against civilians": "✖",
  "Protests": "✊",
  "Riots": "▲",
  "Strategic developments": "◆",
};

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
    this.towns = L.layerGroup().addTo(this.map); // town names from the gazetteer, under the events
    this.layer = L.layerGroup().addTo(this.map);
    this.markers = new Map();
    this.eventPlaces = new Set();
    this.map.on("moveend", () => this.labelTowns());
    countries().then((geo) => {
      this.base = L.geoJSON(geo, {
        interactive: false,
        style: { color: "#9aa5b1", weight: 0.8, fillColor: "#eef1ea", fillOpacity: 1 },
      }).addTo(this.map);
      this.base.bringToBack();
    });
    this.map.getContainer().style.background = "#cfe3ee";
  }

  /** Label the towns of the view from the gazetteer (``/api/labels``), most important first, never
   *  two labels on top of each other nor over an event's place label. */
  labelTowns() {
    const b = this.map.getBounds();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)]
      .map((v) => v.toFixed(3)).join(",");
    const asked = (this.asked = bbox);
    fetch(`/api/labels?bbox=${bbox}&limit=80`).then((r) => (r.ok ? r.json() : [])).then((towns) => {
      if (asked !== this.asked) return; // the view moved on
      this.towns.clearLayers();
      const taken = [];
      for (const ev of this.eventPlaces) taken.push(this.boxAt(ev.lat, ev.lon, ev.name.length + 4));
      const size = this.map.getSize();
      let shown = 0;
      for (const t of towns) {
        if (shown >= Math.max(6, Math.round((size.x * size.y) / 40000))) break;
        const box = this.boxAt(t.latitude, t.longitude, t.name.length);
        if (taken.some((o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1)) continue;
        taken.push(box);
        shown += 1;
        L.marker([t.latitude, t.longitude], { icon: L.divIcon({ className: "town-dot", iconSize: [5, 5] }), interactive: false, keyboard: false })
          .bindTooltip(t.name, { permanent: true, direction: "right", offset: [3, 0], className: "town-label" })
          .addTo(this.towns);
      }
    }).catch(() => {});
  }

  boxAt(lat, lon, chars) {
    const p = this.map.latLngToContainerPoint([lat, lon]);
    return { x0: p.x - 4, x1: p.x + 8 + chars * 6.5, y0: p.y - 9, y1: p.y + 9 };
  }

  show(features, { fit = true } = {}) {
    this.layer.clearLayers();
    this.markers.clear();
    this.eventPlaces = new Set();
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
        this.eventPlaces.add({ lat, lon, name: first.properties.loc });
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
      const glyph = TYPE_GLYPHS[p.type];
      if (glyph && radiusOf(p.fat) >= 5) {
        const size = Math.round(radiusOf(p.fat) * 2);
        const mark = h("span", { style: `font-size:${Math.max(8, Math.round(size * 0.55))}px` }, glyph);
        L.marker(offset.get(f) || [lat, lon], {
          icon: L.divIcon({ className: "type-glyph", html: mark, iconSize: [size, size] }),
          interactive: false, keyboard: false,
        }).addTo(this.layer);
      }
      const path = marker.getElement && marker.getElement();
      if (path) {
        path.dataset.eventId = p.id;
        path.dataset.location = p.loc || "";
      }
      this.markers.set(p.id, marker);
    }
    if (fit && features.length) {
      const pts = mainCluster(features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
      // never one dot in an empty field: frame at least ~2.5 degrees around the events, so the
      // towns around them (and the neighbouring events) give the reader a bearing
      let bounds = L.latLngBounds(pts);
      const c = bounds.getCenter();
      const half = 1.25;
      bounds = bounds.extend([[c.lat - half, c.lng - half], [c.lat + half, c.lng + half]]);
      this.map.fitBounds(bounds.pad(0.2), { maxZoom: 8, animate: false });
    }
    this.labelTowns();
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
