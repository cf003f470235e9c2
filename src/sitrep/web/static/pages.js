// Detail pages: event (reports side by side with highlighted quotes), actor, place, sources, lists.
import { api, clear, colorOf, errorBox, fmtDate, fmtFatalities, h, link, pretty, qs, TYPES, typeChip } from "./util.js";
import { EventMap } from "./map.js";
import { coverageBlock } from "./outlets.js";

const ACLED_SUBTYPES = {
  "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  "Riots": ["Violent demonstration", "Mob violence"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
};

export const actorNames = new Map(); // actor_id → display name (filled from /api/actors)

export function actorLink(id) {
  if (!id) return h("span", { class: "muted" }, "—");
  return link(`#/actor/${encodeURIComponent(id)}`, actorNames.get(id) || pretty(id), "actor");
}

export function eventRow(ev, opts = {}) {
  return h("tr", { class: "ev-row", dataset: { eventId: ev.event_id }, onmouseenter: opts.onHover && (() => opts.onHover(ev.event_id, true)), onmouseleave: opts.onHover && (() => opts.onHover(ev.event_id, false)) },
    h("td", { class: "nowrap" }, link(`#/event/${encodeURIComponent(ev.event_id)}`, fmtDate(ev))),
    h("td", {}, h("span", { class: "dot", style: `--c:${colorOf(ev.event_type)}` }), ev.sub_event_type || ev.event_type),
    h("td", {}, ev.place_id || ev.location ? link(`#/place/${encodeURIComponent(ev.place_id || "name:" + ev.location)}`, ev.location || ev.place_id) : "—"),
    h("td", {}, actorLink(ev.actor1), ev.actor2 ? [" vs ", actorLink(ev.actor2)] : null),
    h("td", { class: "num" }, fmtFatalities(ev.fatalities_low, ev.fatalities_best, ev.fatalities_high)),
    h("td", { class: "num" }, String(ev.source_count)),
    h("td", {}, ev.disputed ? h("span", { class: "badge disputed" }, "disputed") : ""));
}

