"""ACLED's own actor labels for Mali resolve in the shipped actor base, as ``sitrep eval acled`` resolves
a row's actor1 (the period dropped, the part before a colon tried): a label the base does not know fails
every row it codes, whatever the pipeline read (the Malian army's label failed a blind Mali file's rows)."""

from __future__ import annotations

import pytest

from sitrep.eval.notes import acled_name_variants
from sitrep.knowledge import load_actors


@pytest.fixture(scope="module")
def base():
    return load_actors()


def _resolve(base, label: str) -> str | None:
    for name in acled_name_variants(label):
        found = base.resolve(name)
        if found:
            return found[0]
    return None


@pytest.mark.parametrize("label, actor_id", [
    ("Military Forces of Mali (2021-)", "malian-armed-forces"),
    ("Military Forces of Mali (2012-2020)", "malian-armed-forces"),
    ("Military Forces of Mali (2021-) Air Force", "malian-armed-forces"),
    ("Dozo Communal Militia (Mali)", "dozo-militia"),
    ("Bambara Ethnic Militia (Mali)", "dozo-militia"),
    ("Dogon Ethnic Militia (Mali)", "dan-na-ambassagou"),
    ("Fulani Ethnic Militia (Mali)", "fulani-militia-mali"),
    ("Fula Ethnic Militia (Burkina Faso)", "fulani-militia-burkina-faso"),
    ("Police Forces of Mali (2021-)", "malian-police"),
    ("FLA: Azawad Liberation Front", "azawad-liberation-front"),
])
def test_acled_labels_for_mali_resolve(base, label, actor_id):
    assert _resolve(base, label) == actor_id


def test_fulani_militiamen_are_the_militia_of_the_documents_country(base):
    assert base.resolve("Fulani militiamen", countries={"ML"})[0] == "fulani-militia-mali"
    assert base.resolve("Fulani militiamen", countries={"BF"})[0] == "fulani-militia-burkina-faso"
    herders = base.resolve("Fulani herders", countries={"ML"})
    assert not herders or herders[0] != "fulani-militia-mali"  # herders are civilians
