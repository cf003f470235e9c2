"""The seeds gold file's actors, persons and places sections, on the seed articles."""

from __future__ import annotations

import math

import pytest

from .seeds import make_document, run_stages, seed_documents

# gold places: canonical → (variants, lat, lon, tolerance km); lat None = anywhere in Mali
GOLD_PLACES = {
    "Kidal": (["Kidal"], 18.441, 1.408, 25),
    "Tinzaouaten": (["Tinzaouaten", "Tinzawatene", "Tinzawaten", "Tinzahuaten"], 19.96, 2.86, 40),
    "Abeibara": (["Abeibara"], 19.117, 1.750, 25),
    "In Afarak": (["In Afaraq"], None, None, None),
    "Ber": (["Ber"], 16.86, -2.53, 40),
    "Bamako": (["Bamako"], 12.65, -8.0, 25),
    "Gao": (["Gao"], 16.272, -0.045, 25),
    "Timbuktu": (["Timbuktu"], 16.773, -3.007, 25),
    "Anefis": (["Anefis"], 18.04, 0.60, 40),
}
GOLD_PERSONS = {
    "Assimi Goita": ["Assimi Goïta", "Assimi Goita", "Goita", "Colonel Assimi Goita"],
    "Mohamed Elmaouloud Ramadane": ["Mohamed Elmaouloud Ramadane", "Mohamed Elmaould Ramadan", "Ramadane"],
    "Andriy Yusov": ["Andriy Yusov"],
    "Mossa Ag Inzoma": ["Mossa Ag Inzoma"],
}


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def analyses(analyzer):
    docs = seed_documents()
    return {name: (doc, run_stages(analyzer, doc)) for name, doc in docs.items()}


def test_every_place_variant_resolves_within_tolerance(analyses):
    places = [(p.surface, p) for _, a in analyses.values() for p in a.places]
    for canonical, (variants, lat, lon, tol) in GOLD_PLACES.items():
        for variant in variants:
            found = [p for s, p in places if s == variant]
            assert found, f"{variant} not found"
            for p in found:
                assert p.place_id and p.country == "ML", (variant, p)
                if lat is not None:
                    assert km(lat, lon, p.latitude, p.longitude) <= tol, (variant, p)


def test_indonesian_kidal_never_chosen(analyses):
    for _, a in analyses.values():
        for p in a.places:
            assert not (p.latitude is not None and p.latitude < 0 and p.longitude > 100), p


def test_kidal_region_is_region_level(analyses):
    _, a = analyses["002_53a04284558ba361.txt"]
    region = [p for p in a.places if p.surface == "Kidal region" and p.geo_precision == 3]
    assert region and region[0].name == "Kidal Region"
    assert all(p.admin1 == "Kidal Region" for p in a.places if p.name.startswith("Ti-n-Za"))


def test_actor_aliases_in_the_seeds(analyses, knowledge):
    name = lambda aid: knowledge.actors.get(aid).name  # noqa: E731
    seen = {}
    for _, a in analyses.values():
        for m in a.actors:
            seen.setdefault(m.surface, set()).add(name(m.actor_id))
    expect = {
        "FAMa": "Malian Armed Forces", "FaMa": "Malian Armed Forces", "Malian army": "Malian Armed Forces",
        "Malian troops": "Malian Armed Forces", "junta forces": "Malian Armed Forces", "the army": "Malian Armed Forces",
        "Russian mercenaries": "Wagner Group", "Wagner": "Wagner Group", "Wagner PMC group": "Wagner Group",
        "Russia's Africa Corps": "Africa Corps", "Russian Africa Corps": "Africa Corps",
        "FLA": "Azawad Liberation Front", "Tuareg rebels": "Azawad Liberation Front",
        "CSP-DPA": "CSP-DPA", "CSP": "CSP-DPA", "CMA": "Coordination of Azawad Movements",
        "JNIM": "JNIM", "Al-Qaeda-linked militants": "JNIM", "Al-Qaeda-affiliated group": "JNIM",
        "MINUSMA": "MINUSMA", "AES": "Alliance of Sahel States", "Alliance of Sahel States": "Alliance of Sahel States",
        "Russian Foreign Ministry": "Government of Russia", "Russia's Defense Ministry": "Government of Russia",
        "Malian authorities": "Government of Mali", "Ukrainian military intelligence": "Government of Ukraine",
    }
    for surface, canonical in expect.items():
        assert surface in seen, surface
        assert seen[surface] == {canonical}, (surface, seen[surface])


def test_rebel_descriptions_follow_the_document_date(analyses):
    by_doc = {name: {m.surface: m.actor_id for m in a.actors} for name, (_, a) in analyses.items()}
    assert by_doc["000_cb035e35ea3c2cd6.txt"]["Tuareg rebels"] == "azawad-liberation-front"  # 2026
    assert by_doc["003_2b8c857fb8ef32bb.txt"]["Tuareg coalition"] == "coordination-of-azawad-movements"  # 2023


