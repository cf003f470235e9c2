"""English vocabulary for dates, persons and places (``fr.py`` mirrors these names)."""

from __future__ import annotations

# month and weekday names are capitalised ("may" is a verb, "May" a month)
CAPITALISED_NAMES = True
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3, "a couple of": 2,
}
# day-number suffixes ("May 30th")
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
# relative phrases: regex → (unit, offset); unit in day/week/weekend/month/year
RELATIVE = {
    r"today|this morning|this afternoon|this evening|tonight": ("day", 0),
    r"the day before yesterday": ("day", -2),  # (before "yesterday", which would take its last word)
    # the night before "last night", begun two days before the writing (before "last night" and "the night before")
    r"the\s+night\s+before\s+last": ("day", -2),
    r"yesterday|last night": ("day", -1),
    # the night that ended on the publication's day, which ACLED's coders take as the event's day (a told
    # day wins: "overnight on 4 May"); told in a report of a given day, the night that began the day before it
    r"overnight(?![^.;]{0,30}?\b(?:on|of|from|between)\s+(?:the\s+)?(?:\d|(?-i:[A-Z])))": ("night_ended", 0),
    # the weekend before the publication's week (in a Saturday's or a Sunday's paper, not that very weekend)
    r"last weekend|the previous weekend": ("weekend", -1),
    r"(?:over|during|at) the weekend|this weekend": ("weekend", 0),
    # the first days of a calendar week ("early this week": Monday to Wednesday), not all of it
    # ("at the very start of the week": the same days, the stress adding none)
    r"(?:very\s+)?early\s+last\s+week|(?:at\s+)?the\s+(?:very\s+)?(?:beginning|start)\s+of\s+(?:last|the\s+previous)\s+week":
        ("week_start", -1),
    r"(?:very\s+)?early\s+this\s+week|(?:at\s+)?the\s+(?:very\s+)?(?:beginning|start)\s+of\s+(?:the|this)\s+week":
        ("week_start", 0),
    # the middle days of a calendar week ("midweek", "in the middle of last week": Tuesday to Thursday), not all of
    # it; not a market or a prayer held midweek
    r"(?:in\s+)?the\s+middle\s+of\s+(?:last|the\s+previous)\s+week|mid-?week\s+last\s+week": ("week_middle", -1),
    r"(?:in\s+)?the\s+middle\s+of\s+(?:the|this)\s+week|(?<![-\w])mid-?week(?![-\w])(?!\s+(?:markets?|fairs?|prayers?))":
        ("week_middle", 0),
    # the seven days up to the writing, not the calendar week before it ("over the past week", "in the
    # last seven days"); "last week" and "the previous week" name that calendar week
    r"the\s+(?:past|last)\s+(?:week|seven\s+days|7\s+days)": ("trailing_days", 7),
    # the end of the calendar week before the publication's: its Friday to its Sunday ("at the end of last week",
    # "towards the end of last week"), the days that end a working week and the weekend after them
    r"(?:at\s+)?the\s+end\s+of\s+(?:last|the\s+previous)\s+week": ("week_end", -1),
    # late in the calendar week before the publication's: from its Thursday to its Sunday, not its weekend alone
    r"late\s+last\s+week|late\s+in\s+the\s+previous\s+week": ("week_late", -1),
    # a weekend or week one further back ("the weekend before last"), and the weekend just past ("this past weekend",
    # in a Monday's report the Saturday and Sunday before it)
    r"the\s+weekend\s+before\s+last": ("weekend", -2),
    r"the\s+week\s+before\s+last": ("week", -2),
    r"this\s+past\s+weekend|the\s+past\s+weekend": ("weekend", 0),
    r"last week|the previous week": ("week", -1),
    r"this week|earlier in the week": ("week", 0),
    r"last month|the previous month|the past month": ("month", -1),
    # ("earlier in the month": the report's month, as "earlier this month"; not "earlier in the month of Ramadan")
    r"this month|earlier this month|earlier in the month(?!\s+of\b)": ("month", 0),
    r"last year|the previous year|the past year": ("year", -1),
    r"this year|earlier this year": ("year", 0),
}
AGO = r"ago"
# an offset back told as exact ("exactly a week ago", "a month ago to the day"): that very day (``exact_offsets``)
EXACT_BEFORE = r"exactly|precisely"
# ("a week ago today": the same weekday, the writer counting from this very day; not "today's")
EXACT_AFTER = r"to\s+the\s+(?:very\s+)?day|today(?!['’])"
# the opening of a sentence on the earlier deed that led to its event, up to its comma ("Following the killing of a
# herder on 2 May 2024, militants returned…"): a date in it is that deed's, not the event's (``events.dating``)
CAUSE_OPENING = (r"^\W*(?:(?:a\s+(?:few\s+)?|two\s+|three\s+|several\s+)?(?:days?|weeks?)\s+after|following|after|in\s+the\s+wake\s+of|"
                 r"in\s+(?:retaliation|reprisal|response)\s+(?:for|to)|"
                 # what befell the subject before ("Already attacked on 2 January, the village was raided again on…")
                 r"already|previously|once\s+before|"
                 # what happened before despite which the event came ("Although the army had cleared the area on 2 June
                 # 2024, JNIM returned on 6 June"), and what the place had suffered ("Targeted twice in January, the post
                 # was attacked again on 2 February")
                 # ("Despite a truce agreed on 2 April 2024, hunters and militants clashed on 14 April")
                 r"(?:even\s+)?(?:al)?though|whereas|despite|in\s+spite\s+of|notwithstanding|(?:targeted|attacked|raided|struck|besieged|threatened)\b[^,;:.]*?\b(?:twice|before|already|several\s+times|repeatedly|in|on))\b[^,;:.]*,")
# a saying between a full day and a relative date after it ("On 11 March 2024, residents said that two days ago…"):
# the relative date counts from that day of the report (``dates``)
REPORT_CUE = (r"\b(?:said|says|reported|reports|announced|stated|told|indicated|confirmed|claimed|added|declared|"
              r"explained|recalled|according\s+to)\b")