export function eventTable(events, opts) {
  if (!events.length) return h("p", { class: "muted" }, "No events.");
  return h("table", { class: "grid events" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Place", "Actors", "Killed", "Src", ""].map((t) => h("th", {}, t)))),
    h("tbody", {}, events.map((e) => eventRow(e, opts))));
}

// ------------------------------------------------------------------------------------------- event

export async function eventPage(view, eventId) {
  const data = await api(`/api/events/${encodeURIComponent(eventId)}`);
  const ev = data.event;
  const s = data.summary;
  const page = h("article", { class: "page event-page" });
  view.appendChild(page);
  page.appendChild(h("div", { class: "crumbs" }, link("#/", "← map"), " / event ", h("code", {}, ev.event_id)));
  page.appendChild(h("header", { class: "page-head", style: `--c:${colorOf(ev.event_type)}` },
    h("h1", {}, `${ev.sub_event_type || ev.event_type}`, ev.location ? ` — ${ev.location}` : ""),
    h("div", { class: "facts" },
      typeChip(ev.event_type, ev.sub_event_type),
      h("span", { class: "fact" }, h("span", { class: "label" }, "date"), fmtDate(s), ev.date && ev.date.is_estimate ? " (estimated)" : "", ev.date ? ` · ${ev.date.precision}` : ""),
      h("span", { class: "fact" }, h("span", { class: "label" }, "place"), ev.place_id || ev.location ? link(`#/place/${encodeURIComponent(ev.place_id || "name:" + ev.location)}`, [ev.location, ev.admin1].filter(Boolean).join(", ") || ev.place_id) : "unknown place"),
      h("span", { class: "fact" }, h("span", { class: "label" }, "killed"), fmtFatalities(ev.fatalities_low, ev.fatalities_best, ev.fatalities_high)),
      h("span", { class: "fact" }, `${ev.source_count} source${ev.source_count === 1 ? "" : "s"}`),
      ev.disputed ? h("span", { class: "badge disputed" }, "disputed") : null,
      typeof ev.confidence === "number" ? h("span", { class: "fact", title: "how sure the extraction is that this sentence reports an event" }, h("span", { class: "label" }, "confidence"), ev.confidence.toFixed(2)) : null,
      ev.modality && ev.modality !== "fact" ? h("span", { class: "badge" }, ev.modality) : null),
    h("div", { class: "sides" },
      h("div", {}, h("span", { class: "label" }, "Side 1 "), actorLink(ev.actor1), (ev.assoc_actor_1 || []).map((a) => [" + ", actorLink(a)])),
      h("div", {}, h("span", { class: "label" }, "Side 2 "), actorLink(ev.actor2), (ev.assoc_actor_2 || []).map((a) => [" + ", actorLink(a)]))),
    ev.notes ? h("p", { class: "notes" }, ev.notes) : null));

  page.appendChild(coverageBlock(data.coverage));

  if (data.disputes.length) {
    page.appendChild(h("section", { class: "card disputes" }, h("h2", {}, "What the sources dispute"),
      data.disputes.map((d) => h("div", { class: "dispute" },
        h("div", { class: "dispute-head" }, h("span", { class: "badge disputed" }, d.kind), " ", d.description),
        h("div", { class: "versions" }, d.versions.map((v) => h("div", { class: "version" },
          h("div", { class: "version-label" }, v.label),
          h("div", { class: "muted" }, (v.outlets || []).join(", ") || "unknown outlet", v.source_actor ? ` — per ${actorNames.get(v.source_actor) || pretty(v.source_actor)}` : ""))))))));
  }

  // reports side by side, one column per outlet
  const byOutlet = new Map();
  for (const r of data.reports) {
    const key = r.outlet || "unknown outlet";
    if (!byOutlet.has(key)) byOutlet.set(key, []);
    byOutlet.get(key).push(r);
  }
  const cols = h("div", { class: "reports" });
  page.appendChild(h("section", { class: "reports-wrap" }, h("h2", {}, `Reports (${data.reports.length}) by outlet`), cols));
  const docs = await Promise.all([...new Set(data.reports.map((r) => r.doc_id))].map((id) =>
    api(`/api/documents/${encodeURIComponent(id)}`).catch(() => null)));
  const docById = new Map(docs.filter(Boolean).map((d) => [d.doc_id, d]));
  for (const [outlet, reports] of byOutlet) {
    const col = h("div", { class: "outlet-col", dataset: { outlet } },
      h("h3", {}, outlet === "unknown outlet" ? outlet : link(`#/outlet/${encodeURIComponent(outlet)}`, outlet)));
    const byDoc = new Map();
    for (const r of reports) {
      if (!byDoc.has(r.doc_id)) byDoc.set(r.doc_id, []);
      byDoc.get(r.doc_id).push(r);
    }
    for (const [docId, rs] of byDoc) {
      const doc = docById.get(docId);
      const first = rs[0];
      col.appendChild(h("div", { class: "report-meta" },
        h("div", { class: "doc-title" }, link(`#/document/${encodeURIComponent(docId)}`, first.title || doc?.title || docId)),
        h("div", { class: "muted" }, first.published || doc?.published || "undated", first.url ? [" · ", h("a", { href: first.url, target: "_blank", rel: "noopener noreferrer" }, "original")] : null,
          first.independent_of ? " · syndicated copy" : ""),
        reportChips(ev, rs)));
      col.appendChild(articleWithQuotes(doc, rs));
    }
    cols.appendChild(col);
  }
  // scroll each article to its first highlighted quote
  for (const box of cols.querySelectorAll(".article")) {
    const mark = box.querySelector("mark");
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - 40); // .article is the offsetParent
  }

  if (data.claims.length) {
    page.appendChild(h("section", { class: "card" }, h("h2", {}, "Claims"),
      h("ul", { class: "claims" }, data.claims.map((c) => h("li", {},
        h("strong", {}, c.speaker_surface || actorNames.get(c.speaker) || pretty(c.speaker)),
        c.on_behalf_of ? h("span", { class: "muted" }, ` (for ${actorNames.get(c.on_behalf_of) || pretty(c.on_behalf_of)})`) : null,
        " ", h("span", { class: "badge" }, c.stance), " ", c.verb ? h("em", {}, c.verb + ": ") : null,
        c.quoted ? "“" : "", c.content, c.quoted ? "”" : "", c.via ? h("span", { class: "muted" }, ` — via ${c.via}`) : null)))));
  }
  if (data.acled) {
    page.appendChild(h("details", { class: "card" }, h("summary", {}, "ACLED row"),
      h("table", { class: "grid kv" }, h("tbody", {}, Object.entries(data.acled).map(([k, v]) =>
        h("tr", {}, h("th", {}, k), h("td", {}, v === null ? "" : String(v))))))));
  }
  page.appendChild(correctionPanel(ev, data));
  page.appendChild(historyPanel(data));
}

