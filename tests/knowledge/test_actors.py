"""The actor knowledge base: gold aliases, lineage, descriptive resolution, validation, user files."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.errors import ErrorCode, SitrepError
from sitrep.knowledge.actors import load_actor_base

# the seeds gold file's actors section: every alias must resolve to its canonical actor
GOLD_ACTORS = {
    "Malian Armed Forces": ["FAMa", "FaMa", "Malian army", "Malian troops", "Malian armed forces", "Armed Forces of Mali",
                            "junta forces", "Malian military", "the army"],
    "Wagner Group": ["Wagner", "Wagner Group", "Russian mercenaries", "Russian mercenary group", "Wagner PMC"],
    "Africa Corps": ["Russia's Africa Corps", "Russian Africa Corps", "Africa Corps"],
    "Azawad Liberation Front": ["FLA", "Azawad Liberation Front", "Tuareg rebels", "Azawad fighters"],
    "CSP-DPA": ["CSP-DPA", "CSP", "CSP people", "CSP rebels"],
    "Coordination of Azawad Movements": ["CMA", "Coordination of Azawad Movements"],
    "JNIM": ["Jama'at Nusrat al-Islam wal-Muslimin", "JNIM", "Al-Qaeda-linked militants", "Al-Qaeda-affiliated group"],
    "MINUSMA": ["MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "UN mission", "peacekeepers"],
    "Alliance of Sahel States": ["AES", "Alliance of Sahel States"],
    "Government of Russia": ["Russia's Defense Ministry", "Russian Ministry of Defence", "Russian Foreign Ministry", "Moscow", "Russian side"],
    "Government of Mali": ["central government", "junta", "military government", "Malian authorities", "Bamako"],
    "Government of Ukraine": ["Ukraine", "Ukrainian military intelligence", "Ukrainian officials"],
}


@pytest.fixture(scope="module")
def base():
    return load_actor_base()


@pytest.mark.parametrize("canonical,alias", [(c, a) for c, aliases in GOLD_ACTORS.items() for a in aliases])
def test_gold_alias_resolves_to_canonical(base, canonical, alias):
    resolved = base.resolve(alias)
    assert resolved is not None, alias
    assert base.get(resolved[0]).name == canonical


def test_distinct_canonical_actors_get_distinct_ids(base):
    ids = {c: base.resolve(aliases[0])[0] for c, aliases in GOLD_ACTORS.items()}
    assert len(set(ids.values())) == len(ids)


def test_french_aliases(base):
    assert base.get(base.resolve("Forces armées maliennes")[0]).name == "Malian Armed Forces"
    assert base.get(base.resolve("Front de libération de l'Azawad")[0]).name == "Azawad Liberation Front"
    assert base.get(base.resolve("Groupe de soutien à l'islam et aux musulmans")[0]).name == "JNIM"


def test_descriptions_resolve_with_lower_confidence(base):
    actor_id, conf = base.resolve("Russian mercenaries")
    assert actor_id == "wagner-group" and conf < 1.0
    assert base.resolve("FAMa") == ("malian-armed-forces", 1.0)


def test_lineage_is_queryable(base):
    links = {(ln.predecessor, ln.successor): ln.date for ln in base.lineage}
    assert links[("wagner-group", "africa-corps")] == "2025-06"
    assert links[("mnla", "coordination-of-azawad-movements")] == "2014-06"
    assert links[("coordination-of-azawad-movements", "csp-dpa")] == "2023-08"
    assert links[("csp-dpa", "azawad-liberation-front")] == "2024-11"
    chain = [ln.successor for ln in base.chain("csp-dpa")]
    assert chain == ["coordination-of-azawad-movements", "csp-dpa", "azawad-liberation-front"]  # from the MNLA on


@pytest.mark.parametrize("when,expected", [
    (dt.date(2012, 4, 6), "mnla"),  # the rebellion's descriptions start at the MNLA
    (dt.date(2020, 5, 1), "coordination-of-azawad-movements"),
    (dt.date(2023, 7, 20), "coordination-of-azawad-movements"),
    (dt.date(2023, 11, 20), "csp-dpa"),  # ACLED names the CSP from the fighting of August 2023
    (dt.date(2024, 7, 27), "csp-dpa"),
    (dt.date(2026, 4, 29), "azawad-liberation-front"),
    (None, "azawad-liberation-front"),
])
def test_role_descriptions_follow_lineage_by_date(base, when, expected):
    assert base.resolve("Tuareg rebels", when=when)[0] == expected
    assert base.resolve("Azawad fighters", when=when)[0] == expected


def test_names_do_not_follow_lineage(base):
    assert base.resolve("CMA", when=dt.date(2026, 1, 1))[0] == "coordination-of-azawad-movements"
    assert base.resolve("Wagner", when=dt.date(2026, 1, 1))[0] == "wagner-group"


def test_generic_phrases_need_the_country_context(base):
    assert base.resolve("the army", countries={"ML"})[0] == "malian-armed-forces"
    assert base.resolve("the army", countries={"BF"})[0] == "burkina-faso-armed-forces"
    assert base.resolve("the army", countries={"FR"}) is None  # no generic army for that country


def test_affiliations_refer_to_known_actors(base):
    assert "al-qaeda" in base.get("jnim").affiliations
    for actor in base.actors.values():
        for ref in actor.affiliations:
            assert ref in base.actors


def test_user_file_merges_over_shipped(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text(
        "actors:\n"
        "  - {id: katiba-test, name: Katiba Test, kind: rebel_group, country: ML, aliases: [KT Brigade]}\n"
        "  - {id: wagner-group, name: Wagner Group, kind: external_other, country: RU, aliases: [Wagner, Musicians]}\n",
        encoding="utf-8",
    )
    base = load_actor_base([user])
    assert base.resolve("KT Brigade")[0] == "katiba-test"
    assert base.resolve("the Musicians")[0] == "wagner-group"
    assert base.origins["katiba-test"] == str(user)
    assert base.resolve("JNIM")[0] == "jnim"  # shipped entries stay


@pytest.mark.parametrize("content,fragment", [
    ("actors:\n  - {id: x-1, name: X, kind: warlords}\n", "actors[0] (x-1)"),
    ("actors:\n  - {id: x-1, name: X, kind: rebel_group, alias: [a]}\n", "unknown keys"),
    ("actors:\n  - {name: X, kind: rebel_group}\n", "'id' is required"),
    ("actors:\n  - {id: x-1, name: X, kind: rebel_group, affiliations: [nobody]}\n", "nobody"),
    ("lineage:\n  - {from: jnim, to: aqim, date: soon}\n", "lineage[0]"),
    ("actors: [\n", "YAML"),
])
def test_invalid_files_fail_naming_file_and_entry(tmp_path, content, fragment):
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(SitrepError) as err:
        load_actor_base([bad])
    assert err.value.code == ErrorCode.invalid
    assert str(bad) in err.value.message and fragment in err.value.message


def test_actor_base_in_store(store, base):
    store.save_actor_base(base)
    rows = {r["actor_id"]: r for r in store.list_actor_rows()}
    assert rows["jnim"]["name"] == "JNIM"
    assert "jnim" in store.find_actor_ids("al qaeda linked militants")
    assert {(r["predecessor"], r["successor"]) for r in store.lineage_rows(["africa-corps"])} == {("wagner-group", "africa-corps")}
    store.save_actor_base(base)  # idempotent
    assert len(store.list_actor_rows()) == len(base)


def test_sitrep_actors_env_is_read_by_load_knowledge(tmp_path, monkeypatch):
    from sitrep.knowledge import load_knowledge

    user = tmp_path / "extra.yaml"
    user.write_text("actors:\n  - {id: kel-test, name: Kel Test Militia, kind: identity_militia, country: ML, aliases: [KTM]}\n",
                    encoding="utf-8")
    monkeypatch.setenv("SITREP_ACTORS", str(user))
    k = load_knowledge(None, world=False)
    assert k.actors.resolve("KTM") == ("kel-test", 1.0)


@pytest.mark.parametrize("phrase", ["Dogon militiamen", "Dozo militiamen"])
def test_a_militia_is_also_named_by_its_militiamen(base, phrase):
    # the base describes "Dogon militia"; news writes of its members as well
    militia = base.resolve(phrase.replace("militiamen", "militia"))
    members = base.resolve(phrase)
    assert militia is not None and members is not None
    assert members[0] == militia[0]


def test_militiamen_of_an_unknown_community_name_no_actor(base):
    assert base.resolve("Martian militiamen") is None