# an offset back from the day the sentence tells ("On 12 May, residents reported that three days earlier…",
# "the previous night"): counted from that day, else from the publication ({num}: the number words); not
# an offset from a thing named after it ("two days before the vote", "the day before yesterday")
BEFORE_TOLD = (
    # (not a duration: "was held for three days before being charged" lasted, it did not happen three days back)
    r"(?<!\bfor )(?<!\bduring )(?<!\blasting )\b(?P<n>\d+|{num})\s+(?P<u>days?|weeks?|fortnights?|(?<=\d\d\s)hours?)\s+(?:earlier\b|(?:before|prior)\b"
    r"(?!\s+(?:to\s+)?(?:the|a|an|his|her|its|their|this|that|yesterday|last)\b))",
    # "the previous day its troops had…": a determiner after "the previous day" opens the clause it dates;
    # only "the day before" can take an object ("the day before the vote")
    # an offset that opens a clause after the day told before it, the clause's deed that many days back ("The bodies
    # were found on Saturday, two days after gunmen seized and killed them"): group ``clause``, counted from a told
    # day only (not an offset from a thing: "two days after the vote")
    r"(?<=,\s)(?P<n>\d+|{num})\s+(?P<u>days?|weeks?)\s+(?P<clause>after)\b"
    r"(?!\s+(?:the|a|an|his|her|its|their|this|that|it|being)\b)",
    r"\bthe\s+(?:previous|preceding)\s+(?:day|night|evening)\b",
    # a week back from the told day ("the previous week", "the week before"; not "the week before the vote")
    r"\bthe\s+(?:previous|preceding)\s+(?P<u>week)\b",
    r"\bthe\s+(?P<u>week)\s+before\b(?!\s+(?:the|a|an|his|her|its|their|this|that|last)\b)",
    r"\bthe\s+(?:day|night|evening)\s+before\b(?!\s+(?:the|a|an|his|her|its|their|this|that|yesterday|last)\b)",
    # the told day itself (group ``z``): "said on 14 April that … had been killed earlier in the day", "the same day"
    r"\b(?P<z>(?:earlier|later)\s+(?:in\s+the|that|the\s+same)|(?:on\s+)?(?:that|the)\s+same)\s+(?:day|morning|afternoon|evening)\b",
    # the eve of a thing the text dated before and names again to open a sentence, no day of its own following
    # ("Elections were held on Sunday 30 June. On the eve of the vote, gunmen…"; not "arrived on Saturday, two days
    # after the attack", which dates that Saturday): group ``thing``, counted from that told day only
    # (with a day of its own, "the eve of the 6 February vote", it is ``THING_OFFSETS``')
    r"(?:^|(?<=[.!?]\s))(?:on\s+)?the\s+(?P<thing>eve)\s+of\s+(?:the|this|that|its|their)\s+[\w-]+",
)
# an offset forward from the day the sentence tells ("On 28 November, militants stole cattle. Two days later, soldiers
# clashed with them", "the next day"), counted from that day only (``told_offsets``); not an offset from a thing named
# after it ("the day after the attack", "two days after the vote")
AFTER_TOLD = (
    # (hours only in figures of a day or more: "24 hours later"; "a few hours later" is the same day, the told one's)
    r"\b(?P<n>\d+|{num})\s+(?P<u>days?|weeks?|(?<=\d\d\s)hours?)\s+later\b",
    r"\b(?:the\s+)?(?:next|following)\s+(?:day|morning|evening|night)\b(?!['’]s)",
    r"\bthe\s+day\s+after\b(?!\s+(?:the|a|an|his|her|its|their|this|that|tomorrow)\b)",
    # the first such weekday or weekend after the told day ("On Friday 7 June, militants ordered residents to leave. The
    # following Tuesday, they returned…"; "The next weekend, they looted shops"): group ``fw`` ({wd}: the weekdays)
    r"\bthe\s+(?:following|next)\s+(?P<fw>{wd}|week-?end)\b(?!['’]s)",
    # (see ``BEFORE_TOLD``) a count after a thing dated before, named again without a day: "Residents fled on 3 May.
    # Two days after the attack, soldiers…" (group ``thing``)
    r"(?:^|(?<=[.!?]\s))(?:(?P<n>\d+|{num})\s+(?P<u>days?|weeks?)|the\s+day)\s+(?P<thing>after)\s+"
    r"(?:the|this|that|its|their)\s+[\w-]+",
)
# an offset from a thing whose day follows ("Five days after the 28 February 2024 ambush, …", "24 hours after an IED
# struck a convoy on 2 February 2024", "On the eve of the 18 June 2023 referendum"): that day moved by it
# (``thing_offsets``); "two days before it was reported on 10 May" counts from a report (``told_offsets``)
THING_OFFSETS = (
    r"\b(?P<n>\d+|{num})\s+(?P<u>days?|weeks?|fortnights?|hours?|months?)\s+(?P<dir>after|before)\b(?=\s+(?:the|an?|his|her|its|their)\b)",
    r"\bthe\s+day\s+(?P<dir>after|before)\b(?=\s+(?:the|an?|his|her|its|their)\b)",
    r"\bthe\s+(?P<eve>eve)\s+of\b",
)
AFTER_WORDS = ("after",)
# spans of days (``date_ranges``): a night first ("the night of 4 to 5 May", "the night between 9 and 10 October":
# the first day), then ranges
# ("between 3 and 5 June 2024", "from June 3 to 5", "3-5 June"), coded on their first day
# (a night told with "overnight" too: "overnight on 4-5 May", "overnight from May 4 to 5": one night, its first day)
DAY_RANGES = (
    # "the weekend of 6-7 July 2024", "over the weekend of 6 and 7 July", "the weekend of July 6-7": those two days, not
    # the weekend counted from the publication ("over the weekend" alone); first: its days alone are a range too
    (r"\bweek-?end\s+of\s+(?:the\s+)?{d1}(?:\s+(?:of\s+)?{m1})?\s*(?:and|to|-|–|/)\s*(?:the\s+)?{d2}\s+(?:of\s+)?{m}"
     r"(?:,?\s+{y})?", "range"),
    (r"\bweek-?end\s+of\s+{m1}\.?\s+{d1}\s*(?:and|to|-|–|/)\s*{d2}\b(?:,?\s+{y})?", "range"),
    # a night told by its weekdays, its days in brackets ("overnight Saturday to Sunday (11-12 January 2025)"):
    # the bracket's days date it, not the weekdays counted back from the publication (first: the bracket alone
    # would be read as a range by the rules below, and the weekdays apart from it)
    (r"\b(?:night\s+(?:of|from|between)|overnight(?:\s+(?:on|of|from|between))?)\s+{w}\s+(?:to|into|and)\s+{w}\s*[(,]\s*"
     r"(?:the\s+)?{d1}(?:\s+(?:of\s+)?{m1})?\s*(?:to|into|and|-|–|/)\s*(?:the\s+)?{d2}\s+(?:of\s+)?{m}(?:,?\s+{y})?", "night"),
    # (each day may carry its weekday, the first its year: "the night of Sunday 3 to Monday 4 March 2024", "the night of
    # 31 December 2023 to 1 January 2024")
    (r"\b(?:night\s+(?:of|from|between)|overnight\s+(?:on|of|from|between)?)\s*(?:the\s+)?{wd}{d1}(?:\s+(?:of\s+)?{m1}{y1})?\s*"
     r"(?:to|into|and|-|–|/)\s*(?:the\s+)?{wd}{d2}\s+(?:of\s+)?{m}(?:,?\s+{y})?", "night"),
    (r"\b(?:night\s+(?:of|from|between)|overnight\s+(?:on|of|from|between)?)\s*(?:the\s+)?{m1}\.?\s+{d1}\s*(?:to|into|and|-|–|/)\s*"
     r"{d2}\b(?:,?\s+{y})?", "night"),
    (r"\b(?:between|from)\s+(?:the\s+)?{wd}{d1}(?:\s+(?:of\s+)?{m1}{y1})?\s+(?:and|to|until|till|through)\s+(?:the\s+)?{wd}{d2}\s+"
     r"(?:of\s+)?{m}(?:,?\s+{y})?", "range"),
    (r"\b(?:between|from)\s+{m1}\.?\s+{d1}\s+(?:and|to|until|till|through)\s+(?:{m}\.?\s+)?{d2}\b(?:,?\s+{y})?", "range"),
    (r"\b{d1}\s*[-–]\s*{d2}\s+{m}(?:,?\s+{y})?", "range"),
    # "July 6-7, 2024": the month first
    (r"\b{m}\.?\s+{d1}\s*[-–]\s*{d2}\b(?:,?\s+{y})?", "range"),
    # "on 14/15 March 2024", "on March 14/15": a night told by its two days, the first
    (r"\bon\s+(?:the\s+)?{d1}\s*/\s*{d2}\s+(?:of\s+)?{m}(?:,?\s+{y})?", "night"),
    (r"\bon\s+{m1}\.?\s+{d1}\s*/\s*{d2}\b(?:,?\s+{y})?", "night"),
    # "on 3 and 4 June 2024", "on 3 or 4 June": two days told together or either of two, coded on the first
    # ("the attacks of 2 and 9 March", "on 2 and on 9 March": two deeds' days named together, from the first to the second)
    (r"\b(?:on|of)\s+(?:the\s+)?{d1}(?:\s+(?:of\s+)?{m1})?\s+(?:and|or)\s+(?:on\s+)?(?:the\s+)?{d2}\s+(?:of\s+)?{m}(?:,?\s+{y})?",
     "range"),
)
# ACLED's own approximate day with the span it stands for ("Around 10 June 2022 (between 9 - 11 June)"): the day it
# names, told with the span's precision ({dx} {mx}: that day)
AROUND_SPANS = (r"\b(?:on\s+or\s+)?around\s+{dx}\s+{mx}(?:,?\s+{y})?\s*\(\s*between\s+{d1}(?:\s+{m1})?\s*(?:-|–|and|to)\s*"
                r"{d2}\s+{m}\s*\)",)