/** One row of chips per document: each distinct figure / version / claim once, clicking one
 *  scrolls its article to the quote it came from. */
function reportChips(ev, reports) {
  const row = h("div", { class: "report-figs" });
  const seen = new Set();
  const add = (label, cls, r) => {
    if (seen.has(label)) return;
    seen.add(label);
    row.appendChild(h("button", { type: "button", class: `chip ${cls}`, title: r.quote.slice(0, 200),
      onclick: () => { const m = document.querySelector(`mark[data-mention-id="${CSS.escape(r.mention_id)}"]`); if (m) { m.scrollIntoView({ block: "center" }); m.classList.add("flash"); setTimeout(() => m.classList.remove("flash"), 1200); } } }, label));
  };
  for (const r of reports) {
    if (r.fatalities) add(`killed: ${r.fatalities.phrase || fmtFatalities(r.fatalities.low, r.fatalities.low, r.fatalities.high)}`, "figure", r);
    if (r.version) add(`version: ${r.version.replace(/_/g, " ")}`, "version", r);
    if (r.modality && r.modality !== "fact") add(r.source_actor ? `${r.modality} by ${actorNames.get(r.source_actor) || pretty(r.source_actor)}` : r.modality, "", r);
  }
  row.appendChild(h("span", { class: "muted small" }, ` ${reports.length} passage${reports.length === 1 ? "" : "s"}`));
  if (canWrite()) for (const r of reports) row.appendChild(correctionButtons(ev, r));
  return row;
}

function articleWithQuotes(doc, reports) {
  const box = h("div", { class: "article", dataset: { docId: reports[0].doc_id } });
  if (!doc) return h("div", { class: "article muted" }, reports.map((r) => h("p", {}, h("mark", { class: "quote" }, r.quote))));
  const text = doc.text;
  const spans = reports.map((r) => [r.char_start, r.char_end, r.mention_id]).sort((a, b) => a[0] - b[0]);
  // show the kept body segments (boilerplate hidden), marking the quoted spans inside them
  const segments = doc.segments && doc.segments.length ? doc.segments : [{ char_start: 0, char_end: text.length }];
  for (const seg of segments) {
    const p = h("p", {});
    let pos = seg.char_start;
    for (const [s, e, id] of spans) {
      const a = Math.max(s, seg.char_start);
      const b = Math.min(e, seg.char_end);
      if (b <= a || a < pos) continue;
      p.appendChild(document.createTextNode(text.slice(pos, a)));
      p.appendChild(h("mark", { class: "quote", dataset: { mentionId: id } }, text.slice(a, b)));
      pos = b;
    }
    p.appendChild(document.createTextNode(text.slice(pos, seg.char_end)));
    box.appendChild(p);
  }
  return box;
}

function canWrite() {
  return !!sessionStorage.getItem("sitrep-token");
}

function correctionButtons(ev, report) {
  if (!canWrite()) return null;
  return h("button", {
    type: "button", class: "ghost small", title: `This passage is not about this event: ${report.quote.slice(0, 160)}`,
    onclick: () => submitCorrection({ kind: "detach_report", target: ev.event_id, payload: { mention_id: report.mention_id } }),
  }, `✕ not about this event (${report.mention_id.split(":").pop()})`);
}

async function submitCorrection(body, why) {
  const reason = why !== undefined ? why : prompt("Why? (kept with the correction)") || "";
  try {
    const res = await api("/api/corrections", { method: "POST", body: Object.assign({ why: reason }, body) });
    const target = res.changed && res.changed.length ? res.changed[0] : body.target;
    if (body.kind === "add_alias") location.hash = `#/actor/${encodeURIComponent(body.target)}`;
    else location.hash = `#/event/${encodeURIComponent(target)}`;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } catch (err) {
    alert(`Correction refused — ${err.code || ""} ${err.message}`);
  }
}

