"""Write ``event_train_fr.tsv``: French news-style training snippets for the event classifier.

The French twin of ``gen_event_train.py``: every sentence is our own writing, templates per label
written from ACLED's codebook definitions (and CASE 2021's five extra types) in the register of Sahel
outlets, filled from small vocabulary lists with a fixed seed so the file is reproducible. ``NONE``
rows are commentary and background that report no event. The French CASE test snippets
(tests/data/fr/snippets_fr.tsv) are written separately and never copied here.

Run: ``python tools/gen_event_train_fr.py`` (rewrites src/sitrep/analyse/data/event_train_*.tsv).
"""

from __future__ import annotations

import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "analyse" / "data" / "event_train_fr.tsv"
PER_LABEL = 24

V = {
    "army": ["l'armée", "les forces armées", "les soldats", "les forces de défense et de sécurité", "les militaires",
             "les troupes gouvernementales", "l'armée nationale", "une unité de l'armée", "la garde nationale",
             "les forces spéciales"],
    "rebels": ["des rebelles", "des jihadistes", "des hommes armés", "des terroristes", "un groupe armé",
               "des insurgés", "des combattants séparatistes", "des assaillants", "des éléments de la milice",
               "des individus armés non identifiés"],
    "civ": ["des civils", "des villageois", "des cultivateurs", "des habitants", "des femmes et des enfants",
            "des fidèles", "des commerçants", "des bergers", "des déplacés", "des passagers"],
    "police": ["la police", "les forces de l'ordre", "les policiers", "la gendarmerie", "les agents anti-émeute"],
    "crowd": ["des manifestants", "des centaines de personnes", "des étudiants", "des partisans de l'opposition",
              "des travailleurs", "des habitants", "des enseignants", "des femmes", "des jeunes", "des commerçants"],
    "place": ["le village de Karou", "Doumba", "la commune de Méséta", "le cercle de Loua", "la ville d'Arlane",
              "Bensi", "la localité frontalière de Tarik", "la région de Kofa", "les environs de Vélan",
              "la capitale", "la ville de Rouma", "Sidi Tel", "la zone des trois frontières", "le port de Haldor",
              "un poste près de Ribo", "le cercle de Nyala"],
    "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "la semaine dernière",
            "dans la nuit de samedi à dimanche", "mardi dernier", "le week-end dernier", "hier", "le 3 mars",
            "ce matin", "il y a trois jours"],
    "n": ["deux", "trois", "quatre", "cinq", "six", "sept", "12", "15", "23", "au moins 9", "des dizaines de",
          "plusieurs", "plus de 30", "au moins 40", "une dizaine de", "une vingtaine de"],
    "gov": ["le gouvernement", "le ministère de la Défense", "le ministère de la Sécurité", "la junte",
            "le conseil des ministres", "le président de la Transition", "les autorités", "le gouverneur"],
    "group": ["le Front de libération", "le Mouvement du peuple", "l'Alliance du Nord", "la Coalition pour la justice",
              "l'Armée du salut national", "la milice d'autodéfense", "le mouvement séparatiste"],
}

