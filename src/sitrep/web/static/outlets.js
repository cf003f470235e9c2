// Who tells the story: the coverage block of the event page, the outlets list and one outlet's page.
import { api, h, link } from "./util.js";


const outletHref = (name) => `#/outlet/${encodeURIComponent(name)}`;


function partyChip(p) {
  const side = p.side ? `side ${p.side}` : "third party";
  return h("span", { class: `chip party side-${p.side || 0}`, title: `${p.reports} report(s) relay its statements` }, `${p.name} · ${side}`);
}

/** The event page's "Who reported it" card: the perspective summary, outlets grouped by kind,
 *  the parties whose statements the reports relay (by side) and each report's perspective. */
export function coverageBlock(cov) {
  if (!cov) return null;
  const kinds = Object.entries(cov.by_kind).map(([kind, names]) => h("div", { class: "cov-kind" },
    h("span", { class: "label" }, kind), " ",
    names.map((n, i) => [i ? ", " : "", n === "unidentified outlet" ? h("span", { class: "muted" }, n) : link(outletHref(n), n)])));
  const countries = Object.entries(cov.by_country).map(([c, names]) => `${c === "unknown" ? "country unknown" : c}: ${names.join(", ")}`).join(" · ");
  return h("section", { class: "card coverage" + (cov.single_perspective ? " single" : "") },
    h("h2", {}, "Who reported it"),
    h("p", { class: "cov-summary" }, cov.summary),
    h("div", { class: "facts" },
      h("span", { class: "fact" }, h("span", { class: "label" }, "independent sources"), String(cov.independent_sources)),
      cov.single_perspective ? h("span", { class: "badge single" }, "single perspective") : h("span", { class: "badge" }, "several perspectives")),
    h("div", { class: "cov-kinds" }, kinds),
    h("div", { class: "muted" }, countries),
    cov.parties.length ? h("div", { class: "cov-parties" }, h("span", { class: "label" }, "statements relayed "), cov.parties.map(partyChip)) : null,
    h("table", { class: "grid cov-reports" },
      h("thead", {}, h("tr", {}, ["Outlet", "Reporting by", "Perspective", "Own sources", "Cites"].map((t) => h("th", {}, t)))),
      h("tbody", {}, cov.reports.map((r) => h("tr", {},
        h("td", {}, r.outlet ? link(outletHref(r.outlet), r.outlet) : h("span", { class: "muted" }, "unidentified outlet")),
        h("td", {}, r.origin_name, r.copy_of ? h("span", { class: "muted" }, " (copy)") : null),
        h("td", {}, r.perspective),
        h("td", {}, r.own_sources.join(", ") || "—"),
        h("td", {}, (r.cites || []).join(", ") || "—"))))));
}

export async function outletsPage(view) {
  const rows = await api("/api/outlets");
  view.appendChild(h("article", { class: "page" }, h("h1", {}, "Outlets"),
    h("p", { class: "muted" }, "Who published the stored documents or is credited as their wire, with the outlet base's profile."),
    h("table", { class: "grid outlets" },
      h("thead", {}, h("tr", {}, ["Outlet", "Kind", "Country", "Owner", "Source scale", "Published", "Credited"].map((t) => h("th", {}, t)))),
      h("tbody", {}, rows.map((o) => h("tr", {},
        h("td", {}, link(outletHref(o.name), o.name)),
        h("td", {}, o.known ? o.camp : h("span", { class: "muted" }, "not in the outlet base")),
        h("td", {}, o.country || ""), h("td", {}, o.owner || ""), h("td", {}, o.source_scale || ""),
        h("td", { class: "num" }, String(o.documents)), h("td", { class: "num" }, String(o.credited))))))));
}

export async function outletPage(view, name) {
  const d = await api(`/api/outlets/${encodeURIComponent(name)}`);
  const p = d.profile;
  const c = d.contradictions;
  const fact = (label, value) => value ? h("span", { class: "fact" }, h("span", { class: "label" }, label), value) : null;
  view.appendChild(h("article", { class: "page outlet-page" },
    h("div", { class: "crumbs" }, link("#/outlets", "← outlets")),
    h("header", { class: "page-head" }, h("h1", {}, p.name, p.short ? ` (${p.short})` : ""),
      h("div", { class: "facts" },
        h("span", { class: "badge" + (p.ownership === "state" ? " state" : "") }, p.camp),
        fact("country", p.country), fact("owner", p.owner ? `${p.owner} (${p.ownership})` : null),
        fact("ACLED source scale", p.source_scale), fact("languages", (p.languages || []).join(", ")),
        p.domains && p.domains.length ? fact("domains", p.domains.join(", ")) : null),
      p.known ? null : h("p", { class: "muted" }, "Not in the outlet base: add it to a SITREP_OUTLETS file to give it a kind and owner.")),
    h("section", { class: "card" }, h("h2", {}, "Contradicted by other sources"),
      h("p", {}, c.events_reported ? `${c.events_contradicted} of ${c.events_reported} events it reported (${Math.round((c.rate || 0) * 100)}%)` : "No events reported."),
      c.items.length ? h("ul", {}, c.items.map((x) => h("li", {}, link(`#/event/${encodeURIComponent(x.event_id)}`, x.event_id), ` ${x.kind}: its version `,
        h("strong", {}, x.its_version.join(", ")), " vs ", x.other_versions.join(", "), h("span", { class: "muted" }, ` (${x.other_outlets.join(", ")})`)))) : null),
    h("section", { class: "card" }, h("h2", {}, "Statements it relays"),
      d.relays.length ? h("div", {}, d.relays.map((r) => h("span", { class: "chip" }, `${r.name} (${r.claims})`))) : h("p", { class: "muted" }, "None attributed."),
      d.claims.length ? h("ul", { class: "claims" }, d.claims.slice(0, 30).map((x) => h("li", {}, h("strong", {}, x.speaker_name), " ",
        h("span", { class: "badge" }, x.stance), " ", x.content, x.via ? h("span", { class: "muted" }, ` — via ${x.via}`) : null))) : null),
    h("section", { class: "card" }, h("h2", {}, `Events reported (${d.events.length})`),
      h("table", { class: "grid" }, h("thead", {}, h("tr", {}, ["Date", "Event", "Place", "Sources", "Its report"].map((t) => h("th", {}, t)))),
        h("tbody", {}, d.events.map((e) => h("tr", {},
          h("td", { class: "nowrap" }, link(`#/event/${encodeURIComponent(e.event_id)}`, e.date || "undated")),
          h("td", {}, e.sub_event_type, e.disputed ? [" ", h("span", { class: "badge disputed" }, "disputed")] : null),
          h("td", {}, e.location || "—"), h("td", { class: "num" }, String(e.source_count)), h("td", { class: "quote" }, e.quote)))))),
    h("section", { class: "card" }, h("h2", {}, `Documents (${d.documents.length})`),
      h("ul", {}, d.documents.map((doc) => h("li", {}, link(`#/document/${encodeURIComponent(doc.doc_id)}`, doc.title || doc.doc_id),
        h("span", { class: "muted" }, ` · ${doc.published || "undated"} · ${doc.role}${doc.outlet && doc.role !== "published" ? " by " + doc.outlet : ""}`)))))));
}