function correctionPanel(ev, data) {
  const box = h("section", { class: "card corrections" }, h("h2", {}, "Corrections"));
  if (data.corrections.length) {
    box.appendChild(h("ul", {}, data.corrections.map((c) => h("li", {},
      h("strong", {}, c.kind), ` by ${c.who} on ${String(c.made_at).slice(0, 16).replace("T", " ")}`,
      c.why ? h("span", { class: "muted" }, ` — ${c.why}`) : null))));
  } else {
    box.appendChild(h("p", { class: "muted" }, "No analyst corrections."));
  }
  if (!canWrite()) {
    box.appendChild(h("p", { class: "muted" }, "Sign in with the server token to correct this event."));
    return box;
  }
  // change type
  const typeSel = h("select", { name: "event_type" }, TYPES.map((t) => h("option", { value: t, selected: t === ev.event_type }, t)));
  const subSel = h("select", { name: "sub_event_type" });
  const fillSubs = () => {
    clear(subSel);
    for (const s of ACLED_SUBTYPES[typeSel.value] || []) subSel.appendChild(h("option", { value: s, selected: s === ev.sub_event_type }, s));
  };
  typeSel.addEventListener("change", fillSubs);
  fillSubs();
  box.appendChild(h("form", { class: "inline", onsubmit: (e) => { e.preventDefault(); submitCorrection({ kind: "change_type", target: ev.event_id, payload: { event_type: typeSel.value, sub_event_type: subSel.value } }); } },
    h("span", { class: "label" }, "Type"), typeSel, subSel, h("button", { type: "submit" }, "Change type")));
  // move place
  const loc = h("input", { name: "location", placeholder: "place name", value: ev.location || "" });
  const lat = h("input", { name: "latitude", placeholder: "lat", size: 7, value: ev.latitude ?? "" });
  const lon = h("input", { name: "longitude", placeholder: "lon", size: 7, value: ev.longitude ?? "" });
  const pid = h("input", { name: "place_id", placeholder: "gn:… (optional)", size: 12, value: "" });
  box.appendChild(h("form", { class: "inline", onsubmit: (e) => {
    e.preventDefault();
    const payload = { location: loc.value, latitude: lat.value === "" ? null : Number(lat.value), longitude: lon.value === "" ? null : Number(lon.value) };
    if (pid.value) payload.place_id = pid.value;
    submitCorrection({ kind: "move_place", target: ev.event_id, payload });
  } }, h("span", { class: "label" }, "Place"), loc, lat, lon, pid, h("button", { type: "submit" }, "Move")));
  // merge
  const other = h("input", { name: "other", placeholder: "other event id" });
  box.appendChild(h("form", { class: "inline", onsubmit: (e) => { e.preventDefault(); submitCorrection({ kind: "merge", target: ev.event_id, payload: { other: other.value.trim() } }); } },
    h("span", { class: "label" }, "Merge"), other, h("button", { type: "submit" }, "Merge into this event")));
  // split
  if (data.reports.length > 1) {
    const checks = data.reports.map((r) => h("label", { class: "check" }, h("input", { type: "checkbox", value: r.mention_id }), ` ${r.outlet || r.doc_id}: ${r.quote.slice(0, 60)}…`));
    box.appendChild(h("form", { class: "split", onsubmit: (e) => {
      e.preventDefault();
      const ids = checks.map((c) => c.querySelector("input")).filter((i) => i.checked).map((i) => i.value);
      submitCorrection({ kind: "split", target: ev.event_id, payload: { mention_ids: ids } });
    } }, h("span", { class: "label" }, "Split these reports into a new event"), checks, h("button", { type: "submit" }, "Split")));
  }
  return box;
}

function historyPanel(data) {
  return h("details", { class: "card history" }, h("summary", {}, `Versions (${data.history.length})`),
    h("ol", {}, data.history.map((v) => h("li", {},
      h("strong", {}, `v${v.version}`), ` ${String(v.changed_at).slice(0, 19).replace("T", " ")} — ${v.cause || ""}`,
      v.data && v.data.event_type ? h("span", { class: "muted" }, ` · ${v.data.sub_event_type} at ${v.data.location || "?"}, ${v.data.fatalities_best ?? "—"} killed`) : null))));
}

