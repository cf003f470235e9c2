"""French vocabulary for dates, persons and places. Mirrors ``en``'s names (read through ``vocab("fr")``)."""

from __future__ import annotations

# month and weekday names are written in lower case
CAPITALISED_NAMES = False
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
           "quelques": 3, "plusieurs": 3}
ORDINAL_SUFFIX = r"(?:er|e)"
# order matters: longer phrases first ("avant-hier" before "hier", "le week-end dernier" before "le week-end")
RELATIVE = {
    r"avant-hier": ("day", -2),
    r"aujourd['’]hui|ce matin|cet après-midi|ce soir": ("day", 0),
    # (see ``en``'s "overnight": told in a report of a given day, the night that began the day before it)
    r"cette nuit": ("night_ended", 0),
    r"(?<!-)hier(?: soir| matin| après-midi)?|la nuit dernière": ("day", -1),
    # the end of the calendar week before the publication's (« en fin de semaine dernière »): its Friday to its Sunday
    r"(?:en\s+|à\s+la\s+)?fin\s+de\s+(?:la\s+)?semaine\s+(?:dernière|passée|précédente)": ("week_end", -1),
    # the weekend before the publication's week (in a Saturday's or a Sunday's paper, not that very weekend); « le
    # dernier week-end » alone too, not « le dernier week-end de juin » (``WEEKEND_OF_MONTH``)
    r"(?:le|du|au)\s+week-end\s+(?:dernier|passé|écoulé)|(?:le|du|au)\s+dernier\s+week-end(?!\s+(?:de|d['’]|du)\b)":
        ("weekend", -1),
    r"(?:pendant |durant |au cours du )?le week-end|ce week-end|en fin de semaine": ("weekend", 0),
    # the first or middle days of a calendar week (« en début de semaine »: Monday to Wednesday), not all of it
    r"(?:en|au)\s+(?:tout\s+)?début\s+de\s+(?:la\s+)?semaine\s+(?:dernière|passée|précédente)": ("week_start", -1),
    r"(?:en|au)\s+(?:tout\s+)?début\s+de\s+(?:la\s+|cette\s+)?semaine": ("week_start", 0),
    r"(?:en|au)\s+(?:plein\s+)?milieu\s+de\s+(?:la\s+)?semaine\s+(?:dernière|passée|précédente)": ("week_middle", -1),
    r"(?:en|au)\s+(?:plein\s+)?milieu\s+de\s+(?:la\s+|cette\s+)?semaine": ("week_middle", 0),
    # les sept jours jusqu'à l'écriture, non la semaine civile précédente (« ces sept derniers jours »)
    r"(?:ces|les|des)\s+(?:sept|7)\s+derniers\s+jours": ("trailing_days", 7),
    r"la semaine dernière|la semaine passée|la semaine écoulée": ("week", -1),
    r"cette semaine": ("week", 0),
    r"le mois dernier|le mois passé|le mois écoulé": ("month", -1),
    r"ce mois-ci|plus tôt ce mois|en début de mois": ("month", 0),
    r"l['’]année dernière|l['’]an dernier|l['’]année passée|l['’]an passé": ("year", -1),
    r"cette année|plus tôt cette année": ("year", 0),
}
AGO = r"il y a"
# see ``en``: « il y a une semaine jour pour jour », « il y a exactement un mois »
EXACT_BEFORE = r"exactement|précisément|tout\s+juste"
# (« il y a une semaine aujourd'hui »: the same weekday, as ``en``'s "a week ago today")
EXACT_AFTER = r"jour\s+pour\s+jour|aujourd['’]hui"
# see ``en``: « Après l'embuscade du 3 décembre 2023, les FAMa… », « Suite à l'attaque du 2 mai, … »
CAUSE_OPENING = (r"^\W*(?:(?:quelques|deux|trois|plusieurs)\s+(?:jours|semaines)\s+après|après|suite\s+à|à\s+la\s+suite\s+d[eu']|"
                 r"en\s+(?:représailles|réponse|riposte)\s+à|"
                 # ce qu'a déjà subi le sujet (« Déjà attaqué le 2 janvier, le village a de nouveau été visé le… »)
                 r"déjà|auparavant|précédemment|"
                 # see ``en``: « Bien que l'armée ait sécurisé la zone le 2 juin, … », « Visé à deux reprises en janvier, … »
                 r"bien\s+que|alors\s+que|même\s+si|malgré|en\s+dépit\s+d[eu']|(?:visée?s?|ciblée?s?|attaquée?s?|frappée?s?)\b[^,;:.]*?\b(?:deux\s+fois|"
                 r"à\s+(?:deux|plusieurs)\s+reprises|déjà|en|le))\b[^,;:.]*,")
# un décalage en avant depuis le jour que la phrase donne (« deux jours plus tard », « le lendemain »,
# « le surlendemain ») ; pas « au lendemain de l'attaque », « deux jours après le scrutin » (``told_offsets``)
AFTER_TOLD = (
    r"\b(?P<n>\d+|{num})\s+(?P<u>jours?|semaines?|(?<=\d\d\s)heures?)\s+(?:plus\s+tard\b|après\b"
    r"(?!\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|ce|cette|cet|de|du|des|d['’]|que|qu['’])))",
    r"\ble\s+(?:lendemain|(?P<second>surlendemain))\b(?!\s+(?:de|du|des|d['’]))",
    r"\b(?:le\s+jour|la\s+nuit)\s+suivante?\b",
    # see ``en``: « Le mardi suivant, ils sont revenus… », « le week-end suivant », « le samedi d'après »
    r"\ble\s+(?P<fw>{wd}|week-?end)\s+(?:suivant|d['’]après)\b",
    # see ``en`` (groupe ``thing``) : « Au lendemain de l'attaque, … », « Deux jours après l'embuscade, … »
    r"(?:^|(?<=[.!?]\s))(?P<n>\d+|{num})\s+(?P<u>jours?|semaines?)\s+(?P<thing>après)\s+"
    r"(?:le|la|les|l['’]|cette|ce|cet)\s*[\w-]+",
    r"(?:^|(?<=[.!?]\s))(?:au|le)\s+(?P<thing>(?P<second>sur)?lendemain)\s+(?:du|de\s+la|de\s+l['’]|des)\s*[\w-]+",
)
# see ``en``: « Le 11 mars 2024, un élu a indiqué que jeudi dernier… »
REPORT_CUE = (r"\b(?:(?:a|ont|avait|avaient)\s+(?:indiqué|déclaré|rapporté|annoncé|affirmé|confirmé|signalé|expliqué|"
              r"précisé|raconté|assuré|fait\s+savoir)|selon|d['’]après|rapportent|indiquent|affirment)\b")
