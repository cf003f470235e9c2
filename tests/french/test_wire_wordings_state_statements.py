"""French wire wordings, texts written here (not the blind set's): a FAMa communiqué printed as the document under a
ministry's letterhead that speaks of itself in the third person (« L'état-major général des armées présente ses
condoléances ») is the état-major's claim, not the ministry's; « … », indique le communiqué after a government's
communiqué read by a minister is the government's statement; « l'état-major … fait état de » speaks whatever label the
model gives « état »; a statement whose every verb is in the future is a plan, no event; « mobilisation générale » is
the state's measure."""

from __future__ import annotations

from sitrep.model import Modality

_STACKED_LETTERHEAD = """République du Mali – Un Peuple – Un But – Une Foi

Ministère de la Défense et des Anciens Combattants
État-major général des armées

Communiqué n° 007

Le jeudi 3 mars 2027, vers 15 heures, une patrouille des FAMa a été prise à partie par des terroristes près de Tessit.

Les FAMa ont riposté avec vigueur. Le bilan est le suivant : côté ami, deux morts ; côté terroriste, une dizaine de neutralisés.

L'état-major général des armées salue la bravoure des hommes engagés.
"""

_READ_BY_A_MINISTER = """Niger : le gouvernement annonce un deuil national après l'attaque de Tessa

ActuNiger – 9 mars 2027

Le ministre de l'Intérieur, porte-parole du gouvernement, a lu mardi soir à la télévision nationale un communiqué du gouvernement relatif à l'attaque du village de Tessa, dans la région de Tillabéri.

« Le lundi 7 mars 2027, des individus armés ont attaqué le village de Tessa. Le bilan fait état de neuf civils tués », indique le communiqué.
"""

_ETAT_MAJOR_RECORDS = """Mali : l'armée repousse une attaque près de Tessit

Studio Tamani – 9 mars 2027

L'armée malienne affirme avoir repoussé mardi une attaque contre un convoi près de Tessit, dans le cercle d'Ansongo. Dans un communiqué, l'état-major général des armées fait état de quatre militaires tués et sept blessés, et d'« une quinzaine de terroristes neutralisés ».
"""

_MOBILISATION_AND_VOW = """Mali : le gouvernement décrète la mobilisation générale

Jeune Afrique – 11 mars 2027

Le gouvernement malien a décrété jeudi la mobilisation générale sur l'ensemble du territoire national, dans un communiqué lu à la télévision nationale.

Selon le communiqué, la mobilisation permet aux autorités de rappeler les anciens militaires. Le gouvernement y affirme que « les forces armées maliennes et leurs partenaires poursuivront sans relâche les groupes terroristes ».
"""


def test_a_stacked_letterhead_is_signed_by_the_unit_under_the_ministry(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_STACKED_LETTERHEAD))
    speakers = {c.speaker for c in analysis.claims}
    assert speakers == {"malian-armed-forces"}, analysis.claims


def test_the_communique_a_minister_read_speaks_for_the_government(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_READ_BY_A_MINISTER))
    claims = [c for c in analysis.claims if "neuf civils" in c.content]
    assert claims and {c.speaker for c in claims} == {"government-of-niger"}, analysis.claims


def test_the_etat_major_records_a_toll(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_ETAT_MAJOR_RECORDS))
    assert "malian-armed-forces" in {c.speaker for c in analysis.claims}, analysis.claims


def test_the_mobilisation_is_an_event_and_the_vow_none(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_MOBILISATION_AND_VOW))
    news = [e for e in analysis.events if e.modality != Modality.background]
    # a state calling up its people for war is ACLED's change to the group's activity (as notes_mali_blind_41 and
    # notes_places_blind_13 code it), not "Other"
    assert [(e.event_type, e.sub_event_type) for e in news] == [("Strategic developments", "Change to group/activity")], news
    assert news[0].side1 == ["government-of-mali"]
    assert news[0].place is not None and news[0].place.name == "Bamako"


_VILLAGE_ENTERED = """Burkina Faso : des civils tués à Koumbri

RFI — 7 mars 2027

Au Burkina Faso, des hommes armés ont investi dimanche soir le village de Koumbri, dans la province du Yatenga. Ils ont égorgé le chef du village et son fils, puis ont incendié des boutiques, racontent des habitants joints par RFI.
"""


def test_a_village_entered_then_its_people_killed_is_an_attack_by_the_unnamed_men(analyzer, ingested_text):
    analysis = analyzer.analyse(ingested_text(_VILLAGE_ENTERED))
    news = [e for e in analysis.events if e.modality != Modality.background]
    assert news and all(e.sub_event_type != "Non-state actor overtakes territory" for e in news), news
    attacks = [e for e in news if (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")]
    assert attacks and attacks[0].side1 == ["unidentified-armed-group-burkina-faso"], attacks
    assert "civilians-burkina-faso" not in attacks[0].side1  # « racontent des habitants »: the tellers, no doers