// The page of one thing (an actor, a place): a way back to its list, its name and its facts.
function detailPage(view, [backHref, backLabel], title, facts, ...below) {
  const page = h("article", { class: "page" });
  view.appendChild(page);
  page.appendChild(h("div", { class: "crumbs" }, link(backHref, backLabel)));
  page.appendChild(h("header", { class: "page-head" }, h("h1", {}, title), h("div", { class: "facts" }, ...facts), ...below));
  return page;
}

// ------------------------------------------------------------------------------------------- actor

export async function actorPage(view, actorId) {
  const a = await api(`/api/actors/${encodeURIComponent(actorId)}`);
  const page = detailPage(view, ["#/actors", "← actors"], a.name, [
    a.kind ? h("span", { class: "chip" }, a.kind.replace(/_/g, " ")) : null,
    a.country ? h("span", { class: "chip" }, a.country) : null,
    a.role || a.affiliation ? h("span", { class: "fact person-role" }, [a.role, a.affiliation ? actorLink(a.affiliation) : null].filter(Boolean).flatMap((x, i) => (i ? [", ", x] : [x]))) : null,
    h("code", { class: "muted" }, a.actor_id)],
  a.notes ? h("p", { class: "notes" }, a.notes) : null);
  if (a.kind === "person") { // a person: what they said and where they are named, not sides in events
    page.appendChild(h("section", { class: "card person-claims" }, h("h2", {}, `Claims (${a.claims.length})`),
      a.claims.length ? h("ul", { class: "claims" }, a.claims.map((c) => h("li", {}, h("span", { class: "badge" }, c.stance), " ",
        c.verb ? h("em", {}, c.verb + ": ") : null, c.content, " ", link(`#/document/${encodeURIComponent(c.span.doc_id)}`, "source")))) : h("p", { class: "muted" }, "none")));
    page.appendChild(h("section", { class: "card person-mentions" }, h("h2", {}, `Mentions (${a.mentions.length})`),
      h("ul", {}, a.mentions.map((m) => h("li", {}, h("strong", {}, m.surface), " — ", m.quote, " ", link(`#/document/${encodeURIComponent(m.doc_id)}`, "document"))))));
    return;
  }
  page.appendChild(h("section", { class: "card" }, h("h2", {}, "Aliases"),
    a.aliases.length ? h("div", { class: "chips" }, a.aliases.map((x) => h("span", { class: "chip alias" }, x))) : h("p", { class: "muted" }, "none recorded"),
    canWrite() ? aliasForm(a) : null));
  const lineage = h("section", { class: "card" }, h("h2", {}, "Lineage"));
  if (!a.predecessors.length && !a.successors.length) lineage.appendChild(h("p", { class: "muted" }, "No known predecessor or successor."));
  else lineage.appendChild(h("div", { class: "lineage" },
    a.predecessors.map((l) => h("div", { class: "lin" }, actorLink(l.predecessor), h("span", { class: "arrow" }, ` → (${l.date || "?"}) → `), h("strong", {}, a.name), l.note ? h("span", { class: "muted" }, ` ${l.note}`) : null)),
    a.successors.map((l) => h("div", { class: "lin" }, h("strong", {}, a.name), h("span", { class: "arrow" }, ` → (${l.date || "?"}) → `), actorLink(l.successor), l.note ? h("span", { class: "muted" }, ` ${l.note}`) : null))));
  page.appendChild(lineage);
  page.appendChild(h("section", { class: "card" }, h("h2", {}, `As side 1 (${a.events_side1.length})`), eventTable(a.events_side1)));
  page.appendChild(h("section", { class: "card" }, h("h2", {}, `As side 2 (${a.events_side2.length})`), eventTable(a.events_side2)));
}

function aliasForm(a) {
  const input = h("input", { name: "alias", placeholder: "new alias" });
  return h("form", { class: "inline", onsubmit: (e) => { e.preventDefault(); submitCorrection({ kind: "add_alias", target: a.actor_id, payload: { alias: input.value } }); } },
    input, h("button", { type: "submit" }, "Add alias"));
}