# see ``en``: « Une semaine après l'attaque du 3 juin 2024 », « Au lendemain de l'embuscade du 14 août », « À la veille
# du référendum du 18 juin 2023 » (``thing_offsets``)
THING_OFFSETS = (
    r"\b(?P<n>\d+|{num})\s+(?P<u>jours?|semaines?|heures?|mois)\s+(?P<dir>après|avant)\b"
    r"(?=\s+(?:l['’]|la\b|le\b|les\b|un\b|une\b|son\b|sa\b|ses\b|leurs?\b))",
    # (« l'avant-veille du scrutin du 6 février », « au surlendemain de l'attaque du 3 mai »: two days, group ``second``)
    r"\b(?P<eve>(?P<second>avant-)?veille)\s+(?:de|du|des|d['’])",
    r"\b(?:au|le)\s+(?P<next>(?P<second>sur)?lendemain)\s+(?:de|du|des|d['’])",
)
AFTER_WORDS = ("après",)
# un décalage en arrière depuis le jour que la phrase donne (« trois jours plus tôt », « la veille ») ;
# pas « la veille du scrutin », « deux jours avant l'attaque »
BEFORE_TOLD = (
    # see ``en``: « Les corps ont été retrouvés samedi, deux jours après que des hommes armés les ont enlevés et tués »
    r"(?<=,\s)(?P<n>\d+|{num})\s+(?P<u>jours?|semaines?)\s+(?P<clause>après)(?=\s+qu(?:e\b|['’]))",
    r"\b(?P<n>\d+|{num})\s+(?P<u>jours?|semaines?|(?<=\d\d\s)heures?)\s+(?:plus\s+tôt\b|auparavant\b|avant\b"
    r"(?!\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|ce|cette|cet|de|du|des|d['’])))",
    # (not « la veille du scrutin », « la veille au marché »; but « la veille à Gorgadji », « la veille au soir »)
    # (« l'avant-veille »: two days back, as « le surlendemain » is two on)
    r"\bl['’](?P<second>avant-veille)\b(?!\s+(?:de|du|des|d['’]))",
    # see ``en``: « la semaine précédente », « la semaine d'avant » (not « la semaine précédant le scrutin »)
    r"\bla\s+(?P<u>semaine)\s+(?:précédente|d['’]avant)\b",
    r"\b(?:la\s+veille|la\s+nuit\s+précédente|le\s+jour\s+précédent)\b"
    r"(?!\s+(?:de|du|des|d['’]|au(?!\s+(?:soir|matin)\b)|à(?!\s+(?-i:[A-ZÀ-Þ0-9]))))",
    # le jour même qu'on vient de dire (groupe ``z``) : « plus tôt dans la journée », « le même jour »
    r"\b(?P<z>plus\s+tôt\s+dans\s+la\s+(?:journée|matinée)|(?:le|ce)\s+même\s+jour|le\s+jour\s+même)\b",
    # see ``en``: « Le scrutin s'est tenu le dimanche 30 juin. À la veille du vote, … » (groupe ``thing``)
    r"(?:^|(?<=[.!?]\s))(?:la|à\s+la|l['’])\s*(?P<thing>(?P<second>avant-)?veille)\s+(?:du|de\s+la|de\s+l['’]|des)\s*[\w-]+",
)
# les plages de jours (``date_ranges``) : une nuit d'abord (« dans la nuit du 4 au 5 mai » : le 4), puis
# « du 7 au 9 avril », « entre le 7 et le 9 avril », codées à leur premier jour
DAY_RANGES = (
    # « le week-end des 6 et 7 juillet », « le week-end du 6 au 7 juillet »: those two days, not the weekend counted from
    # the publication (« le week-end » alone); first: « du 6 au 7 juillet » alone is a range too
    (r"\bweek-?end\s+(?:des|du)\s+{d1}(?:\s+{m1})?\s+(?:et|au)\s+(?:le\s+)?{d2}\s+{m}(?:\s+{y})?", "range"),
    # a night told by its weekdays, its days in brackets (« dans la nuit de samedi à dimanche (11 au 12 janvier
    # 2025) »): the bracket's days date it, not the weekdays counted back from the publication
    # (first: « du 11 au 12 janvier » inside the bracket would otherwise be read apart as a range)
    (r"\bnuit\s+(?:de|du|entre)\s+{w}\s+(?:à|au|et)\s+{w}\s*[(,]\s*(?:du\s+)?{d1}(?:\s+{m1})?\s*(?:au|et|-|–|/)\s*"
     r"{d2}\s+{m}(?:\s+{y})?", "night"),
    # (each day may carry its weekday: « dans la nuit du samedi 28 au dimanche 29 mars »)
    # (« dans la nuit entre le 9 et le 10 octobre »: the same night, told by the two days it lies between)
    # (« dans la nuit de dimanche 7 à lundi 8 juillet »: the weekdays with their days)
    (r"\bnuit\s+(?:du|entre\s+le)\s+(?:{w}\s+)?{d1}(?:\s+{m1}{y1})?\s+(?:au|et\s+le)\s+(?:{w}\s+)?{d2}\s+{m}(?:\s+{y})?", "night"),
    (r"\bnuit\s+de\s+{w}\s+{d1}(?:\s+{m1}{y1})?\s+à\s+{w}\s+{d2}\s+{m}(?:\s+{y})?", "night"),
    (r"\b(?:du|entre\s+le)\s+(?:{w}\s+)?{d1}(?:\s+{m1}{y1})?\s+(?:au|et\s+le)\s+(?:{w}\s+)?{d2}\s+{m}(?:\s+{y})?", "range"),
    (r"\bles\s+{d1}(?:\s+{m1})?\s+(?:et|ou)\s+{d2}\s+{m}(?:\s+{y})?", "range"),  # « les 3 et 4 juin », « le 3 ou 4 »
    # « le 3 ou le 4 juin », and two days told each with its article (« le 21 et le 22 mars », « le samedi 2 et le
    # dimanche 3 mars »): one span on its first day, as « les 21 et 22 mars »
    (r"\ble\s+(?:{w}\s+)?{d1}(?:\s+{m1})?\s+(?:ou|et)\s+(?:le\s+)?(?:{w}\s+)?{d2}\s+{m}(?:\s+{y})?", "range"),
    # the days of two deeds named together (« les attaques du 2 et du 9 mars », « des 2 et 9 mars »): from the first to
    # the second (a span up to a month: the precision says how far apart they are)
    (r"\b(?:du|des)\s+(?:{w}\s+)?{d1}(?:\s+{m1})?\s+et\s+(?:du\s+)?(?:{w}\s+)?{d2}\s+{m}(?:\s+{y})?", "range"),
)
# the approximate day with the span it stands for (« vers le 10 juin 2022 (entre le 9 et le 11 juin) »)
AROUND_SPANS = (r"\b(?:vers\s+le|aux\s+alentours\s+du)\s+{dx}\s+{mx}(?:\s+{y})?\s*\(\s*entre\s+(?:le\s+)?{d1}(?:\s+{m1})?\s*"
                r"(?:-|–|et)\s*(?:le\s+)?{d2}\s+{m}\s*\)",)
