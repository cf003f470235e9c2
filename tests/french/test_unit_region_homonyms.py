"""A homonym chosen by the region of the unit the story names: « Léré … cette commune du cercle de Niafunké » is the
Léré of the Timbuktu region, though GeoNames files the Niafunké cercle under Mopti's code (its seat Niafunké under
Timbuktu's) and Mopti has a Léré too."""

from __future__ import annotations

_TEXT = """Au Mali, l'attaque du camp de Léré ravive la peur

Le Monde Afrique – 11 avril 2034

« Nous avons entendu les premières détonations vers 5 heures du matin », raconte un élu de Léré, joint par téléphone.

L'attaque de dimanche contre le camp militaire de cette commune du cercle de Niafunké a coûté la vie à douze militaires, selon une source sécuritaire.
"""


def test_the_homonym_in_the_region_of_the_named_cercle(default_analyzer, ingested_text):
    analysis = default_analyzer.analyse(ingested_text(_TEXT))
    lere = [p for p in analysis.places if p.surface == "Léré"]
    assert lere and all(p.place_id == "gn:2454104" for p in lere), [(p.surface, p.place_id) for p in analysis.places]