export async function actorsPage(view) {
  const actors = await api("/api/actors");
  const rows = actors.filter((a) => a.events > 0 || a.origin !== "text").sort((x, y) => y.events - x.events || x.name.localeCompare(y.name));
  view.appendChild(h("article", { class: "page" }, h("h1", {}, "Actors"),
    h("table", { class: "grid" }, h("thead", {}, h("tr", {}, ["Actor", "Kind", "Aliases", "Events"].map((t) => h("th", {}, t)))),
      h("tbody", {}, rows.map((a) => h("tr", {}, h("td", {}, link(`#/actor/${encodeURIComponent(a.actor_id)}`, a.name)),
        h("td", {}, (a.kind || "").replace(/_/g, " ")), h("td", { class: "muted small" }, (a.aliases || []).slice(0, 6).join(" · ")),
        h("td", { class: "num" }, String(a.events))))))));
}

// ------------------------------------------------------------------------------------------- place

export async function placePage(view, placeId) {
  const p = await api(`/api/places/${encodeURIComponent(placeId)}`);
  const page = detailPage(view, ["#/places", "← places"], p.name, [
    p.country ? h("span", { class: "chip" }, p.country) : null,
    p.latitude != null ? h("span", { class: "fact" }, `${Number(p.latitude).toFixed(3)}, ${Number(p.longitude).toFixed(3)}`) : null,
    h("code", { class: "muted" }, p.place_id)]);
  const control = h("section", { class: "card" }, h("h2", {}, "Who controlled it"));
  control.appendChild(controlBand(p.control, p.events));
  page.appendChild(control);
  if (p.latitude != null) {
    const mapBox = h("div", { class: "mini-map" });
    page.appendChild(mapBox);
    const m = new EventMap(mapBox, { onSelect: (id) => { location.hash = `#/event/${encodeURIComponent(id)}`; } });
    const feats = p.events.filter((e) => e.latitude != null).map((e) => ({ type: "Feature", geometry: { type: "Point", coordinates: [e.longitude, e.latitude] },
      properties: { id: e.event_id, type: e.event_type, sub: e.sub_event_type, date: e.date, loc: e.location, fat: e.fatalities_best, disputed: e.disputed, n: e.source_count } }));
    m.show(feats, { fit: false });
    m.map.setView([p.latitude, p.longitude], 6);
  }
  page.appendChild(h("section", { class: "card" }, h("h2", {}, `Events (${p.events.length})`), eventTable(p.events)));
}

const HOLDER_COLORS = ["#3d7dca", "#d1495b", "#2a9d8f", "#f2a541", "#8e44ad", "#6b7280", "#8d6e63"];