# "the night of Saturday to Sunday", "Saturday night into Sunday", "overnight between Saturday and Sunday": the first day
WEEKDAY_NIGHTS = (r"\bnight\s+(?:of|from|between)\s+{a}\s+(?:to|into|and)\s+{b}\b", r"\b{a}\s+night\s+(?:into|to)\s+{b}\b",
                  r"\bovernight\s+(?:(?:between|from|on)\s+)?{a}\s+(?:to|into|and)\s+{b}\b")
# a day and month in figures, the day first, in brackets after what they date, as older ACLED notes write them ("one
# man was killed (24/5)"): the latest such day on or before the publication (``date_ranges``); only in brackets, where
# no ratio or "24/7" stands
NUMERIC_DAY_MONTH = (r"\((?P<d>[0-3]?\d)/(?P<mo>[01]?\d)\)",
                     # (or right after "on", where no ratio stands either: "said on 9 May that on 5/5 gunmen had…"; not
                     # "on 3/4 of the roads", "on 24/7 alert")
                     r"(?<=\bon\s)(?P<d>[0-3]?\d)/(?P<mo>[01]?\d)\b(?<!24/7)(?![/.]?\d|\s+of\b)")
# a day, month and year in figures, the day first as the Sahel's and ACLED's writers put it ("On 05/03/2024", "12.04.2024",
# "14/03/24" with the century left out after a slash;
# the same rule as French copy's) (``dates``)
NUMERIC_DAY_FIRST = r"(?<![\d/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<mo>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d{2}|(?<=[0-3]\d/[01]\d/)\d{2})(?![\d/.-])"
# "the first week of June 2024": its seven days (the last week: the month's last seven)
WEEK_OF = (r"\b(?P<n>first|second|third|fourth|last)\s+week\s+of\s+{m}(?:,?\s+{y})?",)
WEEK_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}
# "on the last Friday of May 2024", "the first Monday in April": that weekday of the month (``date_ranges``)
WEEKDAY_OF_MONTH = (r"\b(?P<n>first|second|third|fourth|last)\s+{a}\s+(?:of|in)\s+{m}(?:,?\s+{y})?",)
WEEKDAY_ORDINALS = WEEK_ORDINALS
# "in the week ending 10 May 2024", "the week to May 10": the seven days up to that day (``date_ranges``)
WEEK_ENDING = (r"\bweek\s+(?:ending|ended|to|up\s+to|through)\s+(?:on\s+)?(?:{w},?\s+)?{d}\s+(?:of\s+)?{m}(?:,?\s+{y})?",
               r"\bweek\s+(?:ending|ended|to|up\s+to|through)\s+(?:on\s+)?(?:{w},?\s+)?{m}\.?\s+{d}(?:,?\s+{y})?")