# a day told by its number alone with a part of the day, the month being the story's (« dans la soirée du 12 »,
# « la nuit du 3 », « dans la matinée du mardi 3 »): the latest such day on or before the publication (``date_ranges``)
DAY_WITHOUT_MONTH = (r"\bnuit\s+du\s+(?:{w}\s+)?{d}\s+au\s+(?:{w}\s+)?\d\d?\b{notmonth}",  # « la nuit du 12 au 13 »: the 12th
                     # « le 12 courant », « le 12 du mois courant / en cours »: the 12th of this month
                     r"\ble\s+(?:{w}\s+)?{d}\s+(?:courant|du\s+mois\s+(?:courant|en\s+cours))\b",
                     r"\b(?:la\s+(?:soirée|matinée|nuit|journée|mi-journée)|l['’]après-midi|l['’]aube)\s+du\s+(?:{w}\s+)?{d}\b{notmonth}",
                     r"\ble\s+{w}\s+{d}\b{notmonth}(?!\s*(?:%|h\b|heures?|km|kilomètres|morts|personnes|soldats|civils))")
# the numeral dates of French copy, the day first (« le 17/03/2026 », « le 17-03-2026 », « 17.03.2026 ») (``dates``)
NUMERIC_DAY_FIRST = r"(?<![\d/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<mo>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d{2}|(?<=[0-3]\d/[01]\d/)\d{2})(?![\d/.-])"
WEEKDAY_NIGHTS = (r"\bnuit\s+(?:de|du)\s+{a}\s+(?:à|au)\s+{b}\b", r"\bnuit\s+entre\s+{a}\s+et\s+{b}\b")
# see ``en``: the bracketed day and month in figures ("(24/5)") of older English notes; no French note here writes
# them so, and a French rule would be an unmeasured change, so French reads none
NUMERIC_DAY_MONTH: tuple[str, ...] = ()
WEEK_OF = (r"\b(?P<n>première|deuxième|troisième|quatrième|dernière)\s+semaine\s+(?:du\s+mois\s+)?(?:de\s+|d['’])\s*{m}(?:\s+{y})?",)
WEEK_ORDINALS = {"première": 0, "deuxième": 1, "troisième": 2, "quatrième": 3, "dernière": -1}
# « le dernier vendredi de mai 2024 », « le premier lundi d'avril »: that weekday of the month (``date_ranges``)
WEEKDAY_OF_MONTH = (r"\b(?P<n>premier|deuxième|second|troisième|quatrième|dernier)\s+{a}\s+(?:du\s+mois\s+)?(?:de\s+|d['’])\s*{m}(?:\s+{y})?",)
WEEKDAY_ORDINALS = {"premier": 0, "deuxième": 1, "second": 1, "troisième": 2, "quatrième": 3, "dernier": -1}
# « la semaine se terminant le 10 mai 2024 », « la semaine qui s'est achevée le 10 mai »: see ``en``
WEEK_ENDING = (r"\bsemaine\s+(?:se\s+terminant|s['’]achevant|finissant|prenant\s+fin|allant\s+jusqu['’]au|"
               r"(?:qui\s+)?(?:s['’]est|se\s+termine|s['’]achève)\s*(?:terminée|achevée)?)\s+(?:le\s+)?(?:{w}\s+)?{d}\s+{m}(?:\s+{y})?",)