function controlBand(periods, events) {
  if (!periods.length) return h("p", { class: "muted" }, "No control history derived for this place.");
  const NS = "http://www.w3.org/2000/svg";
  const dates = periods.flatMap((c) => [c.start, c.end]).concat(events.map((e) => e.date)).filter(Boolean).map((d) => Date.parse(d));
  const today = Date.now();
  let t0 = Math.min(...dates, today);
  let t1 = Math.max(...dates.concat([today]));
  const pad = Math.max(86400000 * 15, (t1 - t0) * 0.05);
  t0 -= pad; t1 += pad;
  const width = 900, height = 64;
  const x = (t) => 10 + ((t - t0) / (t1 - t0)) * (width - 20);
  const svgEl = document.createElementNS(NS, "svg");
  svgEl.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svgEl.setAttribute("class", "control-band");
  const holders = [...new Set(periods.map((c) => c.holder))];
  const legend = h("div", { class: "legend" });
  holders.forEach((hd, i) => legend.appendChild(h("span", { class: "legend-item" }, h("span", { class: "dot", style: `--c:${HOLDER_COLORS[i % HOLDER_COLORS.length]}` }), actorNames.get(hd) || pretty(hd))));
  for (const c of periods) {
    const a = x(c.start ? Date.parse(c.start) : t0);
    const b = x(c.end ? Date.parse(c.end) : t1);
    const r = document.createElementNS(NS, "rect");
    // a short period (two weeks in a decade) stays visible and says how long it lasted
    const short = b - a < 24;
    r.setAttribute("x", short ? Math.min(a, width - 22) : a); r.setAttribute("y", 8); r.setAttribute("height", 26); r.setAttribute("width", short ? 12 : b - a);
    if (short && c.start) {
      const days = Math.max(1, Math.round(((c.end ? Date.parse(c.end) : today) - Date.parse(c.start)) / 86400000));
      const note = document.createElementNS(NS, "text");
      note.setAttribute("x", Math.min(a, width - 22) + 6); note.setAttribute("y", 6); note.setAttribute("text-anchor", "middle"); note.setAttribute("class", "tl-label period-note");
      note.textContent = days < 60 ? `${days} d` : `${Math.round(days / 30)} mo`;
      svgEl.appendChild(note);
    }
    r.setAttribute("fill", HOLDER_COLORS[holders.indexOf(c.holder) % HOLDER_COLORS.length]);
    r.setAttribute("class", "period");
    const title = document.createElementNS(NS, "title");
    title.textContent = `${actorNames.get(c.holder) || pretty(c.holder)}: ${c.start || "…"} → ${c.end || "now"}`;
    r.appendChild(title);
    svgEl.appendChild(r);
  }
  for (const e of events) {
    if (!e.date) continue;
    const c = document.createElementNS(NS, "circle");
    c.setAttribute("cx", x(Date.parse(e.date))); c.setAttribute("cy", 46); c.setAttribute("r", 4);
    c.setAttribute("fill", colorOf(e.event_type));
    svgEl.appendChild(c);
  }
  for (const t of [t0 + pad, t1 - pad]) {
    const lbl = document.createElementNS(NS, "text");
    lbl.setAttribute("x", x(t)); lbl.setAttribute("y", 62); lbl.setAttribute("text-anchor", "middle"); lbl.setAttribute("class", "tl-label");
    lbl.textContent = new Date(t).toISOString().slice(0, 10);
    svgEl.appendChild(lbl);
  }
  return h("div", {}, svgEl, legend,
    h("ul", { class: "periods" }, periods.map((c) => h("li", {}, actorLinkOrName(c.holder), `: ${c.start || "…"} → ${c.end || "now"}`,
      c.evidence && c.evidence.length ? [" — evidence: ", c.evidence.map((id, i) => [i ? ", " : "", link(`#/event/${encodeURIComponent(id)}`, "event")])] : null))));
}

function actorLinkOrName(id) { return actorLink(id); }

export async function placesPage(view) {
  const places = await api("/api/places");
  view.appendChild(h("article", { class: "page" }, h("h1", {}, "Places"),
    h("table", { class: "grid" }, h("thead", {}, h("tr", {}, ["Place", "Region", "Country", "Events", "Killed"].map((t) => h("th", {}, t)))),
      h("tbody", {}, places.map((p) => h("tr", {}, h("td", {}, link(`#/place/${encodeURIComponent(p.place_id)}`, p.name || p.place_id)),
        h("td", {}, p.admin1 || ""), h("td", {}, p.country || ""), h("td", { class: "num" }, String(p.events)), h("td", { class: "num" }, String(p.fatalities))))))));
}

// ------------------------------------------------------------------------------------------- sources, documents

export async function sourcesPage(view) {
  const [sources, events] = await Promise.all([api("/api/sources"), api("/api/events?limit=1000")]);
  const byId = new Map(events.items.map((e) => [e.event_id, e]));
  const label = (id) => {
    const e = byId.get(id);
    return e ? `${e.sub_event_type}${e.location ? " · " + e.location : ""} · ${e.date || "undated"}` : id;
  };
  view.appendChild(h("article", { class: "page" }, h("h1", {}, "Sources"),
    h("p", { class: "muted" }, "How many events each outlet reported, and the events only that outlet reported (no corroboration)."),
    h("table", { class: "grid sources" }, h("thead", {}, h("tr", {}, ["Outlet", "Documents", "Events", "Only this outlet"].map((t) => h("th", {}, t)))),
      h("tbody", {}, sources.map((s) => h("tr", {}, h("td", {}, link(`#/documents${qs({ outlet: s.outlet })}`, s.outlet)), h("td", { class: "num" }, String(s.documents)),
        h("td", { class: "num" }, String(s.events)),
        h("td", {}, s.exclusive_events.length ? s.exclusive_events.map((id, i) => [i ? " " : "", link(`#/event/${encodeURIComponent(id)}`, label(id), "chip")]) : h("span", { class: "muted" }, "—"))))))));
}