# "on the last weekend of June 2024", "the first weekend in March": that Saturday and Sunday of the month, not the
# weekend before the publication that "last weekend" alone names (``date_ranges``)
WEEKEND_OF_MONTH = (r"\b(?P<n>first|second|third|fourth|last)\s+weekend\s+(?:of|in)\s+{m}(?:,?\s+{y})?",)
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
         "year": "year", "years": "year", "fortnight": "week", "fortnights": "week", "hours": "day", "hour": "day"}
# units that are a count of another ("a fortnight earlier": two weeks back)
# (hours count in days: "48 hours earlier" is two days back, "24 hours later" the next day)
UNIT_MULTIPLES = {"fortnight": 2, "fortnights": 2, "hours": 1 / 24, "hour": 1 / 24}
# words before a date that make it a deadline (resolved forward from the anchor)
FUTURE_CUES = {"until", "by", "till", "before", "next", "deadline"}
BETWEEN = ("between", "and")
# words before a bare year or month that make it a date ("in 2023", "since 2012")
DATE_PREPOSITIONS = {"in", "since", "from", "until", "till", "by", "during", "of", "early", "late", "mid", "before", "after", "on"}
# the words before a year that make it a noun's qualifier, not the deed's time ("against the 2018 finance law", "its
# 2017 budget", "this 2015 election"): that year names the law or the vote, and dates nothing of the sentence's deed
YEAR_QUALIFIER_BEFORE = ("the", "its", "their", "this", "that", "his", "her", "our")
# ... unless the noun it qualifies is a deed, which the year does date ("the 2022 massacre in Moura", "the 2015 coup")
YEAR_DEED_NOUNS = (r"(?:massacres?|attacks?|assaults?|raids?|ambush(?:es)?|killings?|murders?|abductions?|kidnappings?|"
                   r"clash(?:es)?|fighting|bombings?|explosions?|blasts?|executions?|coups?|mutin(?:y|ies)|uprisings?|"
                   r"insurrections?|riots?|protests?|demonstrations?|offensives?|wars?|conflicts?|crisis|sieges?|battles?|"
                   r"strikes?|incidents?|events?)")

# persons
TITLES = {
    "colonel", "col", "general", "gen", "lieutenant", "lt", "captain", "capt", "major", "maj", "commander", "sergeant",
    "president", "prime", "minister", "mr", "mrs", "ms", "dr", "sheikh", "imam", "brigadier", "marshal", "admiral",
    "interim", "leader", "spokesman", "spokesperson", "spokeswoman", "defence", "defense", "foreign", "junta",
}
# patronymic particles inside names ("Mossa Ag Inzoma"): a name with one is a person
PERSON_PARTICLES = {"ag", "ould", "ben", "bin", "ibn", "abu", "wuld"}
ROLE_WORDS = {
    "spokesman": "spokesman", "spokesperson": "spokesman", "spokeswoman": "spokesman", "leader": "leader",
    "head": "leader", "chief": "leader", "commander": "commander", "member": "member", "official": "official",
    "minister": "minister", "president": "president", "founder": "founder", "representative": "representative",
    "envoy": "representative", "officer": "officer", "fighter": "member", "emir": "leader",
}
# "a spokesman for the X", "X spokesman"
AFFILIATION_LINKS = {"for", "of", "from", "with"}

# a weekday said to be past ("last Thursday": a week back when published on a Thursday), and one
# named with "yesterday" ("yesterday, Thursday": that weekday, on or before the publication)
LAST_WEEKDAY = r"\b(?:last|this past)\s+(?P<w>{wd})\b"
# that weekday a week before the last one ("on the Sunday before last")
WEEKDAY_BEFORE_LAST = r"\b(?:the\s+)?(?P<w>{wd})\s+before\s+last\b"
# a night told by its two days alone, its month the report's ("on the night of the 14th to the 15th")
NIGHT_ALONE = (r"\bnight\s+(?:of|from|between)\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+(?:to|into|and)\s+(?:the\s+)?"
               r"(?P<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{month})\b)")
# the days up to the writing, whatever their count ("over the past three days", "in the last 10 days")
TRAILING_DAYS = r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last)\s+(?P<n>\d+|{num})\s+days\b"
# a day of the month told alone, its month the report's ("at dawn on the 3rd", "the weekend of the 13th"), not a rank
# ("the 3rd Battalion", "the 5th day of the siege", "the 3rd of March", which the full rules read)
DAY_ALONE = (r"\b(?:on|of|since)\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
             r"(?!\s+(?:of\s+)?(?:{month}|(?-i:[A-Z])|battalion|regiment|brigade|division|company|group|century|day|"
             r"week|month|year|anniversary|time|round|edition|session|floor|place|largest|most)\b)"
             # a unit's rank before its name ("the 14th Rapid Intervention Battalion", "the 5th Military Region"), not
             # a day before the doers it names ("on the 28th IS Sahel fighters…")
             r"(?!\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}(?:battalion|regiment|brigade|division|company|group|corps|squadron|"
             r"unit|region|sector|legion|infantry|command)s?\b)")