T: dict[str, list[str]] = {
    "ARMED_CLASH": [
        "De violents affrontements ont opposé {army} à {rebels} près de {place} {day}.",
        "{rebels} ont attaqué un poste militaire à {place} {day} ; {army} ont riposté.",
        "Un convoi de l'armée est tombé dans une embuscade tendue par {rebels} près de {place}, faisant {n} morts.",
        "Des échanges de tirs nourris ont eu lieu entre {army} et {rebels} dans {place} {day}.",
        "{army} ont repoussé une attaque de {rebels} contre leur camp de {place}, neutralisant {n} assaillants.",
        "Des combats ont éclaté {day} entre deux groupes armés rivaux pour le contrôle d'un site d'orpaillage près de {place}.",
        "Une patrouille a été accrochée par {rebels} à la sortie de {place} {day}, selon une source sécuritaire.",
    ],
    "GOV_REGAINS_TERIT": [
        "{army} ont repris le contrôle de {place} {day} après le retrait de {rebels}.",
        "L'armée a annoncé avoir libéré {place}, tenue depuis des mois par {rebels}.",
        "Les troupes gouvernementales ont reconquis {place} {day}, a indiqué l'état-major.",
        "{place} est de nouveau sous le contrôle de l'armée après une offensive lancée {day}.",
        "Les forces armées ont repris la localité de {place} aux jihadistes {day}.",
    ],
    "NON_STATE_ACTOR_OVERTAKES_TER": [
        "{rebels} se sont emparés de {place} {day} après le départ des militaires.",
        "{place} est tombée aux mains des rebelles {day}, selon des habitants.",
        "{group} a pris le contrôle du camp militaire de {place} {day}.",
        "Les jihadistes ont pris la ville de {place} {day} et y ont hissé leur drapeau.",
        "Des combattants séparatistes contrôlent désormais {place}, ont rapporté des sources locales {day}.",
    ],
    "AIR_STRIKE": [
        "Des frappes aériennes ont visé des positions de {rebels} près de {place} {day}, tuant {n} personnes.",
        "Un drone de l'armée a frappé un rassemblement de {rebels} à {place} {day}.",
        "L'aviation militaire a bombardé {place} {day}, selon des témoins.",
        "Une frappe de drone a fait {n} morts parmi {civ} à {place} {day}.",
        "Les vecteurs aériens ont neutralisé plusieurs terroristes lors de raids aériens sur {place}.",
    ],
    "ART_MISS_ATTACK": [
        "Des obus de mortier sont tombés sur {place} {day}, blessant {n} civils.",
        "{rebels} ont tiré des roquettes sur le camp de {place} {day}.",
        "Des tirs d'artillerie ont visé les environs de {place} {day}.",
        "Le camp militaire de {place} a essuyé des tirs indirects d'obus {day}.",
        "Plusieurs roquettes se sont abattues sur l'aéroport de {place} {day}, sans faire de victimes.",
    ],
    "REM_EXPLOS": [
        "Un véhicule de l'armée a sauté sur un engin explosif improvisé près de {place} {day}, tuant {n} soldats.",
        "Un bus a heurté une mine artisanale sur l'axe menant à {place}, faisant {n} morts.",
        "Une explosion d'engin piégé a visé un convoi près de {place} {day}.",
        "Une voiture piégée a explosé devant un poste de police à {place} {day}.",
        "Une charrette a sauté sur une mine à la sortie de {place} {day}.",
    ],
    "SUIC_BOMB": [
        "Un kamikaze s'est fait exploser devant le camp militaire de {place} {day}.",
        "Un attentat-suicide au véhicule piégé a visé la base de {place} {day}, faisant {n} morts.",
        "Deux kamikazes portant des ceintures d'explosifs ont attaqué un marché de {place}.",
        "Une attaque-suicide a frappé une mosquée de {place} {day}.",
    ],
    "GRENADE": [
        "Des inconnus ont lancé une grenade sur une patrouille de police à {place} {day}.",
        "Une grenade a explosé dans un marché de {place}, blessant {n} personnes.",
        "Un homme a jeté une grenade dans un bar de {place} {day}.",
        "L'explosion d'une grenade lancée contre un poste de contrôle a fait {n} blessés à {place}.",
    ],
    "CHEM_WEAP": [
        "Des victimes présentaient des symptômes d'exposition à un gaz toxique après l'attaque de {place}.",
        "Des armes chimiques auraient été utilisées contre {civ} à {place} {day}.",
        "Une attaque au chlore a été signalée à {place} {day}.",
        "Des habitants de {place} ont été intoxiqués par un agent chimique lors du bombardement.",
    ],
    "ATTACK": [
        "{rebels} ont tué {n} civils dans {place} {day}.",
        "Des hommes armés ont abattu le chef du village de {place} {day}.",
        "{n} villageois ont été exécutés par {rebels} à {place} {day}.",
        "Un massacre de {civ} a été perpétré à {place} {day}, selon un élu local.",
        "Des assaillants ont ouvert le feu sur {civ} au marché de {place} {day}.",
        "Un imam a été égorgé par des individus armés à {place} {day}.",
    ],
    "ABDUCT_DISSAP": [
        "{rebels} ont enlevé {n} civils sur la route de {place} {day}.",
        "Un enseignant a été enlevé à {place} {day} par des hommes armés.",
        "Des jihadistes détiennent en otage plusieurs passagers enlevés près de {place}.",
        "Le maire de {place} est porté disparu depuis son enlèvement {day}.",
        "Des hommes armés ont kidnappé des commerçants à {place} {day}.",
    ],
    "SEX_VIOL": [
        "Des femmes de {place} ont dénoncé des viols commis par {rebels} {day}.",
        "Des violences sexuelles contre des déplacées ont été signalées à {place}.",
        "Une jeune fille a été violée par des hommes armés près de {place} {day}.",
        "Des miliciens sont accusés d'agressions sexuelles sur des femmes à {place}.",
    ],
    "PEACE_PROTEST": [
        "{crowd} ont manifesté pacifiquement à {place} {day} contre l'insécurité.",
        "{crowd} ont organisé une marche pacifique à {place} {day} pour réclamer le retour de l'électricité.",
        "Un sit-in a été organisé devant le gouvernorat de {place} {day} par {crowd}.",
        "Les enseignants de {place} ont observé une grève {day} pour réclamer leurs salaires.",
        "Brandissant des pancartes, {crowd} sont descendus dans la rue à {place} {day}.",
    ],
    "PROTEST_WITH_INTER": [
        "{police} ont dispersé à coups de gaz lacrymogènes une manifestation de {crowd} à {place} {day}.",
        "Plusieurs manifestants ont été interpellés lors d'un sit-in à {place} {day}.",
        "La marche de {crowd} a été empêchée par {police} à {place} {day}.",
        "Un rassemblement de l'opposition a été dispersé par {police} à {place} {day}.",
    ],
    "FORCE_AGAINST_PROTEST": [
        "{police} ont ouvert le feu sur des manifestants à {place} {day}, tuant {n} personnes.",
        "Des manifestants pacifiques ont été tués par balles réelles à {place} {day}.",
        "{police} ont matraqué des manifestants qui marchaient pacifiquement à {place} {day}.",
        "Au moins {n} manifestants ont été blessés par des tirs des forces de l'ordre à {place}.",
    ],
    "VIOL_DEMONSTR": [
        "Des jeunes en colère ont brûlé des pneus et jeté des pierres sur {police} à {place} {day}.",
        "La manifestation a dégénéré en émeute à {place} {day} : des bâtiments publics ont été incendiés.",
        "Des émeutiers ont saccagé la mairie de {place} {day}.",
        "Des manifestants ont caillassé des véhicules et incendié un commissariat à {place} {day}.",
    ],
    "MOB_VIOL": [
        "Un voleur présumé a été lynché par une foule à {place} {day}.",
        "Une foule en colère a battu à mort un homme accusé de sorcellerie à {place}.",
        "Un suspect a été victime de la justice populaire à {place} {day}.",
        "Des habitants ont passé à tabac deux hommes soupçonnés de vol à {place} {day}.",
    ],
    "AGREEMENT": [
        "Les belligérants ont signé un accord de cessez-le-feu à {place} {day}.",
        "{gov} et {group} ont conclu un accord de paix {day}.",
        "Un échange de prisonniers a eu lieu entre l'armée et les rebelles {day} à {place}.",
        "Les deux camps se sont entendus sur une trêve à {place} {day}.",
    ],
    "ARREST": [
        "{army} ont arrêté {n} suspects lors d'une opération à {place} {day}.",
        "Un journaliste a été interpellé par la police à {place} {day}.",
        "Un responsable de l'opposition a été placé en garde à vue {day} à {place}.",
        "La gendarmerie a appréhendé plusieurs présumés terroristes à {place} {day}.",
        "Un ancien ministre a été arrêté {day} et écroué à {place}.",
    ],
    "CHANGE_TO_GROUP_ACT": [
        "{group} a annoncé sa dissolution {day}.",
        "Les mouvements armés ont annoncé leur fusion au sein d'une nouvelle coalition {day}.",
        "{group} a désigné un nouveau chef {day} à {place}.",
        "{army} ont déployé des renforts à {place} {day}.",
        "{gov} a suspendu les activités des partis politiques {day}.",
        "Le groupe de mercenaires a annoncé son retrait du pays {day}.",
    ],
    "DISR_WEAP": [
        "{army} ont désamorcé un engin explosif improvisé près de {place} {day}.",
        "Une importante cache d'armes a été découverte à {place} {day}.",
        "La douane a saisi des armes et des munitions à {place} {day}.",
        "La défense antiaérienne a intercepté un drone au-dessus de {place} {day}.",
        "Une équipe de déminage a neutralisé des mines sur la route de {place}.",
    ],
    "HQ_ESTABLISHED": [
        "{army} ont installé une nouvelle base militaire à {place} {day}.",
        "{group} a établi son quartier général à {place}.",
        "Les jihadistes ont installé un camp d'entraînement près de {place}.",
        "Un nouveau poste de commandement a été ouvert à {place} {day}.",
    ],
    "PROPERTY_DISTRUCT": [
        "{rebels} ont pillé et incendié des boutiques à {place} {day}.",
        "Des hommes armés ont mis le feu à des greniers à {place} {day}.",
        "Un pont a été dynamité près de {place} {day}, coupant la route nationale.",
        "Des maisons ont été incendiées et du bétail emporté à {place} {day}.",
        "L'antenne téléphonique de {place} a été sabotée {day}.",
    ],
    "NON_VIOL_TERRIT_TRANSFER": [
        "La mission onusienne a remis le camp de {place} aux autorités {day}.",
        "Les troupes étrangères ont quitté la base de {place} {day}, qui a été rétrocédée à l'armée.",
        "{rebels} sont entrés dans {place} sans combat après le départ des militaires.",
        "Les soldats ont évacué la localité de {place} sans résistance {day}.",
    ],
    "OTHER": [
        "{rebels} imposent un blocus à {place} depuis plusieurs semaines.",
        "{gov} a instauré un couvre-feu à {place} {day}.",
        "L'état d'urgence a été décrété dans la région de {place} {day}.",
        "La ville de {place} est assiégée par les jihadistes.",
    ],
    "ORG_CRIME": [
        "La police a démantelé un réseau de trafiquants de drogue à {place} {day}.",
        "Des bandits armés ont braqué des commerçants sur la route de {place} {day}.",
        "Des coupeurs de route ont rançonné des voyageurs près de {place}.",
        "Une tonne de cannabis a été saisie à {place} {day}.",
    ],
    "NATURAL_DISASTER": [
        "Des pluies torrentielles ont provoqué des inondations à {place} {day}.",
        "La crue du fleuve a détruit des centaines de maisons à {place}.",
        "Un feu de brousse a ravagé des champs près de {place} {day}.",
        "Une épidémie de choléra a fait {n} morts à {place}.",
    ],
    "MAN_MADE_DISASTER": [
        "Un accident de la circulation a fait {n} morts près de {place} {day}.",
        "Une pirogue a chaviré sur le fleuve à {place}, faisant {n} morts.",
        "Un immeuble s'est effondré à {place} {day}.",
        "Un incendie s'est déclaré au grand marché de {place} {day}.",
    ],
    "DIPLO": [
        "{gov} a rompu ses relations diplomatiques avec un pays voisin {day}.",
        "Le ministre des Affaires étrangères a reçu son homologue à {place} {day}.",
        "{gov} a expulsé l'ambassadeur d'un pays voisin {day}.",
        "Un sommet des chefs d'État s'est tenu à {place} {day}.",
    ],
    "ATTRIB": [
        "{group} a revendiqué l'attaque de {place} dans un communiqué {day}.",
        "{gov} a imputé l'attentat de {place} aux jihadistes.",
        "Le groupe jihadiste a revendiqué l'enlèvement survenu à {place}.",
        "Les autorités accusent {group} d'être derrière l'attaque de {place}.",
    ],
    "NONE": [
        "Selon des analystes, le conflit trouve ses racines dans des décennies de marginalisation de {place}.",
        "Le pays traverse une crise sécuritaire depuis plus d'une décennie.",
        "La situation à {place} était calme mais tendue, selon des observateurs.",
        "La région regorge d'or, de lithium et d'uranium.",
        "Les humanitaires craignent une dégradation de la situation à {place}.",
        "{gov} a fait de la restauration de l'intégrité territoriale sa priorité.",
        "L'insécurité s'est étendue du nord vers le centre du pays ces dernières années.",
        "Les habitants de {place} disent craindre les mois à venir.",
        "Le mandat de la mission expire à la fin de l'année.",
        "Les élections ont été reportées à plusieurs reprises depuis le coup d'État.",
        "Le groupe est considéré comme l'un des plus actifs de la région.",
        "Suivez notre couverture pour les dernières informations.",
        "Le ministre est attendu à {place} le mois prochain.",
        "Des millions de personnes ont besoin d'une aide humanitaire, selon l'ONU.",
    ],
}