export async function documentsPage(view, params) {
  const res = await api(`/api/documents${qs({ limit: 200, outlet: params.get("outlet") || "" })}`);
  view.appendChild(h("article", { class: "page" }, h("h1", {}, "Documents", params.get("outlet") ? ` — ${params.get("outlet")}` : ""),
    h("table", { class: "grid" }, h("thead", {}, h("tr", {}, ["Published", "Outlet", "Title", "Chars"].map((t) => h("th", {}, t)))),
      h("tbody", {}, res.items.map((d) => h("tr", {}, h("td", { class: "nowrap" }, d.published || "?", d.published_is_estimate ? " (est.)" : ""), h("td", {}, d.outlet || ""),
        h("td", {}, link(`#/document/${encodeURIComponent(d.doc_id)}`, d.title || d.doc_id)), h("td", { class: "num" }, String(d.n_chars))))))));
}

export async function documentPage(view, docId) {
  const d = await api(`/api/documents/${encodeURIComponent(docId)}`);
  const segs = d.segments && d.segments.length ? d.segments : [{ char_start: 0, char_end: d.text.length }];
  view.appendChild(h("article", { class: "page" }, h("div", { class: "crumbs" }, link("#/documents", "← documents")),
    h("header", { class: "page-head" }, h("h1", {}, d.title || d.doc_id),
      h("div", { class: "facts" }, h("span", { class: "fact" }, h("span", { class: "label" }, "outlet"), d.outlet || "not named"),
        d.wire ? h("span", { class: "fact" }, h("span", { class: "label" }, "wire"), d.wire) : null,
        h("span", { class: "fact" }, h("span", { class: "label" }, "date"), d.published || "undated",
          d.published_is_estimate ? ` (estimated${d.published_earliest ? `, ${d.published_earliest} – ${d.published_latest}` : ""})` : ""),
        d.url ? h("span", { class: "fact" }, h("span", { class: "label" }, "url"), h("a", { href: d.url, target: "_blank", rel: "noopener noreferrer" }, d.url)) : null,
        h("code", { class: "muted" }, d.doc_id)),
      (d.passages || []).length ? h("div", { class: "legend" }, h("span", { class: "legend-item" }, h("mark", { class: "passage event" }, "event")),
        h("span", { class: "legend-item" }, h("mark", { class: "passage claim" }, "claim")), ` ${d.passages.length} passages gave events and claims`) : null),
    h("div", { class: "article full" }, segs.map((s) => h("p", {}, marked(d.text, s.char_start, s.char_end, d.passages || []))))));
}

/** The text of [start, end) with the passages inside it as marks (text nodes only: never HTML);
 *  an event passage links to its event. */
function marked(text, start, end, passages) {
  const out = [];
  let at = start;
  for (const p of passages) {
    if (p.char_end <= at || p.char_start >= end) continue;
    const a = Math.max(at, p.char_start);
    const b = Math.min(end, p.char_end);
    if (a > at) out.push(text.slice(at, a));
    const mark = h("mark", { class: `passage ${p.kind}`, title: p.label, dataset: { kind: p.kind } }, text.slice(a, b));
    out.push(p.event_id ? h("a", { href: `#/event/${encodeURIComponent(p.event_id)}`, class: "passage-link" }, mark) : mark);
    at = b;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}

export async function disputesPage(view) {
  const rows = await api("/api/disputes");
  view.appendChild(h("article", { class: "page" }, h("h1", {}, "Disputes"),
    rows.length ? rows.map((e) => h("section", { class: "card" },
      h("h2", {}, link(`#/event/${encodeURIComponent(e.event_id)}`, `${e.sub_event_type} — ${e.location || "?"}`), h("span", { class: "muted" }, ` ${fmtDate(e)}`)),
      e.disputes.map((d) => h("div", { class: "dispute" }, h("span", { class: "badge disputed" }, d.kind), " ", d.description,
        h("div", { class: "versions" }, d.versions.map((v) => h("div", { class: "version" }, h("div", { class: "version-label" }, v.label), h("div", { class: "muted" }, (v.outlets || []).join(", ")))))))))
      : h("p", { class: "muted" }, "No disputed events.")));
}
