"""Gangs' own violence: the deed of an armed, organised party, whatever its trade.

The convention (one for the whole project, golds and rules alike).  A gang, a cartel, a cult group or a mafia is an
armed, organised party, as ACLED codes them where it covers gang violence (Latin America, the Caribbean, Karachi's
gang war, Nigeria's cult groups): its fights with another such party or with the forces are armed clashes; its
killings, kidnappings and burnings of people are attacks, abductions and destruction, whatever the motive (turf,
extortion, revenge, a debt).  CASE 2021 task 2's ORG_CRIME is crime with no such deed: trafficking, smuggling, a
seizure, counterfeits, fraud, a gang's members arrested, its ring dismantled or its leader sentenced.  The tune half
of CASE says so: its 9 ORG_CRIME golds are all of these (a youth gang's member caught for robbery, smugglers of
migrants intercepted, drugs and counterfeit money found in a car, a corruption scam, a cyber crime), while gunmen who
attacked a bar in Belém and killed 11 are an ATTACK and a cartel's bomb in a cathedral a REM_EXPLOS; none of its golds
gives a gang's fight or killing ORG_CRIME.

Still ordinary crime, outside ACLED (``scope``'s crime doubt): people who are no organised armed party (robbers,
thieves, carjackers, a quarrel, a lone shooter), a gang named by such a trade ("a gang of car thieves", "a robbery
gang", kidnappers who ask a ransom), and the police who raid, arrest or seize (``lead_topic``); a court's verdict
on a gang's old killing is a verdict (``scope.under_verdict``).
"""

from __future__ import annotations

import re

# the organised armed parties of crime (a "gang-rape" names no gang: ``_NOT_A_GANG``)
GANGS = re.compile(
    r"\b(?:gangs?|gangsters?|gangland|cartels?|mafias?|mafiosi|mobsters?|sicarios?|cultists?|"
    r"cult (?:groups?|gangs?|members?)|confraternit(?:y|ies)|narco-?(?:gangs?|gunmen|militias?)|"
    r"crime (?:famil(?:y|ies)|clans?|syndicates?)|criminal (?:gangs?|groups?|organi[sz]ations?)|"
    r"gangs?\s+(?:criminels?|armés?)|bandes?\s+(?:rivales|criminelles|armées))\b",
    re.IGNORECASE,
)
# a gang named by a trade of theft, robbery, smuggling or ransom (ordinary crime's gang), and the gang-rape
_NOT_A_GANG = re.compile(
    r"\bgangs?\s+of\s+(?:armed\s+|suspected\s+|notorious\s+)?(?:robbers|thieves|car (?:thieves|lifters|snatchers)|"
    r"burglars|pickpockets|smugglers|kidnappers|rustlers|fraudsters|housebreakers|snatchers)\b|"
    r"\b(?:robbery|theft|car-?lifting|kidnapping|kidnap|burglary|smuggling|trafficking|fraud|cyber|hacking|"
    r"highway robbery|dacoity)\s+(?:gangs?|rings?|syndicates?)\b|\bgang-?rap\w*",
    re.IGNORECASE,
)
# doers of ordinary crime in the sentence: the deed is theirs, not a gang's war
_ORDINARY_DOERS = re.compile(
    r"\b(?:robbers?|robbery|robbed|thie(?:f|ves)|burglars?|carjack\w*|muggers?|smugglers?|poachers?|hackers?|"
    r"pickpockets?|fraudsters?|braqueurs?|voleurs?|cambrioleurs?)\b",
    re.IGNORECASE,
)
# the police acting on a gang: a raid, an arrest, a seizure (``lead_topic``'s crime lead), not the gang's deed
_POLICE_ON_A_GANG = re.compile(
    r"\b(?:police|policemen|officers|agents|detectives|marines|prosecutors|investigators|authorities|policiers|gendarmes)\b"
    r"[^.;]{0,60}?\b(?:raided|arrested|busted|dismantled|seized|detained|captured|nabbed|apprehended|intercepted|"
    r"smashed|rounded up|charged|convicted|sentenced|jailed|ont arrêté|ont démantelé|ont interpellé)\b",
    re.IGNORECASE,
)


def gang_violence(text: str) -> bool:
    """Whether sentence ``text`` tells a deed of a gang, a cartel, a cult group or a mafia (the module's
    convention), not a robber's or a thief's nor the police's action on a gang."""
    rest = _NOT_A_GANG.sub(" ", text)
    return GANGS.search(rest) is not None and _ORDINARY_DOERS.search(text) is None \
        and _POLICE_ON_A_GANG.search(text) is None