def test_persons_link_across_spellings_and_documents(analyses):
    persons = [p for _, a in analyses.values() for p in a.persons]
    for canonical, variants in GOLD_PERSONS.items():
        ids = {p.person_id for p in persons if p.surface in variants or p.name == canonical}
        assert len(ids) == 1, (canonical, ids)
        assert all(p.name == canonical for p in persons if p.person_id in ids)
    ram = {p.span.doc_id: p for p in persons if p.name == "Mohamed Elmaouloud Ramadane"}
    assert ram["000"].affiliation == "azawad-liberation-front" and ram["000"].role == "spokesman"
    assert ram["002"].affiliation == "csp-dpa"  # "a spokesman for the CSP-DPA"
    yusov = next(p for p in persons if p.name == "Andriy Yusov")
    assert yusov.affiliation == "government-of-ukraine"


def test_titles_are_stripped():
    from sitrep.analyse.actors import _strip_titles
    from sitrep.analyse.lang import en

    assert _strip_titles(["Colonel", "Assimi", "Goita"], en.TITLES) == ["Assimi", "Goita"]


def test_spans_quote_the_text(analyses):
    for doc, a in analyses.values():
        for m in [*a.actors, *a.persons, *a.places, *a.dates, *a.new_orgs]:
            assert doc.text[m.span.char_start:m.span.char_end] == m.surface, m


def test_unknown_organisations_are_kept(analyzer):
    text = "Fighters of the Front for the Liberation of the Sahel Plains attacked a FAMa post near Gao on Monday."
    a = run_stages(analyzer, make_document("t1", text))
    assert any(o.actor_id.startswith("org:") and "Liberation" in o.surface for o in a.new_orgs), a.new_orgs
    assert any(m.actor_id == "malian-armed-forces" for m in a.actors)


def test_unresolved_places_are_listed(analyzer):
    text = "Gunmen attacked the village of Zorbonkoulou in Mali, near Gao, residents said."
    a = run_stages(analyzer, make_document("t2", text))
    names = {p.surface: p for p in a.places}
    assert names["Gao"].place_id and names["Gao"].country == "ML"
    unresolved = [p for p in a.places if p.place_id is None]
    assert any("Zorbonkoulou" in p.surface for p in unresolved), a.places


def test_capitals_are_actors_only_when_acting(analyzer):
    text = "Moscow congratulated the Malian army. Fighting reached the outskirts of Moscow, officials said."
    a = run_stages(analyzer, make_document("t3", text))
    moscow_actor = [m for m in a.actors if m.surface == "Moscow"]
    assert len(moscow_actor) == 1 and moscow_actor[0].actor_id == "government-of-russia"
    assert moscow_actor[0].span.char_start == 0
    assert [p.surface for p in a.places if p.surface == "Moscow"] == ["Moscow", "Moscow"]


def test_near_a_town_is_precision_two(analyzer):
    text = "Jihadists attacked an army post near Gao in Mali on Monday."
    a = run_stages(analyzer, make_document("t4", text))
    gao = next(p for p in a.places if p.surface == "Gao")
    assert gao.geo_precision == 2 and gao.country == "ML"
    mali = next(p for p in a.places if p.surface == "Mali")
    assert mali.geo_precision == 3


def test_french_document_runs_through_the_french_tables(analyzer):
    """A first pass for French: French aliases resolve and French dates parse (full French tables later)."""
    from sitrep.model import Published
    import datetime as dt

    text = ("Les Forces armées maliennes (FAMa) ont repris Anéfis mardi, selon le Front de libération de l'Azawad. "
            "Les combats ont eu lieu près de Kidal en juillet 2024.")
    doc = make_document("fr1", text, Published(date=dt.date(2024, 8, 1)), language="fr")
    nlp = analyzer.nlp("fr")
    from sitrep.analyse.context import Context, Paragraph
    from sitrep.analyse import actors, places, dates

    paras = [Paragraph(offset=s.char_start, doc=d) for s, d in zip(doc.segments, nlp.pipe([text]))]
    ctx = Context(document=doc, language="fr", paragraphs=paras, knowledge=analyzer.knowledge,
                  anchor=dates.anchor_interval(doc))
    ctx.actors, ctx.persons, ctx.new_orgs = actors.find_actors(ctx)
    ctx.places = places.find_places(ctx)
    found = {m.actor_id for m in ctx.actors}
    assert {"malian-armed-forces", "azawad-liberation-front"} <= found
    assert any(p.surface == "Kidal" and p.country == "ML" for p in ctx.places)
    got = {m.surface: m.interval for m in dates.find_dates(ctx)}
    assert got["juillet 2024"].earliest == dt.date(2024, 7, 1)
    assert got["mardi"].earliest == dt.date(2024, 7, 30)
