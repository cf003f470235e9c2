"""Who tells a toll, told beside it: the subject of a verb that gives it, an actor or its command ("the ministry
announced 71 soldiers killed", "The AES command reported 23 terrorists killed"), or a capital speaking for its
government ("Niamey reported 31 terrorists neutralised").  The toll's source is no one acting in the incident and
no new scene of it (``events.tolls``)."""

from __future__ import annotations

import re

# the subject of a verb that gives a toll ("The government put the toll at 58", "the ministry announced 71 soldiers
# killed", "the army gave a toll of 12"): the toll's source, not someone acting
# (the actor's own voice may stand between: "The AES command reported 23 terrorists killed", "the FLA's spokesman announced")
TOLL_SOURCE = re.compile(r"(?:['’]s)?(?:\s+(?:high\s+)?(?:command|general\s+staff|headquarters|spokes(?:man|person|woman)|"
                         r"leadership|communiqu[ée]|statement|état-major|porte-parole))?"
                         r"\s*(?:(?:later|also|officially|initially|then)\s+)?(?:put|puts|gave|gives|placed|places|set|"
                         r"announced|announces|reported|reports|counted|counts|recorded|records|tallied|"
                         r"a\s+(?:fait\s+état|annoncé|établi|donné)|fait\s+état)\b", re.IGNORECASE)


# a capital speaking for its government ("Niamey reported 31 terrorists neutralised", "Bamako said", « Ouagadougou a
# annoncé »): the toll's source, no new scene
CAPITAL_SPEAKS = re.compile(r"\s+(?:said|says|claimed|claims|stated|announced|announces|reported|reports|put|gave|"
                            r"a\s+(?:annoncé|affirmé|fait\s+état|indiqué|revendiqué)|annonce|affirme)\b", re.IGNORECASE)