# a force on the move, the French twin of the English convoys that "arrived in" a town: ACLED codes a force's
# movement as a change to its activity, and without these the French sentence of an arrival fell to the violent
# labels of the convoys ambushed or mined above.  Drawn from a stream of their own after the table's rows, so
# that the rows before them regenerate unchanged.
MOVES = [
    "Un convoi de {army} est arrivé à {place} {day}.",
    "Des renforts de {army} sont arrivés à {place} {day}, en provenance de la capitale.",
    "Une colonne de {army}, partie de la capitale, est arrivée à {place} {day}.",
    "Le redéploiement de {army} vers {place} s'est achevé {day}.",
    "Un important dispositif de {army} a fait mouvement vers {place} {day}.",
]
MOVES_PER_LABEL = 10


def _tidy(text: str) -> str:
    text = text[0].upper() + text[1:]
    text = text.replace("de le ", "du ").replace("à le ", "au ").replace("à les ", "aux ").replace("de les ", "des ")
    return text.replace("de des ", "de ").replace("de un ", "d'un ").replace("de une ", "d'une ")


def moves(seed: int = 11) -> list[tuple[str, str]]:
    """``MOVES_PER_LABEL`` distinct sentences of a force's movement, labelled a change to its activity."""
    rng = random.Random(seed)
    seen: list[str] = []
    for _ in range(MOVES_PER_LABEL * 6):
        text = _tidy(rng.choice(MOVES).format(**{k: rng.choice(v) for k, v in V.items()}))
        if text not in seen:
            seen.append(text)
        if len(seen) >= MOVES_PER_LABEL:
            break
    return [("CHANGE_TO_GROUP_ACT", t) for t in seen]


def generate(seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    rows: list[tuple[str, str]] = []
    for label, templates in T.items():
        seen: set[str] = set()
        for _ in range(PER_LABEL * 6):
            if len(seen) >= PER_LABEL:
                break
            t = rng.choice(templates)
            text = t.format(**{k: rng.choice(v) for k, v in V.items()})
            text = _tidy(text)
            if text not in seen:
                seen.add(text)
                rows.append((label, text))
    return rows + moves()


def main() -> None:
    from event_templates import write_rows  # run as a script from this folder, like its English twin

    write_rows(generate(), OUT)


if __name__ == "__main__":
    main()
