"""The words that name the day of the news in a sentence, English and French ("on Sunday", "yesterday", « hier »).

Two rules ask whether a sentence names its day: ``durative`` (a deed told with its day is one deed, not a habit) and
``events.registers`` (a sentence with a day of news is no history nor statistic).  Both start from the words here and
name what each adds, so a new day word reaches both.
"""

from __future__ import annotations

from sitrep.analyse.lang.en import WEEKDAYS as EN_WEEKDAYS
from sitrep.analyse.lang.fr import WEEKDAYS as FR_WEEKDAYS

# the weekdays and the days counted from today, in both languages; an alternation to put inside ``\b(?:…)\b``
NEWS_DAY_WORDS = "|".join([*EN_WEEKDAYS, *FR_WEEKDAYS, "yesterday", "today", "tonight", "overnight",
                           "hier", "aujourd'hui", "aujourd’hui", "avant-hier"])
# the parts of the day of news named by "this"/« ce » ("this morning", « ce matin », "last night", « hier soir »
# is « hier » already); an alternation to put inside ``\b(?:…)\b``
NEWS_DAY_PARTS = r"last night|this (?:morning|afternoon|evening|week|month)|la nuit dernière|"\
    r"ce (?:matin|soir|mois)|cet après-midi|cette (?:nuit|semaine)"