# « le dernier week-end de juin 2024 », « le premier week-end de mars »: see ``en``
WEEKEND_OF_MONTH = (r"\b(?P<n>premier|deuxième|second|troisième|quatrième|dernier)\s+week-?end\s+(?:du\s+mois\s+)?"
                    r"(?:de\s+|d['’])\s*{m}(?:\s+{y})?",)
UNITS = {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month", "an": "year",
         "ans": "year", "année": "year", "années": "year", "heure": "day", "heures": "day"}
# see ``en`` ("a fortnight"): French counts « quinze jours », which ``NUMBERS`` reads, so no unit is a multiple
# (but hours count in days: « 48 heures plus tôt » is two days back)
UNIT_MULTIPLES: dict[str, float] = {"heure": 1 / 24, "heures": 1 / 24}
# days French counts as weeks (« il y a quinze jours », « huit jours plus tôt »: two weeks, one week), and a count
# told roughly (« il y a une dizaine de jours »): the week around the day, as a count of weeks is (``told_offsets``)
DAYS_AS_WEEKS = {"quinze jours": 2, "huit jours": 1, "une quinzaine de jours": 2}
ROUGH_COUNTS = {"une dizaine de": 10, "une quinzaine de": 15, "une vingtaine de": 20, "une trentaine de": 30}
# words before a date that make it a deadline (resolved forward from the anchor)
FUTURE_CUES = {"avant", "jusqu'au", "prochain", "d'ici"}
BETWEEN = ("entre", "et")
DATE_PREPOSITIONS = {"en", "depuis", "dès", "jusqu'en", "avant", "après", "début", "fin", "mi", "le"}
# French puts a qualifying year after its noun (« la loi de finances 2018 »), where a preposition-less year may also
# be a date: no word before a year marks it a qualifier
YEAR_QUALIFIER_BEFORE: tuple[str, ...] = ()
# (so no deed noun after a year needs to keep it a date either: the French readings ask for none)
YEAR_DEED_NOUNS = r"(?!)"
# see ``en``: « jeudi dernier », « hier jeudi »
LAST_WEEKDAY = r"\b(?P<w>{wd})\s+(?:dernier|passé)\b"
YESTERDAY_WEEKDAY = r"\bhier\s*,?\s+(?P<w>{wd})\b"
# see ``en``: a night told by its second day alone has no French wording (« dans la nuit de samedi à dimanche » names
# both, read by the nights' own rules; « la nuit de dimanche » is Sunday's own night)
NIGHT_INTO = None
# see ``en``: « il y a deux samedis »
WEEKDAYS_AGO = r"\bil\s+y\s+a\s+(?P<n>\d+|{num})\s+(?P<w>{wd})s\b"
# see ``en``: « l'avant-dernier dimanche »
WEEKDAY_BEFORE_LAST = r"\bavant-dernier\s+(?P<w>{wd})\b"
# see ``en``: « ces trois derniers jours », « au cours des dix derniers jours »
TRAILING_DAYS = r"\b(?:ces|les|des|au\s+cours\s+des)\s+(?P<n>\d+|{num})\s+derniers\s+jours\b"
# see ``en``: « dans la nuit du 14 au 15 » (its month the report's)
NIGHT_ALONE = (r"\bnuit\s+du\s+(?P<d>[1-9]|[12]\d|3[01])(?:er)?\s+au\s+(?P<d2>[1-9]|[12]\d|3[01])(?:er)?\b"
               r"(?!\s+(?:{month}|(?:19|20)\d\d)\b)")
# see ``en``: « le 12 courant », « le 3 de ce mois », « le 3 du mois en cours »: a day of the report's month
DAY_ALONE = r"\ble\s+(?P<d>[1-9]|[12]\d|3[01])(?:er)?\s+(?:courant|de\s+ce\s+mois|du\s+mois(?:\s+en\s+cours)?)(?!\s+(?:de|d['’]))\b"
TITLES = {"colonel", "général", "lieutenant", "capitaine", "commandant", "président", "ministre", "m", "mme",
          "porte-parole", "chef", "cheikh", "imam"}
# patronymic particles inside names ("Mossa Ag Inzoma"): a name with one is a person
PERSON_PARTICLES = {"ag", "ould", "ben", "ibn", "abou"}
ROLE_WORDS = {"porte-parole": "spokesman", "chef": "leader", "dirigeant": "leader", "commandant": "commander",
              "membre": "member", "responsable": "official", "ministre": "minister", "président": "president"}
AFFILIATION_LINKS = {"de", "du", "des"}
LOCATIVE_PREPOSITIONS = {"à", "a", "au", "aux", "en", "dans", "près", "vers", "de", "du", "depuis", "entre"}
# verbs whose object is usually a place ("control Tinzawatene")
PLACE_VERBS = {"contrôler", "prendre", "reprendre", "attaquer", "entrer", "libérer", "quitter", "encercler"}
BEARING_WORDS = {"environs", "nord", "sud", "est", "ouest", "km", "kilomètres"}
NEAR_WORDS = {"près", "vers"} | BEARING_WORDS
# see ``en``: French notes write the official names already (« la région du Nord », « le Centre-Est »)
AREA_COMPASS: dict[str, str] = {}
COMPASS = {"nord", "sud", "est", "ouest", "centre"}
REGION_WORDS = {"région", "province", "cercle", "commune", "département", "zone"}
# see ``en``: "un village proche de Diafarabé", "à 45 km au sud-est de Douentza"
PIN_NEAR = (r"(?:près\s+d[e'’]|proche\s+d[e'’]|non\s+loin\s+d[e'’]|à\s+proximité\s+d[e'’]|aux\s+environs\s+d[e'’]|"
            r"dans\s+les\s+environs\s+d[e'’]|à\s+la\s+périphérie\s+d[e'’]|dans\s+la\s+zone\s+d[e'’])"
            r"(?:\s*(?:la\s+)?(?:ville|localité|commune|village)\s+d[e'’])?")