# a night told by the weekday it ran into ("overnight into Monday", "in the night into Sunday"): the day before it
NIGHT_INTO = r"\b(?:overnight|(?:the|a)\s+night)\s+into\s+(?P<w>{wd})\b"
# a weekday counted back in weeks ("two Saturdays ago"): the latest such weekday before the report, so many weeks back
WEEKDAYS_AGO = r"\b(?P<n>\d+|{num})\s+(?P<w>{wd})s\s+ago\b"
YESTERDAY_WEEKDAY = r"\byesterday\s*,?\s+(?P<w>{wd})\b|\b(?P<w2>{wd})\s*,?\s+yesterday\b"

# places
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "towards", "toward", "around", "from", "to", "into", "outside",
                         "inside", "of", "between", "across", "through", "via", "north", "south", "east", "west"}
# verbs whose object is usually a place ("control Tinzawatene")
PLACE_VERBS = {"control", "capture", "seize", "retake", "recapture", "take", "enter", "reach", "attack", "besiege", "shell", "bomb", "liberate", "hold", "storm", "overrun", "raid", "leave", "abandon", "flee", "surround"}
# a bearing or a distance from a place ("north of Y", "20 km from Y")
BEARING_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "km", "kilometres",
                 "kilometers", "miles"}
NEAR_WORDS = {"near", "outside", "around", "close", "towards", "toward"} | BEARING_WORDS
# the English names of areas named by the compass ("the North region", "the Centre-North region"): the
# gazetteer knows them under their official French names (Nord, Centre-Nord), one word at a time
AREA_COMPASS = {"north": "Nord", "south": "Sud", "east": "Est", "west": "Ouest", "centre": "Centre", "center": "Centre"}
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest"}
REGION_WORDS = {"region", "province", "district", "cercle", "area", "department", "commune", "state", "governorate"}
# the words that hedge a stated distance ("roughly 15 km north of Y", "less than 10 km from Y"): the
# place is still told relative to Y, and a rough figure is as good as an exact one for pinning it there
DISTANCE_HEDGE = r"(?:about|some|around|approximately|roughly|nearly|almost|just|barely|less\s+than|more\s+than|over|under|up\s+to)"
# a place placed relative to the next one ("Payenga, near Partiaga", "X, 45 km southeast of Y"): the
# first is looked for around the second (``place_anchors``)
PIN_NEAR = (r"(?:near|close to|not far from|outside|on the outskirts of|in the vicinity of|in the area of)"
            r"(?:\s+the)?(?:\s+(?:town|village|city|locality|commune|hamlet)\s+of)?")
# "X, a village 12 km east of Y", "X village, 15 km south of Y": the settlement word may come first
PIN_DISTANCE = (r"(?:(?:a|the)\s+)?(?:(?:small\s+)?(?:village|locality|hamlet|settlement)\s*,?\s+)?(?:(?:located|situated|lying)\s+)?"
                rf"(?:{DISTANCE_HEDGE}\s+)?(?P<km>\d+(?:[.,]\d+)?)\s*(?:km|kms|kilometres|kilometers)"
                r"(?:\s+(?:\w+[- ]?){0,2})?\s+(?:of|from)(?:\s+the)?(?:\s+(?:town|village|city|locality|commune)\s+of)?")
# a place inside the next one ("the village of X, in the commune of Y", "X, in Sector 2 in the town of Y")
# ("the X quarter in the capital of Y": a neighbourhood named before its word lies in the city)
PIN_WITHIN = (r"(?:an?\s+(?:small\s+)?)?(?:(?:quarter|neighbou?rhood|district|sector|village|hamlet|locality|settlement)\s+)?"
              r"(?:in|inside|within|of)\s+(?:(?:sector|district|quarter|neighbou?rhood)\s+\w+\s+(?:in|of)\s+)?the\s+"
              r"(?:rural\s+|urban\s+)?(?:town|commune|municipality|city|capital|department|village)\s+of"
              # "the Kondo village in Dinangourou commune": the settlement word after its name
              r"|(?:village|hamlet|locality|settlement)\s+in(?:\s+the)?")
# a place inside the administrative unit named next ("X, in the cercle of Y", "X, in the Sahel region")
# ("X, a village of the Y cercle", "X, a hamlet in the Y cercle" too)
# "X in the Y region", "X in Segou region"
PIN_IN_AREA = (r"(?:(?:an?\s+(?:small\s+)?(?:village|hamlet|locality|town|settlement|camp)\s+)?"
               r"(?:(?:in|inside|within)(?:\s+the)?|of\s+the))")  # "region of California" is no pin
# "X in central Mali", "X in Mali": inside a country, whose part may be said
PIN_IN_COUNTRY = r"(?:in|inside|within)(?:\s+(?:central|northern|southern|eastern|western|(?:north|south)-?(?:east|west)(?:ern)?))?"
PIN_AREA_UNIT = r"(?:cercle|circle|province|region|district|prefecture)"  # a department is a commune (PIN_WITHIN)
# right before a name: a place people or a convoy went to, or came from on a journey, not where the
# event happened ("fled to X", "evacuated the wounded to X", "on their way to X", "from X to Y" for Y,
# "travelling from X"): the event is placed at the site of the attack, else the origin or the road.
# The words between the preposition and the name end with "of"/"in"/"at" ("to the nearby village of X",
# "to hospital in X"): a longer run ("to Mopti after militants attacked X") is another clause
# Those words are lower case even where the patterns ignore case: a capitalised word there is another
# place, so "traders from Tillaberi near Ayorou" makes Tillaberi their origin, never Ayorou
# ("took to the streets of X" is a crowd in X, no journey)
# (a compass bearing may stand between the going and its end: "a convoy heading east from Kidal came under fire")
JOURNEY_BEFORE = (r"(?:\b(?:travel+(?:ing|ed)|coming|heading|headed|bound|en route|on\s+(?:its|their|his|her|the)\s+way)\s+"
                  r"(?:back\s+|(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:from|to|towards?|for)"
                  r"|\b(?:fled|fleeing|flee|flees|displaced|evacuated|evacuating|taken|took|transferred|transported|rushed|"
                  r"brought|relocated|airlifted|escorted|flown|flew|sent|conveyed|ferried|drove|driven|carried|deported)(?!\s+to\s+the\s+streets\b)\s+(?:[\w-]+\s+){0,3}?(?:to|towards?)"
                  # "a convoy that had left Sevare for Boni": the named destination, the start being an origin
                  r"|\bleft\s+for|\b(?:left|leaving|departed|departing)\s+(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*)?\s+(?:for|towards?)"
                  r"|\b(?:sought|seeking|took|taking|found)\s+(?:refuge|shelter)\s+(?:in|at)"
                  # where the dead were buried, a day or more after: the funeral's town, not the deed's (bodies
                  # "found buried" near X lay where they were killed)
                  r"|\b(?<!found\s)(?<!discovered\s)(?:buried|laid\s+to\s+rest|interred)\s+(?:[\w-]+\s+){0,3}?(?:in|at)"
                  r"|\b(?:arriving|arrived|who\s+arrived|newly\s+arrived)\s+(?:in|at)"
                  # a place the people were trying to reach ("before the convoy could reach Sikasso", "on its way to reach")
                  r"|\b(?:could|would|to|trying\s+to|tried\s+to|attempting\s+to)\s+(?:reach|get\s+to|make\s+it\s+to)"
                  r"|\bfrom\s+(?-i:[A-ZÀ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]*)?\s+to|\btowards?)"
                  # ("fled to the regional capital, Dori")
                  r"\s+(?:the\s+)?(?:(?:(?-i:[a-z-]+)\s+){0,3}?(?:of|in|at)\s+(?:the\s+)?)?(?:(?:regional|provincial|district)\s+)?"
                  r"(?:capital,?\s+)?$")
