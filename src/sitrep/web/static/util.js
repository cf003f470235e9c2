// Small helpers shared by the dashboard's views.
// Article text and every field from the API are untrusted: nodes are built with createElement and
// textContent only (never innerHTML with data), and links are set only for http(s) URLs.

export const TYPE_COLORS = {
  "Battles": "#d1495b",
  "Explosions/Remote violence": "#f28e2b",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2a9d8f",
  "Riots": "#8d6e63",
  "Strategic developments": "#3d7dca",
};
export const TYPES = Object.keys(TYPE_COLORS);

export function colorOf(type) {
  return TYPE_COLORS[type] || "#6b7280";
}

/** h("div", {class: "x", onclick: fn}, "text", child) → element; strings become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "href") el.setAttribute("href", safeHref(value));
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** In-app routes (#/…) and http(s) URLs only: a javascript: URL from an article never becomes a link. */
export function safeHref(value) {
  const s = String(value);
  if (s.startsWith("#/")) return s;
  try {
    const u = new URL(s);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch (e) { /* not a URL */ }
  return "#/";
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.code = body && body.code;
  }
}

export async function api(path, options = {}) {
  const headers = Object.assign({ "Accept": "application/json" }, options.headers || {});
  const token = sessionStorage.getItem("sitrep-token");
  if (token) headers["Authorization"] = "Bearer " + token;
  if (options.body && typeof options.body !== "string") {
    headers["Content-Type"] = "application/json";
    options = Object.assign({}, options, { body: JSON.stringify(options.body) });
  }
  const res = await fetch(path, Object.assign({}, options, { headers }));
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

export function qs(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}

export function pretty(id) {
  // "org:some-name" / "jnim" → readable fallback when no name is known;
  // "unnamed:local-official" (a source described, not named) → "unnamed local official"
  if (!id) return "—";
  const s = String(id);
  if (s.startsWith("unnamed:")) return "unnamed " + s.slice(8).replace(/-/g, " ");
  return s.replace(/^(org|person):/, "");
}

export function fmtFatalities(low, best, high) {
  if (best === null || best === undefined) {
    if (low === null || low === undefined) return "—";
    best = low;
  }
  if (high !== null && high !== undefined && high !== best) return `${best} (${low ?? best}–${high})`;
  if (low !== null && low !== undefined && low !== best) return `${best} (≥${low})`;
  return String(best);
}

export function fmtDate(ev) {
  if (!ev.earliest) return "undated";
  if (ev.earliest === ev.latest) return ev.earliest;
  return `${ev.earliest} – ${ev.latest}`;
}

export function typeChip(type, sub) {
  return h("span", { class: "chip type", style: `--c:${colorOf(type)}` }, sub && sub !== type ? `${type} · ${sub}` : type);
}

export function link(href, text, cls) {
  return h("a", { href, class: cls }, text);
}

export function errorBox(err) {
  const code = err && err.code ? err.code + ": " : "";
  return h("div", { class: "error" }, code + (err && err.message ? err.message : String(err)));
}
