"""Outlet, wire and publication date recognised at ingest from bylines, datelines, mastheads and urls.

The articles here are written for these tests (not taken from the dev sets): each exercises one pattern
that a whole class of news pages shares."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.build import build_document
from sitrep.knowledge.outlets import outlet_base

BODY = ("Gunmen attacked an army post near the town on Tuesday, killing three soldiers, security sources said.\n\n"
        "No group has claimed the attack. The army said it had launched search operations in the area.\n")
CORPS = ("Des hommes armés ont attaqué mardi un poste de l'armée près de la ville, tuant trois soldats, selon des sources "
         "sécuritaires.\n\nL'attaque n'a pas été revendiquée. L'armée a lancé des opérations de ratissage dans la zone.\n")


def doc(text: str):
    return build_document(text, source="test")


def test_dateline_credit_of_a_national_agency_is_both_wire_and_publisher():
    d = doc("Gao : un poste militaire attaqué\n\nAgence Nigérienne de Presse\n\n"
            f"Niamey, 12 mars 2026 (ANP) – {CORPS}")
    assert d.wire == "ANP"
    assert d.outlet == "Agence Nigérienne de Presse"
    assert d.published.date == dt.date(2026, 3, 12) and not d.published.is_estimate


def test_an_unknown_credit_in_a_dateline_is_kept_as_written():
    d = doc(f"Attack near Gao\n\nGAO, March 12, 2026 (Sahel Wire Service) - {BODY}")
    assert d.wire == "Sahel Wire Service"
    assert d.outlet == "Sahel Wire Service"  # nothing else names a publisher


def test_a_slash_credit_in_a_dateline_names_a_known_agency_only():
    d = doc(f"Army to escort convoys\n\n3 MAR 2026, 10:05\n\nMOSCOW, March 3. /TASS/. {BODY}")
    assert d.outlet == "TASS"
    d = doc(f"Army to escort convoys\n\n3 MAR 2026, 10:05\n\nGAO, March 3. /Some Blog/. {BODY}")
    assert d.outlet != "Some Blog"  # an unknown name between slashes is no credit convention


def test_a_syndicated_copy_keeps_the_host_from_its_url_and_the_wire_from_its_byline():
    d = doc(f"Three soldiers killed near Gao\n\nBy AFP - Agence France Presse\nMarch 12, 2026\n\n{BODY}\n"
            "© Agence France-Presse\n\nOriginal url: https://www.barrons.com/news/three-soldiers-killed-near-gao-1a2b3c\n")
    assert d.url.startswith("https://www.barrons.com/")
    assert d.outlet == "Barron's"
    assert d.wire == "AFP"


def test_avec_afp_credits_the_wire_and_the_masthead_names_the_outlet():
    d = doc(f"Mali : attaque près de Gao\n\nL'Essor\nPar la Rédaction avec AFP\n\nBamako, 03/09/2026 – {CORPS}")
    assert d.outlet == "L'Essor"
    assert d.wire == "AFP"
    assert d.published.date == dt.date(2026, 9, 3)  # day first, as French pages write it


def test_numeral_dates_follow_the_page_then_the_outlet_country():
    page = doc(f"Attack near Gao\n\nSahel Observer\nPublished: 19/05/2026 · Updated: 20/05/2026\n\n{BODY}")
    assert page.published.date == dt.date(2026, 5, 19)
    us = doc(f"Attack near Gao\n\nBy The Associated Press\n05/09/2026\n\n{BODY}")
    assert us.published.date == dt.date(2026, 5, 9)  # an outlet based in the US writes month first
    assert us.outlet == "The Associated Press" and us.wire == "AP"


def test_copyright_line_and_repeated_masthead_name_an_outlet_the_base_does_not_know():
    c = doc(f"Attaque près de Gao\n\n{CORPS}\n© Tombouctou Hebdo 2026\n")
    assert c.outlet == "Tombouctou Hebdo"
    r = doc(f"Attaque près de Gao\n\nKoulikoroInfo\n\n14 mars 2026\n\n{CORPS}\nKoulikoroInfo - l'information au quotidien.\n")
    assert r.outlet == "KoulikoroInfo"
    assert outlet_base().resolve(r.outlet) is None  # kept by name, no profile


def test_a_copyright_of_the_wire_is_a_credit_not_the_publisher():
    d = doc(f"Attack near Gao\n\n{BODY}\n© Agence France-Presse\n")
    assert d.outlet != "Agence France-Presse"


@pytest.mark.parametrize("file, outlet, wire, kind, camp", [
    ("000_cb035e35ea3c2cd6.txt", "The Moscow Times", "AFP", "national_press", "national press"),
    ("001_f6f6e2b19beb842d.txt", "Inter Bellum News", "BelTA", "national_press", "national press"),
    ("002_53a04284558ba361.txt", "Kyiv Post", "AFP", "national_press", "national press"),
    ("004_2c9252150f9b88b2.txt", "Politsturm", None, "partisan", "political movement site"),
])
def test_the_seeds_outlets_resolve_with_their_profiles(examples_dir, file, outlet, wire, kind, camp):
    from sitrep.coverage import camp as camp_of

    d = doc((examples_dir / file).read_text(encoding="utf-8"))
    assert d.outlet == outlet and d.wire == wire
    profile = outlet_base().resolve(d.outlet)
    assert profile.kind == kind and camp_of(profile) == camp
    if wire:
        w = outlet_base().resolve(d.wire)
        assert w.kind == "wire"
        assert camp_of(w) == ("Belarusian state media" if wire == "BelTA" else "wire agency")


def test_the_russian_state_media_piece_names_no_outlet_until_its_metadata_does(examples_dir):
    """The seed's text never names its publisher: it stays unidentified (no guess); given the page's
    url, as a feed or a JSON record carries it, the profile is Russian state media."""
    from sitrep.coverage import camp
    from sitrep.ingest.metadata import Given

    text = (examples_dir / "003_2b8c857fb8ef32bb.txt").read_text(encoding="utf-8")
    assert doc(text).outlet is None
    given = build_document(text, source="feed", givens=[Given(url="https://www.rt.com/africa/587135-mali-kidal-army/")])
    profile = outlet_base().resolve(given.outlet)
    assert given.outlet == "RT" and camp(profile) == "Russian state media"