# right before a journey's end: a place the people reached ("a convoy that had left Anefis arrived in Aguelhok"):
# when the sentence names only journeys' ends and starts, the place reached is where its people were
ARRIVAL_BEFORE = (r"\b(?:arrived|arriving|arrives|who\s+arrived|newly\s+arrived)\s+(?:(?:safely|back)\s+)?(?:in|at)"
                  r"\s+(?:the\s+)?(?:(?:(?-i:[a-z-]+)\s+){0,3}?(?:of|in|at)\s+(?:the\s+)?)?$")
# right before a name: a place left ("a FAMa convoy left Anefis and arrived in Aguelhok"), a journey's start only in a
# sentence that tells an arrival (alone, "the army left Tessalit" is the withdrawal's own place)
LEFT_BEFORE = (r"\b(?:left|leaving|departed|departing)\s+(?:the\s+)?(?:(?:(?-i:[a-z-]+)\s+){0,3}?(?:of|in|at)\s+(?:the\s+)?)?$")
# right before a name: where the people of the story come from, are based or speak from, not where the
# event happened ("militants from X attacked Y", "gunmen based in X", "residents of X said", "who crossed
# from X"): set aside like a journey's end when the sentence names another place
ORIGIN_BEFORE = (r"(?:\b(?:militants?|fighters?|gunmen|assailants|attackers|insurgents|jihadists|m[ae]n|wom[ae]n|youths?|"
                 r"villagers|herders?|farmers?|traders?|merchants?|miners?|passengers|civilians?|IDPs|displaced|"
                 r"members?|elements|soldiers|troops|people|persons?|individuals?|hunters?|militiam[ae]n|militias?|vigilantes?|"
                 r"volunteers?|VDPs?|reinforcements|units?|detachments?|patrols?|convoys?|columns?|escorts?|pastoralists?|fisherm[ae]n|refugees?|returnees?|residents?|famil(?:y|ies)|communit(?:y|ies))\s+"
                 # (a distance is no origin: "a convoy 10 km from X on the road to Y" is near X)
                 r"(?:[\w-]+\s+){0,2}?(?<!\bkm\s)(?<!\bkms\s)(?<!metres\s)(?<!meters\s)(?<!miles\s)from"
                 # a unit named by its base, its people told before it: "soldiers of the Djibo detachment", "troops
                 # from the Kongoussi garrison" (the base's noun follows the name: the words before end on "of the")
                 r"|\b(?:soldiers|troops|gendarmes|policemen|elements|units?|reinforcements|members)\s+of(?=\s+the\s+$)"
                 # a group named by its own name: "Dozo from X", "Koglweogo from X" ("Apart from X" is no group)
                 r"|\b(?-i:(?!(?:Apart|Aside|Away|Far|Except)\b)[A-Z][a-zà-ÿ][\w-]*)\s+from"
                 r"|\b(?:came|come|crossed|crossing|originating|hailing|operating|launched|attacking)\s+from"
                 # a journey's start: "after leaving Gao", "having left Gao", "the convoy, which had left Gao"
                 r"|\b(?:after|upon|on|since|before)\s+leaving|\b(?:having|had)\s+left|\b(?:departed|departing|setting\s+out)\s+from"
                 r"|\b(?:based|stationed|headquartered|hiding|camped|camping|encamped|massed)\s+(?:in|at|near|around)"
                 r"|\b(?:residents?|inhabitants?|natives?|notables?|sources?|officials?|elders?)\s+(?:of|in)"
                 # the people of a village raiding another: "villagers of X attacked the village of Y" (not its
                 # traders, who close shop at home, nor "farmers of X and Y clashed", two villages' sides)
                 r"|\bvillagers\s+of"
                 # the place the displaced fled ("families who fled fighting around X held a sit-in in Y")
                 r"|\b(?:fled|flee(?:ing)?|escaped|escaping)\s+(?:[\w-]+\s+){0,3}?(?:from|in|around|near|at)"
                 r"|-based\s+(?:in|at))"
                 # "traders returning from the weekly market at X": the market's town, where they had been
                 r"\s+(?:the\s+)?(?:(?:(?-i:[a-z-]+)\s+){0,2}?(?:of|in|near|at)\s+(?:the\s+)?)?$")
