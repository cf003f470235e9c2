"""The outlet base: coverage of the Sahel's outlets, resolution by any name, user files, validation."""

from __future__ import annotations

import pytest

from sitrep.errors import SitrepError
from sitrep.knowledge.outlets import OUTLET_KINDS, load_outlet_base, outlet_base


@pytest.fixture(scope="module")
def base():
    return load_outlet_base()


def test_at_least_80_profiled_outlets_of_every_kind_the_sahel_needs(base):
    assert len(base) >= 80
    kinds = {o.kind for o in base.outlets.values()}
    assert {"wire", "broadcaster", "national_press", "state_media", "government", "armed_group", "social_media",
            "ngo_un"} <= kinds
    assert kinds <= set(OUTLET_KINDS)
    for o in base.outlets.values():  # every shipped profile says what an analyst needs to weigh it
        assert o.kind and o.owner and o.ownership and o.source_scale, o.outlet_id


@pytest.mark.parametrize("name", ["AFP", "Reuters", "AP", "Anadolu", "Xinhua", "RFI", "France 24", "BBC", "VOA",
                                  "Al Jazeera", "DW", "TASS", "RT", "Sputnik Afrique", "Kyiv Post", "Ukrinform"])
def test_the_wires_broadcasters_russian_and_ukrainian_outlets_are_there(base, name):
    assert base.resolve(name) is not None, name


@pytest.mark.parametrize("country", ["ML", "BF", "NE"])
def test_each_sahel_country_has_state_and_private_press(base, country):
    local = [o for o in base.outlets.values() if o.country == country]
    assert any(o.ownership == "state" for o in local)
    assert any(o.ownership == "private" for o in local)


def test_armed_forces_and_armed_groups_channels_speak_for_their_actor(base):
    from sitrep.knowledge.actors import load_actor_base

    actors = load_actor_base()
    channels = [o for o in base.outlets.values() if o.kind in ("government", "armed_group") and o.actor]
    assert len(channels) >= 5
    for o in channels:
        assert o.actor in actors, (o.outlet_id, o.actor)


@pytest.mark.parametrize("text, expected", [
    ("Agence France Presse", "afp"), ("agence france-presse", "afp"), ("The Associated Press", "ap"),
    ("www.barrons.com", "barrons"), ("https://fr.sputniknews.africa/20260101/x.html", "sputnik-afrique"),
    ("@Kyivpost_official", "kyiv-post"), ("BelTA News Agency", "belta"), ("us.politsturm.com", "politsturm"),
    ("L’Essor", "lessor"), ("AIB", "aib"),
])
def test_names_credits_domains_and_handles_resolve(base, text, expected):
    assert base.resolve(text).outlet_id == expected


def test_state_affiliation_is_documented(base):
    rt, tass, kyiv, politsturm = (base.resolve(n) for n in ("RT", "TASS", "Kyiv Post", "Politsturm"))
    assert (rt.ownership, rt.owner_country) == ("state", "RU")
    assert (tass.ownership, tass.owner_country) == ("state", "RU")
    assert (kyiv.ownership, kyiv.country) == ("private", "UA")
    assert politsturm.kind == "partisan" and politsturm.ownership == "party"


def test_an_unknown_outlet_is_kept_by_name_without_a_kind(base):
    assert base.resolve("Radio Tinariwen Libre") is None
    o = base.profile("Radio Tinariwen Libre")
    assert o.name == "Radio Tinariwen Libre" and o.kind is None and not o.known


def test_users_add_and_override_outlets_with_sitrep_outlets(tmp_path, monkeypatch):
    user = tmp_path / "mine.yaml"
    user.write_text("outlets:\n"
                    "  - id: radio-tinariwen\n    name: Radio Tinariwen Libre\n    domains: [tinariwen-libre.org]\n"
                    "    country: ML\n    kind: local_press\n    ownership: private\n    owner: a cooperative\n"
                    "    source_scale: Subnational\n"
                    "  - id: rt\n    name: RT\n    kind: state_media\n    ownership: state\n    owner_country: RU\n"
                    "    owner: ANO TV-Novosti\n    source_scale: International\n", encoding="utf-8")
    monkeypatch.setenv("SITREP_OUTLETS", str(user))
    base = outlet_base()
    assert base.resolve("tinariwen-libre.org").name == "Radio Tinariwen Libre"
    assert base.resolve("RT").owner == "ANO TV-Novosti"  # the user's entry replaces the shipped one
    assert base.origins["radio-tinariwen"] == str(user)
    assert len(base) == len(load_outlet_base()) + 1


@pytest.mark.parametrize("body, why", [
    ("outlets:\n  - id: x\n    name: X\n    kind: blog\n", "kind"),
    ("outlets:\n  - id: X Y\n    name: X\n", "slug"),
    ("outlets:\n  - id: x\n    name: X\n    colour: red\n", "unknown keys"),
    ("outlets:\n  - id: x\n    name: X\n    source_scale: Huge\n", "source_scale"),
    ("people: []\n", "top level"),
])
def test_a_bad_outlet_file_fails_with_a_clear_error(tmp_path, body, why):
    bad = tmp_path / "bad.yaml"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(SitrepError) as exc:
        load_outlet_base([bad])
    assert exc.value.code.value == "E_INVALID"
    assert str(bad) in exc.value.message and why.split()[0] in exc.value.message