# see ``en``: the words that hedge a stated distance (« à près de 15 km de Y », « à moins de 10 km de Y »)
DISTANCE_HEDGE = r"(?:environ|quelque|près\s+de|presque|à\s+peine|moins\s+de|plus\s+de|une\s+distance\s+d['’]environ)"
# « X, un village situé à 12 km à l'est de Y »
PIN_DISTANCE = (rf"(?:(?:un|une|le|la)\s+(?:petit\s+)?(?:village|hameau|localité)\s*,?\s+)?(?:situé[e]?\s+)?(?:à\s+)?(?:{DISTANCE_HEDGE}\s+)?(?P<km>\d+(?:[.,]\d+)?)\s*(?:km|kilomètres)"
                r"(?:\s+(?:au|à\s+l['’])\s*[\w-]+)?\s+d[e'’u](?:\s*(?:la\s+)?(?:ville|localité|commune|village)\s+d[e'’])?")
# see ``en``: "le village de X, dans la commune de Y", « X, rattaché à la commune rurale de Y »
PIN_WITHIN = (r"(?:(?:un\s+)?(?:village|hameau|localité)\s+)?(?:dans|de|(?:rattachée?s?|relevant|dépendant)\s+(?:de|à))\s+(?:la\s+(?:commune|ville|localité)(?:\s+rurale|\s+urbaine)?|le\s+département)\s+d[e'’]")
# see ``en``: « ont fui vers X », « évacués vers X », « en route vers X », « de X à Y » pour Y; « à » right
# after the verb only (« ont fui les combats à X » is where the fighting was)
# (an elided « d' » is glued to its name: « en provenance d'Anefis », « à destination d'Ansongo »)
JOURNEY_BEFORE = (r"(?:\ben\s+provenance\s+d[eu'’]|\bà\s+destination\s+d[eu'’]|\ben\s+direction\s+d[eu'’]|\ben\s+route\s+(?:vers|pour)"
                  r"|\b(?:fu[iy]\w*|réfugi\w*|déplacé\w*|évacu\w*|transf[ée]r\w*|transporté\w*|emmen\w*|achemin\w*|ramen\w*|"
                  r"repli\w*|rendai\w*|rendant|dirigeai\w*|dirigeant)\s+(?:(?:[\w'’-]+\s+){0,3}?vers|à|au|aux|dans)"
                  r"|\b(?:inhum|enterr)\w*\s+(?:(?:[\w'’-]+\s+){0,2}?)(?:à|au|dans)"
                  r"|\bcondui(?:t|ts|te|tes|re|sent)\s+(?:à|au|vers)|\b(?:rallier|rejoindre|atteindre|regagner)|\bde\s+(?-i:[A-ZÀ-Þ])[\w'’-]*\s+(?:à|au|vers)|\bquitt\w*\s+(?-i:[A-ZÀ-Þ])[\w'’-]*\s+(?:pour|vers)|\barrivé\w*\s+(?:à|au|dans)|\bvers)"
                  r"(?:(?<=['’])|\s+)(?:la\s+|le\s+|l['’]\s*)?(?:(?:(?-i:[a-zà-ÿ-]+)\s+){0,3}?(?:de|d['’]|à|au|du)\s*(?:la\s+|l['’]\s*)?)?$")
# see ``en``: « un convoi parti d'Anefis est arrivé à Aguelhok »: le lieu atteint
ARRIVAL_BEFORE = (r"\b(?:arrivée?s?|arrivant|arrive|arrivent)\s+(?:à|au|aux|dans)"
                  r"\s+(?:la\s+|le\s+|l['’]\s*)?(?:(?:(?-i:[a-zà-ÿ-]+)\s+){0,3}?(?:de|d['’]|du)\s*(?:la\s+|l['’]\s*)?)?$")
# see ``en``: « un convoi des FAMa a quitté Anefis et est arrivé à Aguelhok »
LEFT_BEFORE = (r"\bquitt(?:é|ée|és|ées|ant|e|ent)\s+(?:la\s+|le\s+|l['’]\s*)?(?:(?:(?-i:[a-zà-ÿ-]+)\s+){0,3}?(?:de|d['’]|du)\s*(?:la\s+|l['’]\s*)?)?$")
# see ``en``: « des assaillants venus de X », « des jihadistes basés à X », « des habitants de X ont
# indiqué »: where the people come from or speak from
ORIGIN_BEFORE = (r"(?:\b(?:venu\w*|arrivé\w*|originaires?|provenant|partis?|parties?|traversé)\s+(?:d[eu'’]|des)"
                 r"|\b(?:basé\w*|stationné\w*|retranché\w*|cantonné\w*|campé\w*)\s+(?:à|au|aux|dans|près\s+d[eu'’])"
                 r"|\b(?:habitants?|ressortissants?|notables?|sources?|élus?|responsables?)\s+(?:d[eu'’]|à)"
                 # the people of a village raiding another: « des villageois de X ont attaqué le village de Y » (not
                 # its traders or youths, who close shop at home, nor « des agriculteurs de X et de Y », two sides)
                 r"|\bvillageois\s+(?:d[eu'’]|des)"
                 # a unit's base named before the place it acted in: « des militaires du camp de Boni … à Mondoro »
                 r"|\b(?:militaires|soldats|éléments|troupes|forces|renforts|unités?|détachements?|patrouilles?|convois?|colonnes?|gendarmes|policiers|hommes)"
                 r"\s+(?:[\w'’-]+\s+){0,2}?(?:du|de\s+la|des)\s+(?:camps?|bases?|garnisons?|postes?|casernes?|emprises?|détachements?|brigades?)"
                 # a journey's start: « après avoir quitté Gao », « en quittant Gao »
                 r"|\b(?:avoir|avaient|avait|ayant)\s+quitté|\ben\s+quittant"
                 # le lieu que les déplacés ont fui : « des familles ayant fui les combats autour de X … à Y »
                 r"|\b(?:fui|fuyant|fuient|fuir)\s+(?:[\w'’-]+\s+){0,3}?(?:d[eu'’]|des|à|autour\s+d[eu'’]|près\s+d[eu'’]|dans))"
                 r"\s*(?:la\s+|le\s+|l['’]\s*)?(?:(?:(?-i:[a-zà-ÿ-]+)\s+){0,2}?(?:de|d['’]|du)\s*(?:la\s+|l['’]\s*)?)?$")
