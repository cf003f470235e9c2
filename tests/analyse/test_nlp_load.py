"""Loading spaCy for less: its import without its command-line interface, and the model's tokenizer
filled once (with the dash infixes) instead of three times.  Both must leave spaCy exactly as the
ordinary path does: the same tokenizer state, the same tokens, and the real ``spacy.cli`` for
whoever asks for it later in the process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

CLI_MODULES = ("spacy.cli", "typer", "weasel", "requests")


def _fresh(script: str) -> dict:
    """Run ``script`` (which prints one JSON line last) in a new interpreter, spaCy not yet imported."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_spacy_is_imported_without_its_cli_which_stays_importable():
    found = _fresh(f"""
        import json, sys
        import sitrep.analyse.nlp
        import spacy
        before = [m for m in {CLI_MODULES!r} if m in sys.modules]
        placeholder_attr = hasattr(spacy, "cli")
        from spacy import cli
        print(json.dumps({{"before": before, "attr": placeholder_attr, "download": hasattr(cli, "download"),
                          "after": [m for m in {CLI_MODULES!r} if m in sys.modules],
                          "info": spacy.info()["spacy_version"] == spacy.__version__}}))
    """)
    assert found["before"] == [] and found["attr"] is False
    assert found["download"] and "spacy.cli" in found["after"]  # the real package, imported on request
    assert found["info"]  # spacy.info forwards to the real function


def test_a_spacy_that_needs_more_of_its_cli_is_imported_whole():
    """The placeholder offers only ``info``: when the import needs more, spaCy is imported the
    ordinary way and nothing of the attempt is left behind."""
    found = _fresh("""
        import json, sys, types
        from sitrep.analyse import spacy_import

        def lacking():  # as if spaCy's __init__ wanted something the placeholder lacks
            cli = types.ModuleType("spacy.cli"); cli.__path__ = []
            return {"spacy.cli": cli, "spacy.cli.info": types.ModuleType("spacy.cli.info")}

        spacy_import._placeholders = lacking
        spacy = spacy_import.import_spacy()
        from spacy.language import Language
        print(json.dumps({"real_cli": hasattr(sys.modules["spacy.cli"], "download"),
                          "info": callable(spacy.info), "language": Language.__name__}))
    """)
    assert found == {"real_cli": True, "info": True, "language": "Language"}


def test_registries_see_the_same_entry_points_filed_by_group():
    """catalogue gets the entry points as a dict of groups: each group holds what ``select`` gave,
    in its order, registry lookups still find them, and nothing asks for the deprecated dict API."""
    found = _fresh("""
        import json, warnings
        warnings.simplefilter("error", DeprecationWarning)
        import catalogue
        before = catalogue.AVAILABLE_ENTRY_POINTS
        groups = sorted(before.groups)
        selected = {g: [(e.name, e.value) for e in before.select(group=g)] for g in groups}
        import sitrep.analyse.nlp
        import srsly
        after = catalogue.AVAILABLE_ENTRY_POINTS
        filed = {g: [(e.name, e.value) for e in after.get(g, [])] for g in groups}
        decoders = sorted(srsly.msgpack_decoders.get_all())
        print(json.dumps({"dict": type(after) is dict, "same": filed == selected and sorted(after) == groups,
                          "groups": len(groups), "decoders": decoders}))
    """)
    assert found["dict"] and found["same"] and found["groups"] > 0
    assert "numpy" in found["decoders"]  # srsly's registry, read through the filed groups


@pytest.fixture(scope="module")
def both_ways():
    import importlib

    from sitrep.analyse import nlp
    from sitrep.config import Settings

    package = Settings().spacy_model
    ordinary = importlib.import_module(package).load()
    nlp._split_dashes(ordinary)
    return nlp._load_model(package), ordinary


def test_the_tokenizer_filled_once_equals_the_ordinary_load(both_ways):
    fast, ordinary = both_ways
    assert fast.pipe_names == ordinary.pipe_names
    assert fast.tokenizer.to_bytes(exclude=["vocab"]) == ordinary.tokenizer.to_bytes(exclude=["vocab"])
    assert len(fast.tokenizer.rules) == len(ordinary.tokenizer.rules) > 1000  # the special cases are in


@pytest.mark.parametrize("text", [
    "Members of the Alliance of Sahel States (AES)—immediately after, they didn't stay in ECOWAS.",
    "Soldiers in Niger—members of the army—didn't say whether they'd returned to Gao.",
    "The U.S. embassy in Bamako, Mali, said on Tue. that 12 people – mostly herders – were killed.",
])
def test_the_same_tokens_and_dashes_split(both_ways, text):
    fast, ordinary = both_ways
    tokens = [t.text for t in fast.tokenizer(text)]
    assert tokens == [t.text for t in ordinary.tokenizer(text)]
    assert "—" in tokens or "–" in tokens  # the dash is a token of its own
    assert any(t in tokens for t in ("did", "U.S.", "'d"))  # special cases still apply
