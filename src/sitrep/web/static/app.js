// The dashboard: a hash router (#/, #/event/ID, #/actor/ID, #/place/ID, #/sources, …) whose query
// string holds the filters, so any view can be bookmarked and shared.
import { api, clear, colorOf, errorBox, h, qs, TYPES } from "./util.js";
import { EventMap } from "./map.js";
import { Timeline } from "./timeline.js";
import * as pages from "./pages.js";
import * as outlets from "./outlets.js";
import { overviewPage } from "./overview.js";

const view = document.getElementById("view");
const filtersForm = document.getElementById("filters");
const statusEl = document.getElementById("status");
const countEl = document.getElementById("count");
const FILTERS = ["since", "until", "type", "actor", "place", "disputed"];

window.sitrep = { markers: [], ready: false }; // read by the browser tests and handy in the console

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query] = raw.split("?");
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || "") };
}

function setFilters(changes) {
  const { parts, params } = parseHash();
  for (const [k, v] of Object.entries(changes)) {
    if (v === "" || v === null || v === undefined || v === false) params.delete(k);
    else params.set(k, v);
  }
  const path = parts.length && parts[0] === "disputes" ? "/disputes" : "/";
  const q = params.toString();
  location.hash = "#" + path + (q ? "?" + q : "");
}

// ------------------------------------------------------------------------------------------- filters

async function loadFilterOptions() {
  const [actors, places] = await Promise.all([api("/api/actors"), api("/api/places")]);
  for (const a of actors) pages.actorNames.set(a.actor_id, a.name);
  const typeSel = filtersForm.elements.type;
  for (const t of TYPES) typeSel.appendChild(h("option", { value: t }, t));
  const actorSel = filtersForm.elements.actor;
  for (const a of actors.filter((x) => x.events > 0).sort((x, y) => x.name.localeCompare(y.name))) {
    actorSel.appendChild(h("option", { value: a.actor_id }, `${a.name} (${a.events})`));
  }
  const placeSel = filtersForm.elements.place;
  for (const p of places.filter((x) => x.events > 0)) {
    const key = p.place_id.startsWith("name:") ? p.place_id.slice(5) : p.place_id;
    placeSel.appendChild(h("option", { value: key }, `${p.name || p.place_id} (${p.events})`));
  }
}

function syncFilterForm(params) {
  for (const name of FILTERS) {
    const el = filtersForm.elements[name];
    if (!el) continue;
    if (el.type === "checkbox") el.checked = params.get(name) === "true";
    else {
      const value = params.get(name) || "";
      if (el.tagName === "SELECT" && value && ![...el.options].some((o) => o.value === value)) {
        el.appendChild(h("option", { value }, value)); // a shared link may name something not listed
      }
      el.value = value;
    }
  }
}

filtersForm.addEventListener("change", (e) => {
  const el = e.target;
  setFilters({ [el.name]: el.type === "checkbox" ? (el.checked ? "true" : "") : el.value });
});
filtersForm.addEventListener("reset", (e) => {
  e.preventDefault();
  location.hash = "#/";
});
filtersForm.addEventListener("submit", (e) => e.preventDefault());

// ------------------------------------------------------------------------------------------- map view

let mapView = null; // {map, timeline, root}

// as the CLI and the API compare (sitrep.query.filters): the best date, not the uncertainty range
function inRange(p, since, until) {
  if (since && (!p.date || p.date < since)) return false;
  if (until && (!p.date || p.date > until)) return false;
  return true;
}

async function showMapView(params) {
  const server = {};
  for (const k of ["type", "actor", "place", "disputed"]) if (params.get(k)) server[k] = params.get(k);
  const since = params.get("since") || "";
  const until = params.get("until") || "";
  if (!mapView) {
    clear(view);
    const mapBox = h("div", { id: "map", class: "map" });
    const side = h("aside", { class: "side" }, h("div", { class: "side-head" }, h("h2", {}, "Events"), h("span", { id: "legend", class: "legend" },
      TYPES.map((t) => h("span", { class: "legend-item" }, h("span", { class: "dot", style: `--c:${colorOf(t)}` }), t)),
      h("span", { class: "legend-item" }, h("span", { class: "dot ring" }), "disputed"))), h("div", { id: "event-list", class: "event-list" }));
    const tl = h("div", { id: "timeline", class: "timeline" });
    const root = h("div", { class: "map-view" }, h("div", { class: "map-row" }, mapBox, side), h("div", { class: "timeline-wrap" },
      h("div", { class: "timeline-head" }, h("strong", {}, "Timeline"), h("span", { class: "muted" }, " — bars: events by type · line: fatalities · drag to select dates, double-click to clear")), tl));
    view.appendChild(root);
    const map = new EventMap(mapBox, { onSelect: (id) => { location.hash = `#/event/${encodeURIComponent(id)}`; } });
    const timeline = new Timeline(tl, { onBrush: (range) => setFilters(range) });
    mapView = { map, timeline, root, key: null, features: [], fitted: false };
    Object.assign(window.sitrep, { map, timeline }); // the browser tests read their state
  }
  const key = JSON.stringify(server);
  if (mapView.key !== key) {
    const data = await api(`/api/map${qs(server)}`);
    mapView.features = data.features;
    mapView.unlocated = data.unlocated;
    mapView.key = key;
    mapView.fitted = false;
  }
  const shown = mapView.features.filter((f) => inRange(f.properties, since, until));
  mapView.map.show(shown, { fit: !mapView.fitted });
  mapView.fitted = true;
  mapView.timeline.render(mapView.features, { since, until });
  window.sitrep.markers = shown.map((f) => ({ id: f.properties.id, loc: f.properties.loc, type: f.properties.type, lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0] }));
  const killed = shown.reduce((s, f) => s + (f.properties.fat || 0), 0);
  countEl.textContent = `${shown.length} event${shown.length === 1 ? "" : "s"} on the map · ${killed} killed` + (mapView.unlocated ? ` · ${mapView.unlocated} without coordinates` : "");
  renderList(shown);
}