# see ``en``: « des sources sécuritaires à Bamako », « une source militaire dans la capitale, Ouagadougou »
SPEAKER_AT_BEFORE = (r"\b(?:sources?|responsables?|autorités|diplomates?|porte-parole|état-major|gouvernement|junte|"
                     r"médecins?|soignants?|infirmi(?:er|ère)s?)"
                     r"(?:\s+[a-zà-ÿ-]+){0,2}?(?:,?\s+basée?s?\s+|\s+)(?:à|depuis)\s+"
                     # « une source hospitalière à la capitale régionale, Dori »
                     r"(?:la\s+capitale(?:\s+(?:régionale|provinciale|départementale))?,?\s+)?$"
                     # « a annoncé dimanche à Ouagadougou », « un communiqué publié à Bamako »: where it was said
                     r"|\b(?:annoncé|indiqué|déclaré|affirmé|précisé|confirmé|publié|diffusé|lu|appris)\s+"
                     r"(?:(?!l[ea]\b|les\b|une?\b|des\b)[\w'’-]+\s+){0,2}?(?:à|depuis)\s+(?:la\s+capitale,?\s+)?$"
                     # « la nouvelle de l'attaque n'est parvenue à Niamey que le 12 mai »: where the news came to
                     r"|\b(?:nouvelles?|informations?)\b[^.;:!?]{0,40}?\b(?:parvenue?s?|arrivée?s?)\s+(?:jusqu['’]\s*)?(?:à|au)\s+$")
# see ``en``: « L'attaque a visé X », « l'embuscade a frappé le village de X »
INCIDENT_AT_BEFORE = (r"\b(?:attaque|assaut|raid|embuscade|tuerie|massacre|frappe)s?\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:a|ont|avait|avaient)\s+(?:visé|ciblé|frappé|touché)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?"
                      r"(?:(?:(?-i:[a-zà-ÿ-]+)\s+){0,2}?(?:de|d['’]|du)\s*(?:la\s+|l['’]\s*)?)?$")
# see ``en``: « l'attaque d'un village du nord du Burkina », not « un village appelé X »
UNNAMED_SETTLEMENT = r"\b(?:un|une)\s+(?:petit\s+|petite\s+)?(?:village|ville|hameau|localité|bourgade)\b(?!\s+(?:de|d['’]|du|appelée?|nommée?)\b)"
# see ``en``: « … ont fait irruption dans le village de Dioura », « la localité de X »
NAMED_SETTLEMENT_BEFORE = r"\b(?:village|hameau|localité|bourgade)\s+(?:de\s+|d['’]\s*)$"
# see ``en``: « des orpailleurs … se sont affrontés », « une rixe entre chercheurs d'or », « en sont venus aux mains »
MUTUAL_FIGHT = (r"\bse\s+sont\s+(?:violemment\s+)?(?:affrontés|battus|bagarrés)\b|\b(?:rixes?|bagarres?|heurts|affrontements?)\s+"
                r"entre\b|\ben\s+sont\s+venus\s+aux\s+mains\b|\bs['’]affrontent\b")
# see ``en``: « a repoussé l'attaque des terroristes contre le camp d'Anderamboukane », « l'assaut contre le poste de X »
TARGET_AT_BEFORE = (r"\b(?:attaque|assaut|raid|embuscade|offensive)s?\s+(?:(?:des|du|de\s+la|de\s+l['’])\s*(?:[\w'’-]+\s+){0,3}?)?"
                    r"(?:contre|sur)\s+(?:le\s+|la\s+|les\s+|l['’]\s*|un\s+|une\s+)?(?:camp|poste|base|garnison|caserne|"
                    r"position|convoi|village|ville|marché)(?:\s+(?-i:[a-zà-ÿ-]+)){0,2}?\s+(?:de|d['’]|du|à)\s*$"
                    # « tuées dans l'attaque de X », « lors de l'attaque à X »: the story's own attack
                    r"|\b(?:dans|lors\s+de|pendant)\s+l['’]\s*(?:attaque|assaut|embuscade|tuerie)\s+(?:de|d['’]|du|à|contre)\s*$")
# see ``en``: « de X à Y », « depuis X vers Y »
ROUTE_START = (r"(?<!km\s)(?<!mètres\s)\b(?:de|depuis)\s+$|\bquitt\w*\s+$", r"^\s+(?:à|vers|pour|jusqu['’]à)\s+(?-i:[A-ZÀ-Þ])")
# see ``en``: « l'attaque a eu lieu à X », « le village est situé dans la province de X »
EVENT_AT_BEFORE = (r"\b(?:a\s+eu\s+lieu|ont\s+eu\s+lieu|s['’]est\s+(?:produite?|déroulée?)|est\s+situé\w*|se\s+trouve)"
                   r"\s+(?:[\w'’-]+\s+){0,3}?(?:à|au|aux|dans|près\s+d[eu'’]|en)\s*(?:la\s+|le\s+|l['’]\s*)?"
                   r"(?:(?:(?-i:[a-zà-ÿ-]+)\s+){0,2}?(?:de|d['’]|du)\s*(?:la\s+|l['’]\s*)?)?$")
