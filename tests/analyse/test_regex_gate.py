"""The literal gates that let the events and dates stages skip regex searches: a gate may only ever
reject a text its pattern cannot match (results unchanged), and it must reject most sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.analyse import regex_gate
from sitrep.analyse.dates import _rules as date_rules
from sitrep.analyse.events.classifier import cue_hits, load_cues
from sitrep.analyse.events.cues import rules as event_rules
from sitrep.analyse.regex_gate import fold_for_gate, needles

ROOT = Path(__file__).resolve().parents[2]

# case-folding corners of ``re.IGNORECASE`` and texts the cues are written for
TRICKY = [
    "BLEW HİMSELF UP in the market", "a \u212aIDNAPPING near Gao", "the ſiege of the town", "proteſters marched",
    "Air strikes hit Kidal", "AIRSTRIKES", "the drone-strike", "Demonstrators were dispersed with tear gas",
    "« Les manifestants ont été dispersés », a déclaré un élu.", "L'armée a repris le contrôle de la ville.",
    "Il y a trois jours, une attaque a fait 17 morts.", "On 3 March 2024, last week, yesterday.",
    "", " ", "x", "\u200bGunmen\u200b attacked\u200b", "\u202eGunmen attacked Kidal\u202c",
]


def _texts() -> list[str]:
    texts = list(TRICKY)
    for d in ("tests/data/articles", "tests/data/fr/articles", "examples/mali"):
        for p in sorted((ROOT / d).glob("*.txt")):
            body = p.read_text(encoding="utf-8")
            texts += [line for line in body.splitlines() if line.strip()]
            texts += re.split(r"(?<=[.!?])\s+", body)
    return texts


def _patterns() -> list[re.Pattern[str]]:
    out = []
    for lang in ("en", "fr"):
        out += [c.pattern for c in load_cues(lang)]
        out += list(event_rules(lang).values())
        out += [p for p, *_ in date_rules(lang)]
    return out


def test_a_gate_never_rejects_a_text_its_pattern_matches():
    texts = _texts()
    folded = [fold_for_gate(t) for t in texts]
    gated = rejected = 0
    for pattern in _patterns():
        gate = needles(pattern)
        if gate is None:
            continue
        gated += 1
        for text, f in zip(texts, folded):
            if not any(n in f for n in gate):
                rejected += 1
                assert pattern.search(text) is None, (pattern.pattern[:80], text[:80])
    # the gates are worth having: most patterns get one, and most texts are ruled out by it
    assert gated > 0.7 * len(_patterns())
    assert rejected > 0.7 * gated * len(texts)


def test_fold_maps_every_character_re_equates_with_an_ascii_letter():
    # re's own IGNORECASE view of the non-ASCII characters that match an ASCII letter
    equivalents = regex_gate._ascii_equivalents()
    assert {chr(c) for c in equivalents} >= {"\u212a", "\u0131", "\u0130", "\u017f"}
    for code, letter in equivalents.items():
        assert re.fullmatch(letter, chr(code), re.IGNORECASE)
        assert fold_for_gate(f"x{chr(code)}y") == f"x{letter}y"
    assert fold_for_gate("Tinzaouâtene KIDAL") == "tinzaouâtene kidal"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bgrenades?\b", {"grenade"}),
        (r"\bmerg(?:ed|er|e)\b", {"merge"}),  # cut to MAX_NEEDLE and deduplicated
        (r"\bair ?strikes?\b|\bwarplanes?\b", {"strike", "warplan"}),  # the rarer literal of a branch
        (r"(?-i:\b[mM]arch\b)|\brally\b", {"march", "rally"}),
        (r"^(?:(?=.*\b(?:protest|rally))(?=.*\b(?:dispersed|tear ?gas)))", {"protest", "rally"}),
        (r"\b(?:toxic|poison(?:ous)?) gas\b(?!.*\bleak)", {"toxic", "poison"}),
        (r"\b\w+ing\b", {"ing"}),
        (r"\bdé(?:fense|mine)\b", {"fense", "mine"}),  # non-ASCII letters are left out, not guessed
    ],
)
def test_needles_are_the_literals_every_match_contains(pattern, expected):
    assert needles(re.compile(pattern, re.IGNORECASE)) == expected


@pytest.mark.parametrize(
    "pattern",
    [r"\b\w+in\b", r"(?:19|20)\d\d", r"\bde\b", r"[A-Z][a-z]+", r"\béta\w*", r"a|bcdef"],
)
def test_no_gate_when_no_literal_of_three_letters_is_required(pattern):
    assert needles(re.compile(pattern, re.IGNORECASE)) is None


def test_gated_cue_hits_equal_the_plain_searches():
    for lang in ("en", "fr"):
        for text in _texts()[:400]:
            plain: dict[str, tuple[float, str]] = {}
            for cue in load_cues(lang):
                m = cue.pattern.search(text)
                if m is not None:
                    w, phrase = plain.get(cue.label, (0.0, ""))
                    plain[cue.label] = (w + cue.weight, phrase or m.group(0) or cue.label)
            assert cue_hits(text, lang) == plain


def test_stored_needles_are_the_needles_found_and_a_later_process_loads_them(tmp_path, monkeypatch):
    """The date rules' and event rules' needles come from an artifact keyed by the patterns: the same
    needles, in the patterns' order, and a second lookup (another process) builds nothing."""
    from sitrep import artifacts
    from sitrep.analyse import dates
    from sitrep.analyse.events import cues

    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    for language in ("en", "fr"):
        patterns = [p for p, *_ in date_rules(language)]
        stored = regex_gate.stored_needles(f"date-rule-needles-{language}", patterns)
        assert stored == tuple(needles(p) for p in patterns) and any(stored)
        before = artifacts.built_here()
        assert regex_gate.stored_needles(f"date-rule-needles-{language}", patterns) == stored
        assert artifacts.built_here() == before
        assert dates._gates(language) == stored
        assert cues._rule_gates(language) == {n: needles(p) for n, p in event_rules(language).items()}