function renderList(features) {
  const list = document.getElementById("event-list");
  clear(list);
  const rows = [...features].sort((a, b) => String(b.properties.date).localeCompare(String(a.properties.date)));
  if (!rows.length) { list.appendChild(h("p", { class: "muted" }, "No events match these filters.")); return; }
  for (const f of rows) {
    const p = f.properties;
    list.appendChild(h("a", {
      class: "ev-item" + (p.disputed ? " disputed" : ""), href: `#/event/${encodeURIComponent(p.id)}`, dataset: { eventId: p.id },
      onmouseenter: () => mapView.map.highlight(p.id, true), onmouseleave: () => mapView.map.highlight(p.id, false),
    },
    h("span", { class: "dot", style: `--c:${colorOf(p.type)}` }),
    h("span", { class: "ev-main" }, h("span", { class: "ev-title" }, `${p.sub || p.type}`, p.loc ? ` · ${p.loc}` : ""),
      h("span", { class: "ev-sub" }, `${p.date || "undated"} · ${pages.actorNames.get(p.a1) || p.a1 || "?"}${p.a2 ? " vs " + (pages.actorNames.get(p.a2) || p.a2) : ""}`)),
    h("span", { class: "ev-fat", title: "fatalities" }, p.fat != null ? String(p.fat) : "—"),
    p.disputed ? h("span", { class: "badge disputed" }, "disputed") : null));
  }
}

// ------------------------------------------------------------------------------------------- router

async function route() {
  const { parts, params } = parseHash();
  const page = parts[0] || "";
  document.querySelectorAll("[data-nav]").forEach((a) => a.classList.toggle("active", (a.dataset.nav === (page || "map"))));
  filtersForm.hidden = page !== "";
  syncFilterForm(params);
  window.sitrep.ready = false;
  try {
    if (page === "") {
      await showMapView(params);
      requestAnimationFrame(() => mapView && mapView.map.invalidate());
    } else {
      if (mapView) { const old = mapView; mapView = null; try { old.map.remove(); } catch (e) { /* mid-animation */ } }
      clear(view);
      const id = parts[1];
      const handlers = {
        event: () => pages.eventPage(view, id),
        actor: () => pages.actorPage(view, id),
        place: () => pages.placePage(view, id),
        actors: () => pages.actorsPage(view),
        places: () => pages.placesPage(view),
        sources: () => pages.sourcesPage(view),
        outlets: () => outlets.outletsPage(view),
        outlet: () => outlets.outletPage(view, id),
        documents: () => pages.documentsPage(view, params),
        document: () => pages.documentPage(view, id),
        disputes: () => pages.disputesPage(view),
        overview: () => overviewPage(view),
      };
      await (handlers[page] || (() => { view.appendChild(h("p", { class: "error" }, "Unknown page.")); }))();
      view.scrollTop = 0;
    }
  } catch (err) {
    console.error(err);
    view.appendChild(errorBox(err));
  }
  window.sitrep.view = location.hash || "#/";
  window.sitrep.ready = true;
}

// ------------------------------------------------------------------------------------------- token

function updateTokenButton() {
  const btn = document.getElementById("token-btn");
  btn.textContent = sessionStorage.getItem("sitrep-token") ? "Signed in ✓" : "Sign in";
}
document.getElementById("token-btn").addEventListener("click", () => {
  if (sessionStorage.getItem("sitrep-token")) sessionStorage.removeItem("sitrep-token");
  else {
    const t = prompt("Server token (SITREP_TOKEN) for corrections:");
    if (t) sessionStorage.setItem("sitrep-token", t.trim());
  }
  updateTokenButton();
  route();
});

async function start() {
  updateTokenButton();
  try {
    const health = await api("/api/health");
    statusEl.textContent = `${health.events} events`;
    await loadFilterOptions();
  } catch (err) {
    statusEl.textContent = "API unavailable";
    view.appendChild(errorBox(err));
  }
  window.addEventListener("hashchange", route);
  window.addEventListener("resize", () => mapView && mapView.timeline.render(mapView.features, { since: parseHash().params.get("since"), until: parseHash().params.get("until") }));
  await route();
}

start();