# see ``en``: « le village de X », « la localité de X »
SETTLEMENT_OF = r"\b(?:village|hameau|commune|localité|campement)\s+d(?:e\s+|['’]\s*)(?-i:[A-ZÀ-Þ])"
# see ``en``: "l'axe Gao-Ansongo", "la route Boni-Hombori", "le tronçon Sévaré-Bandiagara"
ROUTE_WORDS = r"(?:axe|axes|route|routes|tronçon|piste|corridor)"
# a sentence that tells its incident on a road: an ambush, a convoy or column on the move, a road named (« sur l'axe
# Sévaré-Bandiagara », « la RN15 »); outlets round such an incident to either end of the road
ROAD_INCIDENT_CUES = r"embuscade\w*|convoi\w*|colonne|" + ROUTE_WORDS + r"|\bRN\s?\d+"
# see ``en``: « sur l'axe Sévaré-Gao, près de Douentza », « à hauteur de Konna »
ROUTE_SPOT = (r"(?:près\s+d[e'’]|non\s+loin\s+d[e'’]|à\s+proximité\s+d[e'’]|à\s+hauteur\s+d[e'’]|au\s+niveau\s+d[e'’]|"
              r"aux\s+environs\s+d[e'’]|à)")
# see ``en``: « sur l'axe Boni-Hombori, à une dizaine de kilomètres de Hombori », « à 20 km au nord de Djibo »
ROUTE_SPOT_DISTANCE = (r"(?:à\s+)?(?:environ\s+|quelque\s+|près\s+de\s+|moins\s+de\s+|plus\s+de\s+)?"
                       r"(?:\d+(?:[.,]\d+)?\s*(?:km|kilomètres)|une?\s+(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|"
                       r"soixantaine|centaine)\s+de\s+kilomètres)"
                       r"\s+(?:(?:au|à\s+l['’])\s*[\w-]+\s+)?(?:de|d['’]|du)")
# see ``en``: "X, dans le cercle de Y", "X, dans la région de Y", "X, village du cercle de Y", "X,
# chef-lieu de cercle de la région de Y" (and "X, cercle de Y": ``place_anchors`` takes the bare unit)
PIN_IN_AREA = (r"(?:(?:un\s+|une\s+)?(?:village|hameau|localité|campement|commune)\s+|chef-lieu\s+(?:de\s+(?:cercle|commune|département)\s+)?)?"
               r"(?:(?:dans|en)\s+(?:le|la)|du|de\s+la)")
PIN_AREA_UNIT = r"(?:cercle|province|région|district|préfecture|département)"
# see ``en``: « X au Mali », « X, dans le centre du Mali », « X, au nord-est du Burkina Faso »: inside the country
PIN_IN_COUNTRY = (r"(?:au|en|(?:dans\s+le|au)\s+(?:centre|nord|sud|est|ouest|(?:nord|sud)-(?:est|ouest))\s+"
                  r"(?:du|de\s+la|de\s+l['’]))")
NEAR_BEFORE = (r"(?:\bprès\s+d[e'’]|\bentre|\b(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d(?:e\b|['’])|\bcommune\s+d[e'’]|\bdépartement\s+d[e'’]|\bproche\s+d[e'’]|\bnon\s+loin\s+d[e'’]|\bproximité\s+d[e'’]|\benvirons\s+d[e'’]|"
               r"\bpériphérie\s+d[e'’]|\bzone\s+d[e'’]|\bhauteur\s+d[e'’]|\bniveau\s+d[e'’]|(?:\d|\w+aine\s+de|\bquelques|\bplusieurs)\s*(?:km|kilomètres)(?:(?:\s+(?:au|à\s+l['’])\s*[\w-]+)?\s+d[e'’u]|\s+avant|\s+après))"
               # (« au nord-est de X »: a bearing off a town names that town, as « près de X » does; not « du » (« au nord du Mali »))
               # « près de la petite ville de X », « non loin de la localité frontalière de X »: an adjective beside the noun
               r"(?:\s*(?:la\s+|du\s+)?(?:(?:petite|grande|paisible)\s+)?(?:ville|localité|commune|village|bourg)"
               r"(?:\s+(?:frontalière|frontalier|rurale|minière|voisine|voisin|septentrionale|méridionale|"
               r"du\s+(?:nord|sud|centre)|de\s+l['’](?:est|ouest)))?\s+d[e'’])?\s*$")

ORG_HEADS = ["Front", "Mouvement", "Groupe", "Coalition", "Brigade", "Bataillon", "Katiba", "Conseil", "Alliance",
             "Armée", "Union", "Parti", "Milice", "Comité", "Organisation", "Coordination", "Plateforme", "Association"]
ORG_LINKS = ["pour", "de", "du", "des"]
ARTICLES = ["la", "le", "les", "l'"]

# « début mai », « mi-juin », « fin juillet », « à la fin du mois de mai »: le tiers du mois (``dates``)
# les fêtes à jour fixe, (mois, jour) : « la veille de Noël 2023 », « le jour de l'An » (``dates``) ; « Noël » seul
# nomme aussi une période (« avant Noël »), pas un jour
FIXED_HOLIDAYS = {"veille de noël": (12, 24), "réveillon de noël": (12, 24), "jour de noël": (12, 25),
                  "saint-sylvestre": (12, 31), "réveillon du nouvel an": (12, 31), "réveillon de la saint-sylvestre": (12, 31),
                  "jour de l'an": (1, 1), "nouvel an": (1, 1), "jour de la toussaint": (11, 1),
                  "fête de la toussaint": (11, 1), "jour de l'assomption": (8, 15), "fête de l'assomption": (8, 15),
                  "fête du travail": (5, 1), "fête internationale du travail": (5, 1), "journée internationale du travail": (5, 1),
                  "fête des travailleurs": (5, 1), "journée des travailleurs": (5, 1)}