# right before a name: where a story's speakers sit ("security sources in Ouagadougou said", "officials in the
# capital, Bamako"): the capital's sources tell of an incident far away, so their seat never stands in for it
SPEAKER_AT_BEFORE = (r"\b(?:sources?|officials?|diplomats?|spokes(?:man|woman|person)|analysts?|authorities|government|"
                     r"ministry|headquarters|general\s+staff|junta|doctors?|medics?|nurses?|(?:health|medical)\s+workers?)"
                     r"(?:,?\s+(?:[\w-]+\s+){0,2}?based\s+|\s+)(?:in|at)"
                     # a capital told with its rank ("a hospital source in the regional capital Dori")
                     r"\s+(?:the\s+(?:(?-i:[a-z-]+)\s+)?capital(?:\s+city)?,?\s+)?$"
                     # where a statement was made or issued ("said on Sunday in Ouagadougou", "a statement issued in
                     # Bamako"): a day may stand between, never an article (the place of "said the attack in X" is the attack's)
                     r"|\b(?:said|says|told|announced|declared|stated|confirmed|issued|published|released|read\s+out)\s+"
                     r"(?:(?!the\b|an?\b)[\w-]+\s+){0,2}?(?:in|from)\s+(?:the\s+capital,?\s+)?$"
                     # where the news of it came to ("news of the attack reached Niamey only on 12 May"): no place of the deed
                     r"|\b(?:news|word|reports?|information)\b[^.;:!?]{0,40}?\b(?:reached|arrived\s+in)\s+(?:only\s+)?$")
# right before a name, in a sentence after the event's: the incident named by its noun and its target there
# ("The attack targeted X", "The post attacked was in X", "The ambush happened near X"): the event's place
INCIDENT_AT_BEFORE = (r"\b(?:attack|assault|raid|ambush|killings?|massacre|strike)\w*\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:targeted|hit|struck|was\s+in|was\s+at|was\s+near)\s+(?:the\s+)?"
                      r"(?:(?:(?-i:[a-z-]+)\s+){0,3}?(?:of|in|at)\s+(?:the\s+)?)?$")
# an unnamed settlement the story names later ("an attack on a village in northern Burkina Faso", a headline's "attack on
# village in ..."; not "a village called X", which names it)
UNNAMED_SETTLEMENT = r"\b(?:an?\s+|one\s+|(?<=\bon\s)|(?<=\bin\s))(?:remote\s+|small\s+|rural\s+)?(?:village|town|hamlet|locality|settlement)\b(?!\s+(?:of|called|named)\b)"
# right before a name: a settlement told as one ("stormed the village of X"), where a lead's unnamed village near
# a town may be named later (``analyse.events.unnamed_village``)
NAMED_SETTLEMENT_BEFORE = r"\b(?:village|hamlet|locality|settlement)\s+of\s+$"
# a fight whose sides both struck ("merchants fought with machetes", "two families clashed", "a brawl between gold
# miners"): mob violence that names no other party is one crowd against another (``analyse.actors.mob_victims``)
MUTUAL_FIGHT = (r"\b(?:clashed|fought(?!\s+(?:off|back))|came\s+to\s+blows|traded\s+blows)\b|"
                r"\b(?:brawls?|clash(?:es)?|fights?|fighting)\s+between\b")
# right before a name, in a sentence after an event's that names no town: the attack's target and its town ("repelled
# the attack of the terrorists on the camp at X", "the assault on the army post in X"): where that event happened
TARGET_AT_BEFORE = (r"\b(?:attack|assault|raid|ambush|offensive)s?\s+(?:(?:of|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?"
                    r"(?:on|against)\s+(?:the\s+|an?\s+|its\s+)?(?:(?-i:[a-z-]+)\s+){0,2}?(?:camp|post|base|garrison|barracks|"
                    r"position|outpost|checkpoint|convoy|village|town|market)\s+(?:at|in|of|near)\s+$"
                    # the story's own attack by its definite noun: "17 people had been killed in the attack in X"
                    r"|\b(?:in|during)\s+the\s+(?:attack|assault|raid|ambush|massacre|killings)\s+(?:in|at|near|on)\s+$")
# a journey's start: "from" before the name and "to" after it ("escorting traders from X to Y"; Y is a
# ``JOURNEY_BEFORE`` end); "15 km from X towards Y" is a distance along the road, not a journey
# ("a bus leaving Kaya for Dori": the town it left, the end being named after "for")
ROUTE_START = (r"(?<!km\s)(?<!kms\s)(?<!metres\s)(?<!meters\s)\bfrom\s+(?:the\s+)?$|\b(?:left|leaving|departed|departing)\s+$",
               r"^\s+(?:to|towards?|for)\s+(?:the\s+)?(?-i:[A-ZÀ-Þ])")
# right before a name, in a sentence after the event's: the event is told to have happened there ("The
# attack took place in the Bam province", "The village is located in X"): the event's place
EVENT_AT_BEFORE = (r"\b(?:took\s+place|occurred|happened|unfolded|was\s+carried\s+out|is\s+located|was\s+located|lies)"
                   r"\s+(?:[\w-]+\s+){0,3}?(?:in|at|near|around|outside)\s+(?:the\s+)?(?:(?:(?-i:[a-z-]+)\s+){0,2}?of\s+(?:the\s+)?)?$")
# a place told as a settlement ("the village of X"): a note about Sahel villages (``place_home``)
SETTLEMENT_OF = r"\b(?:village|hamlet|commune|locality|settlement)\s+of\s+(?-i:[A-ZÀ-Þ])"
# right before a name: the place is around it, not the town itself (ACLED geo-precision 2)
# a road named by the towns at its ends ("the Gao-Ansongo road", "the Boni-Hombori axis")
ROUTE_WORDS = r"(?:road|roads|axis|highway|route|stretch|corridor|track|trunk\s+road)"
# a sentence that tells its incident on a road: an ambush, a convoy or column on the move, a road named ("on the road to
# Bandiagara", "the RN15"); outlets round such an incident to either end of the road
ROAD_INCIDENT_CUES = r"ambush\w*|convoy\w*|column|supply\s+trucks?|" + ROUTE_WORDS + r"|\bRN\s?\d+"
# after a road's name, the spot on it ("on the Sevare-Gao road near Douentza"): there, not at the road's end
ROUTE_SPOT = r"(?:near|close to|not far from|outside|at|around|in the vicinity of|at the level of)"
# after a road's name, its spot told by a distance from a place ("the Torodi-Makalondi road, about 15 km from
# Makalondi", "12 km north of Djibo"): ACLED codes the place measured from, not the road's first end
ROUTE_SPOT_DISTANCE = (r"(?:(?:about|some|around|roughly|approximately|nearly|almost|less\s+than|over|just)\s+)?"
                       r"\d+(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:re|er)s)\s+(?:(?:to\s+the\s+)?[\w-]+\s+)?(?:from|of|before|after|short\s+of|past)")