# see ``en``: « le lundi de Pâques 2023 », « le dimanche de Pentecôte » (« Pâques » seul est aussi une période)
EASTER_FEASTS = {"dimanche de pâques": 0, "jour de pâques": 0, "vendredi saint": -2, "jeudi saint": -3,
                 "dimanche des rameaux": -7, "lundi de pâques": 1, "jeudi de l'ascension": 39, "jour de l'ascension": 39,
                 "fête de l'ascension": 39, "dimanche de pentecôte": 49, "jour de la pentecôte": 49, "lundi de pentecôte": 50}
# les fêtes musulmanes qui se déplacent dans l'année solaire (``feast_days`` ; leurs jours :
# ``knowledge.islamic_feasts``) : « le jour de la Tabaski », « la fête de Ramadan » (l'Aïd el-Fitr au Mali et au
# Burkina Faso), « le premier jour du ramadan 2023 » ; « le ramadan » seul est une période, datée par « pendant »
MOVING_FEASTS = {
    **dict.fromkeys(("aïd el-fitr", "aïd al-fitr", "aid el-fitr", "aid al-fitr", "aïd el-séghir", "aïd el-seghir",
                     "korité", "korite", "fête de ramadan", "fête du ramadan", "fête de fin du ramadan",
                     "fête de la fin du ramadan", "fête de la rupture du jeûne"), "eid_al_fitr"),
    **dict.fromkeys(("aïd el-kébir", "aïd el-kebir", "aid el-kebir", "aïd al-adha", "aïd el-adha", "aid al-adha",
                     "tabaski", "fête du mouton", "fête de la tabaski"), "eid_al_adha"),
    **dict.fromkeys(("maouloud", "mawlid", "mouloud", "maoulid", "fête du maouloud"), "mawlid"),
    **dict.fromkeys(("premier jour du ramadan", "premier jour du jeûne du ramadan", "premier jour du mois de ramadan"),
                    "ramadan_start"),
    **dict.fromkeys(("pendant le ramadan", "durant le ramadan", "au cours du ramadan", "pendant le mois de ramadan",
                     "durant le mois de ramadan", "au cours du mois de ramadan", "pendant le mois du ramadan"),
                    "ramadan_month"),
}
# un jour compté depuis une fête (« la veille de la Tabaski », « trois jours après l'Aïd ») : (préfixe, jours par unité)
FEAST_OFFSETS = (
    (r"(?:la\s+)?veille\s+(?:de\s+la|du|de\s+l['’]|de)\s*", -1),
    (r"(?:le\s+)?lendemain\s+(?:de\s+la|du|de\s+l['’]|de)\s*", 1),
    (r"(?P<n>\d+|{num})\s+jours?\s+avant\s+(?:la|le|l['’])\s*", -1),
    (r"(?P<n>\d+|{num})\s+jours?\s+après\s+(?:la|le|l['’])\s*", 1),
)
MONTH_PARTS = {"début": 0, "début de": 0, "au début du mois de": 0, "début du mois de": 0, "mi": 1, "à la mi": 1,
               # « au milieu du mois dernier », « vers le milieu du mois d'août »
               "au milieu du": 1, "milieu du": 1, "au milieu du mois de": 1, "milieu du mois de": 1, "au milieu de": 1,
               "fin": 2, "fin de": 2, "à la fin du mois de": 2, "fin du mois de": 2, "à la fin du": 2, "fin du": 2,
               "au début du": 0, "début du": 0,
               # « dans les derniers jours de mars », « les premiers jours d'avril »
               "les premiers jours de": 0, "les premiers jours d'": 0, "les derniers jours de": 2, "les derniers jours d'": 2}
# « à la fin du mois dernier », « au début du mois »: a part of the month the publication's day counts from (``dates``)
MONTH_PART_RELATIVE = {r"mois\s+(?:dernier|passé|écoulé)": -1, r"mois(?:-ci)?(?!\s+(?:de|d['’])\b)": 0}
# « la capitale du Mali », « la capitale malienne » (``place_capitals``): the adjectives after the noun
CAPITAL_WORD = "capitale"
CAPITAL_ADJECTIVES = {
    "malienne": "ML", "burkinabè": "BF", "burkinabé": "BF", "burkinabe": "BF", "nigérienne": "NE",
    "mauritanienne": "MR", "ivoirienne": "CI", "sénégalaise": "SN", "guinéenne": "GN", "tchadienne": "TD",
    "nigériane": "NG", "algérienne": "DZ", "togolaise": "TG", "béninoise": "BJ", "ghanéenne": "GH",
    "française": "FR", "russe": "RU", "ukrainienne": "UA",
}
# a country told by its adjective, every gender and number (« le gouvernement burkinabè », « le territoire
# malien », « les autorités nigériennes »): the country of a national act naming no place
COUNTRY_ADJECTIVES: dict[str, str] = {
    **{f"{stem}{end}": cc for stem, cc in (("malien", "ML"), ("nigérien", "NE"), ("mauritanien", "MR"),
                                            ("ivoirien", "CI"), ("guinéen", "GN"), ("tchadien", "TD"),
                                            ("algérien", "DZ"), ("ghanéen", "GH"))
       for end in ("", "s", "ne", "nes")},
    **{f"{stem}{end}": cc for stem, cc in (("sénégalais", "SN"), ("togolais", "TG"), ("béninois", "BJ"))
       for end in ("", "e", "es")},
    **{form: "BF" for form in ("burkinabè", "burkinabé", "burkinabe", "burkinabès", "burkinabés")},
    **{f"nigérian{end}": "NG" for end in ("", "s", "e", "es")},
}