NEAR_BEFORE = (r"(?:\bnear|\bbetween|\bcommune of|\bmunicipality of|\bdepartment of|\bclose to|\bnot far from|\boutside|\boutskirts of|\bvicinity of|\barea of|\bareas of|"
               r"(?:\d|\b(?:a few|several|some|dozens of|tens of))\s*(?:km|kms|kilometres|kilometers)\s+(?:(?:\w+[- ]?){0,2}(?:of|from)|before|after|short\s+of|past))"
               r"(?:\s+the)?(?:\s+(?:town|village|city|locality|commune|hamlet)s?\s+of)?\s*$")

# head words of organisation names: a capitalised name built on one ("the Front for the Liberation of
# X", "Movement for Justice") is an organisation even when the model misses it
ORG_HEADS = ["Front", "Movement", "Group", "Coalition", "Brigade", "Battalion", "Katiba", "Council", "Alliance",
             "Army", "Union", "Party", "Militia", "Committee", "Organisation", "Organization", "Coordination",
             "Platform", "Association", "Federation", "Mission", "Corps", "Guard"]
ORG_LINKS = ["for", "of", "in"]
ARTICLES = ["the"]

# feasts on a fixed day of the calendar, (month, day): "on Christmas Eve 2023" (``dates``); "Christmas" alone names
# a season too ("before Christmas"), not a day
FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
                  "new year's eve": (12, 31), "new year's day": (1, 1), "all saints' day": (11, 1), "all saints day": (11, 1),
                  "assumption day": (8, 15),
                  # 1 May, the public holiday of the Sahel's states ("Labor Day" alone, the American September
                  # Monday, is left out)
                  "labour day": (5, 1), "international labour day": (5, 1), "workers' day": (5, 1),
                  "international workers' day": (5, 1)}
# Christian feasts counted from Easter Sunday (``feast_days``: days from it), a day of their own ("On Easter Sunday
# 2024", "on Good Friday"); "Easter" alone names a season too ("before Easter")
EASTER_FEASTS = {"easter sunday": 0, "easter day": 0, "good friday": -2, "holy thursday": -3, "maundy thursday": -3,
                 "palm sunday": -7, "easter monday": 1, "ascension day": 39, "pentecost sunday": 49, "pentecost": 49,
                 "whit sunday": 49, "whit monday": 50, "pentecost monday": 50}
# Muslim feasts that move through the solar year (``feast_days``; their days: ``knowledge.islamic_feasts``):
# "on the day of Tabaski", "during Eid al-Fitr prayers", "the first day of Ramadan 2023"; "Eid" alone names either
# feast, and "Ramadan" alone a season ("ahead of Ramadan"), so only a period word makes the month a date
MOVING_FEASTS = {
    **dict.fromkeys(("eid al-fitr", "eid el-fitr", "eid ul-fitr", "id al-fitr", "eid al fitr", "korite", "korité"),
                    "eid_al_fitr"),
    **dict.fromkeys(("eid al-adha", "eid el-adha", "eid ul-adha", "id al-adha", "eid al-kabir", "eid al-kebir",
                     "eid el-kebir", "eid el-kabir", "tabaski"), "eid_al_adha"),
    **dict.fromkeys(("mawlid", "mawlid an-nabi", "mawlud", "mouloud", "maouloud", "the prophet's birthday",
                     "the prophet muhammad's birthday"), "mawlid"),
    **dict.fromkeys(("the first day of ramadan", "the first day of the ramadan", "ramadan's first day",
                     "the first day of the holy month of ramadan"), "ramadan_start"),
    **dict.fromkeys(("during ramadan", "throughout ramadan", "during the month of ramadan", "during the holy month of ramadan",
                     "throughout the month of ramadan", "throughout the holy month of ramadan"), "ramadan_month"),
}
# a day counted from a feast ("the eve of Eid al-Adha", "three days after Eid al-Fitr"): (prefix, days per count)
FEAST_OFFSETS = (
    (r"(?:the\s+)?eve\s+of\s+(?:the\s+)?", -1),
    (r"the\s+day\s+before\s+(?:the\s+)?", -1),
    (r"the\s+day\s+after\s+(?:the\s+)?", 1),
    (r"(?P<n>\d+|{num})\s+days?\s+before\s+(?:the\s+)?", -1),
    (r"(?P<n>\d+|{num})\s+days?\s+after\s+(?:the\s+)?", 1),
)
# "early June", "mid-May", "late July", "the end of May": which third of the month (``dates``)
MONTH_PARTS = {"early": 0, "the beginning of": 0, "the start of": 0, "the first days of": 0, "mid": 1, "the middle of": 1,
               "late": 2, "the end of": 2, "the last days of": 2,
               # "early in March", "end-March", "in the closing days of March": the same thirds in other words
               "early in": 0, "the first few days of": 0, "the opening days of": 0, "late in": 2, "end": 2,
               "the closing days of": 2, "the final days of": 2, "the last few days of": 2}
# "at the end of last month", "early this month": a part of the month the publication's day counts from (``dates``)
# ("at the start of the month", "in mid-month": the report's month, as "this month"; not "the month of Ramadan")
MONTH_PART_RELATIVE = {r"(?:last|the previous|the past)\s+month": -1, r"this\s+month": 0, r"month(?!\s+of\b)": 0}
# "the capital of Mali", "Mali's capital", "the Nigerien capital": the country's capital city
# (``place_capitals``); the adjectives are the demonyms of ``knowledge.outlets``
CAPITAL_WORD = "capital"
CAPITAL_ADJECTIVES: dict[str, str] = {}
