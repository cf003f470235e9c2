"""The words of attributed statements: reporting verbs by stance, the agencies that relay them
(data/claims_<lang>.tsv), and the reading of a source described but not named ("a local
official", « plusieurs habitants ») as ``unnamed:<description>``.  Shared by the attribution
stage (``sitrep.analyse.attribution``) and the claims stage."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.analyse.aside_speakers import said_past_an_aside
from sitrep.analyse.data_tables import table_rows
from sitrep.analyse.state_offices import ministry_government
from sitrep.knowledge.demonyms import country_of_demonym
from sitrep.knowledge.names import fold_name
from sitrep.regex_codes import longest_first


@lru_cache(maxsize=4)
def lexicon(language: str = "en") -> dict[str, frozenset[str] | re.Pattern[str]]:
    """Reporting verbs by stance and the news agencies that relay statements (data/claims_<lang>.tsv)."""
    rows: dict[str, list[str]] = {}
    for key, value in table_rows("claims", language):
        rows.setdefault(key, []).extend(v.strip() for v in value.split(",") if v.strip())
    out: dict[str, frozenset[str] | re.Pattern[str]] = {k: frozenset(v) for k, v in rows.items() if k != "outlet"}
    # "according to X" and "told <outlet>" phrasings (English defaults; claims_fr.tsv has "selon", "a déclaré à")
    out["according"] = frozenset(rows.get("according", ["according to"]))
    out["told"] = frozenset(rows.get("told", ["told", "telling", "tells", "said to", "in an interview with", "speaking to"]))
    outlets = sorted(rows.get("outlet", []), key=len, reverse=True)
    out["outlet"] = re.compile(r"\b(?:" + "|".join(re.escape(o) for o in outlets) + r")\b")
    return out


@lru_cache(maxsize=1)
def _suspicion() -> re.Pattern[str]:
    words = {w for language in ("en", "fr") for w in lexicon(language).get("suspicion") or ()}  # type: ignore[union-attr]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in longest_first(words)) + r")\b", re.I)


def tells_a_suspicion(sentence: str) -> bool:
    """Whether the sentence presents who did it as a guess ("suspected jihadists attacked", « des hommes armés
    présumés jihadistes »): the ``suspicion`` row of data/claims_<lang>.tsv, both languages read (a report
    carries no language)."""
    return bool(sentence) and bool(_suspicion().search(sentence))


UNNAMED = "unnamed:"  # speaker id prefix of a source described but not named ("a local official")
_INDEFINITE = re.compile(r"(?:a|an|one|some|two|three|several|many|un|une|des|plusieurs|deux|trois|certains|certaines)\b", re.I)
_DEFINITE = re.compile(r"(?:the|this|that|le|la|l['’]|cet|cette|ce)\b", re.I)
_FR_ADJECTIVE = re.compile(r"\w+(?:al|ale|ales|aux|el|elle|els|elles|aire|aires|ien|iens|ienne|iennes|ique|iques|ais|aise|aises)$")


def unnamed_head(phrase: str, language: str) -> tuple[int, int] | None:
    """(start, end) in ``phrase`` of the source noun of an unnamed speaker ("local official",
    "habitants"), from the ``unnamed`` row of data/claims_<lang>.tsv; None when it has none."""
    heads = lexicon(language).get("unnamed") or frozenset()
    if not heads:
        return None
    pattern = _unnamed_pattern(language, heads)  # type: ignore[arg-type]
    # the head of the first noun group: "a former UN mission official | in Kidal", "plusieurs habitants | joints par RFI"
    cut = _GROUP_END.search(phrase, 1)
    group = phrase[: cut.start()] if cut else phrase
    found = list(pattern.finditer(group))
    return (found[-1].start(), found[-1].end()) if found else None


_GROUP_END = re.compile(r"\s(?:in|of|from|for|at|with|near|on|who|which|de|du|des|d['’]|à|au|aux|en|qui|joints?|jointes?|"
                        r"contactée?s?|cités?|interrogée?s?|reached|quoted|speaking)\b|[,;:(]", re.I)


@lru_cache(maxsize=4)
def _unnamed_pattern(language: str, heads: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(h) for h in longest_first(heads))
    return re.compile(rf"\b(?:{words})\b", re.I)


def unnamed_speaker(phrase: str, language: str, definite_ok: bool = False) -> str | None:
    """``unnamed:<description>`` for a subject that describes a source without naming it: an
    indefinite phrase ("a local politician", "un élu local", "plusieurs habitants") or a bare plural
    ("residents", "security sources") whose head is a source noun.  The description keeps the words
    up to the head (and a French adjective after it): "a former UN mission official in Kidal" →
    ``unnamed:former-un-mission-official``.  Not an actor: nobody is invented; fusion compares it
    with other sources as a speaker of its own."""
    text = re.sub(r"\s+", " ", phrase.strip())
    det = _INDEFINITE.match(text) or (_DEFINITE.match(text) if definite_ok else None)
    head = unnamed_head(text, language)
    if head is None or head[0] > 60:
        return None
    if det is None:
        if _DEFINITE.match(text):
            return None  # "the residents": the ones already heard (see ``_resolve_phrase``)
        bare = text[: head[1]].split()
        # a bare plural ("residents said", "local sources said"), a few words at most
        if len(bare) > 4 or not text[head[0]:head[1]].lower().endswith(("s", "x")):
            return None
    start = det.end() if det else 0
    end = head[1]
    if language == "fr":
        nxt = re.match(r"\s+(\w+)", text[end:])
        if nxt and _FR_ADJECTIVE.fullmatch(nxt.group(1)):
            end += nxt.end()
    words = re.findall(r"[\w'’-]+", fold_name(text[start:end]).lower())
    return UNNAMED + "-".join(words[-5:]) if words else None


# a statement that calls what others report false ("described reports of an attack as propaganda",
# « a qualifié de pure propagande les informations faisant état d'une attaque »): a denial, and its
# speaker is who denies, not a party of the event the reports tell
_REPORTS = r"(?:reports?|allegations?|claims|rumou?rs|accounts?|informations?|allégations?|rumeurs?|bilans?)"
_FALSE = (r"(?:propagand\w*|fake news|disinformation|désinformation|infox|fabricat\w+|baseless|unfounded|"
          r"sans fondement|fantaisistes?|mensong\w*|fausses? (?:informations?|nouvelles?))")
# "dismissing claims by the rebels that they had captured the base", « démentant les informations selon
# lesquelles … »: the reports are denied however they are called
_DISMISSING = r"(?:dismiss|reject|den(?:y|ie)|refut|démen|rejet|réfut)\w*\s+(?:the\s+|les\s+|des\s+)?"
_DISMISSAL = re.compile(rf"\b{_REPORTS}\b.{{0,120}}?\b{_FALSE}|\b{_FALSE}\b.{{0,60}}?\b{_REPORTS}\b"
                        rf"|\b{_DISMISSING}{_REPORTS}\b", re.I | re.S)


def dismisses_reports(sentence_text: str) -> bool:
    """The sentence calls others' reports false (see ``_DISMISSAL``)."""
    return bool(_DISMISSAL.search(sentence_text))


# a change of hands said not to have happened ("the army has not retaken X", "X never fell",
# « l'armée n'a pas repris X », « n'est jamais tombée »): the speaker denies it
_NEGATED_TRANSFER = re.compile(
    r"\b(?:has|have|had|did|does|do)\s*(?:not|n['’]t|never)\s+(?:been\s+)?(?:re-?taken|re-?take|recaptured?|retook|"
    r"taken|take|seized?|captured?|regained?|fallen|fall|entered|enter|control(?:led)?)\b"
    r"|\bnever\s+(?:fell|lost|retook|recaptured|entered)\b"
    r"|\bn['’](?:a|ont|avait|avaient|est|sont)\s+(?:pas|jamais)\s+(?:été\s+)?(?:repris|pris|reconquis|tombée?s?|"
    r"perdu|entrée?s?|contrôlée?s?)\b", re.I)


def negates_change_of_hands(content: str) -> bool:
    """The statement says a town was not taken or retaken (see ``_NEGATED_TRANSFER``)."""
    return bool(_NEGATED_TRANSFER.search(content))


# words that make the actor before them the parent of the one after ("Al Qaeda affiliate JNIM")
DESCRIBES_NEXT = re.compile(r"^(?:['’]s)?\s*(?:[\w-]+\s+)?(?:-?linked|affiliated?|branch|wing|arm|offshoot|filiale|branche|"
                             r"affili[ée]e?|li[ée]e?)\b"
                             # « le GSIM, lié à al-Qaïda », "JNIM, affiliated with al-Qaeda": what follows is the parent
                             r"(?!\s+(?:à|au|aux|to|with|of|de|du|d['’]))", re.IGNORECASE)


def described_branch(ctx, a):
    """The actor the words after ``a`` name as its branch ("Al Qaeda affiliate JNIM", "al-Qaeda-linked
    JNIM"): the branch speaks, the parent only qualifies it, even when the parser's subject phrase
    stops before the branch's name."""
    text = ctx.document.text
    described = DESCRIBES_NEXT.match(text[a.span.char_end:a.span.char_end + 40])
    if not described:
        return _regional_branch(ctx, a)
    at = a.span.char_end + described.end()
    following = [b for b in ctx.actors if at <= b.span.char_start <= at + 3 and b.actor_id != a.actor_id]
    return following[0] if following else a


# "the Islamic State group's Sahel branch": a group's branch named by its region
_REGION_BRANCH = re.compile(r"(?:\s+group)?['’]s\s+([A-Z][\w-]+)\s+(?:branch|province|affiliate|wing)\b")


def _regional_branch(ctx, a):
    """The actor a group's regional branch names ("the Islamic State group's Sahel branch" → the actor that goes by
    "Islamic State Sahel"), when the actor base knows it; else ``a``."""
    m = _REGION_BRANCH.match(ctx.document.text[a.span.char_end:a.span.char_end + 40])
    if m is None:
        return a
    found = ctx.knowledge.actors.resolve(f"{a.surface} {m.group(1)}")
    if not found or found[1] < 0.9 or found[0] == a.actor_id:
        return a
    return a.model_copy(update={"actor_id": found[0]})


def actor_read_as_person(ctx, person, phrase: str) -> str | None:
    """The actor a "person" the name model found with its possessive really names: in "Burkina Faso’s
    government" (typographic apostrophe) the model reads "Burkina Faso’s" as a person, yet the words name
    a party of the actor base: the phrase without the possessive ("Burkina Faso government"), else the
    name alone (a country names its government)."""
    base = getattr(getattr(ctx, "knowledge", None), "actors", None)
    if base is None or not re.search(r"['’]s$", person.surface.strip()):
        return None
    for words in (re.sub(r"['’]s\b", "", phrase), re.sub(r"['’]s$", "", person.surface.strip())):
        found = base.resolve(words.strip())
        if found and found[1] >= 0.6:
            return found[0]
    return None


# a country's government told with its possessive ("Niger's government", "Mali's transitional government"): the
# recogniser may tag no actor in it, yet the words name the government of that country
_COUNTRY_GOVERNMENT = re.compile(r"^(?:the\s+)?(?P<country>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?:[a-z-]+\s+)?"
                                 r"government$")


def government_of_possessive(ctx, phrase: str) -> str | None:
    """The government a possessive phrase (``_COUNTRY_GOVERNMENT``) names, if the actor base knows it."""
    m = _COUNTRY_GOVERNMENT.match(phrase.strip())
    base = getattr(getattr(ctx, "knowledge", None), "actors", None)
    if m is None or base is None:
        return None
    found = base.resolve(f"government of {m.group('country')}")
    return found[0] if found and found[1] >= 0.9 else None


# a French communiqué's opening: « L'état-major général des armées informe (l'opinion…) que… », « Le gouvernement
# informe que… », « L'état-major dément formellement… », also after an opening phrase (« Dans un communiqué rendu
# public hier soir, l'état-major général des armées informe que… »).  The small French model reads "informe" as
# an adjective and "dément" as an adverb (both are also words of their own), so no verb carries a subject; the
# opening is read from the sentence's words instead
_COMMUNIQUE = re.compile(r"(?:^|[-–—:]\s*|^[^,;«»\"]{0,80}\bcommuniqu[ée][^,;«»\"]{0,60},\s*)"
                         r"(?P<subj>(?:l['’]|le |la |les )[^,;«»\"()]{2,80}?)(?:\s*\([A-ZÀ-Þ][\w.-]{1,12}\))?\s+"  # « (EMGA) »
                         r"(?P<verb>informent|informe|démentent|dément)\b", re.IGNORECASE)
# the issuer told after the verb: « …, informe un communiqué du ministère de la Défense nationale lu hier soir »;
# its article stays with it (« de l'état-major … »): the actor's name starts there
_COMMUNIQUE_AFTER = re.compile(r",\s*(?P<verb>informe|indique|précise|annonce|rapporte|souligne)\s+(?:un|le)\s+"
                               r"communiqu[ée]\s+(?:du\s+|des\s+|de\s+(?=la\s|l['’]))(?P<subj>[^,;«»\"()]{2,80}?)"
                               r"(?=\s+(?:lu|publi|diffus|rendu|sign|parvenu|transmis)\w*\b|\s*[,.;]|\s*$)", re.IGNORECASE)


# the issuer opening the sentence with a verb of saying in the compound past, an incise between auxiliary and participle
# (« L'état-major général des armées a de son côté affirmé dans un communiqué avoir … », « Le gouvernement a pour sa part
# indiqué que … »): the incise breaks the small French model's parse, the words still tell who speaks
_COMPOUND_SAID = re.compile(r"^\s*(?P<subj>(?:l['’]|le |la |les )[^,;«»\"()]{2,80}?)(?:\s*\([A-ZÀ-Þ][\w.-]{1,12}\))?\s+"
                            r"(?:a|ont)\s+"
                            r"(?:de\s+son\s+côté|de\s+leur\s+côté|pour\s+sa\s+part|pour\s+leur\s+part|quant\s+à\s+(?:lui|elle|eux))\s+"
                            r"(?P<verb>affirmé|indiqué|annoncé|assuré|déclaré|précisé|revendiqué|démenti|reconnu|fait\s+état)\b",
                            re.IGNORECASE)


@dataclass(frozen=True)
class CommuniqueOpening:
    subject: tuple[int, int]  # the issuer's words in the sentence
    verb: str
    content: str


def communique_opening(sentence: str) -> CommuniqueOpening | None:
    """The issuer, verb and content of a sentence that opens or relays a French communiqué, or None."""
    m = _COMMUNIQUE.search(sentence)
    if m is not None:
        return CommuniqueOpening((m.start("subj"), m.end("subj")), m.group("verb"), sentence[m.end():].strip(" ,."))
    m = _COMMUNIQUE_AFTER.search(sentence)
    if m is not None:
        return CommuniqueOpening((m.start("subj"), m.end("subj")), m.group("verb"), sentence[:m.start()].strip(" ,."))
    m = _COMPOUND_SAID.search(sentence)
    if m is not None:
        return CommuniqueOpening((m.start("subj"), m.end("subj")), m.group("verb"), sentence[m.end():].strip(" ,."))
    aside = said_past_an_aside(sentence)
    if aside is not None:
        return CommuniqueOpening(*aside)
    return None


_ADMINISTRATOR_OF = r"^(?:the\s+|le\s+|la\s+|l['’])?(?:{titles})\s+(?:of|de|du|d['’]|des)\s"


def administrator_of_place(ctx, p0: int, p1: int, phrase: str) -> str | None:
    """The government an administrator speaks for: « le préfet de Madarounfa » or "the governor of Mopti region" is
    the state's officer over that place, so the government of the country the place lies in (None when the phrase
    is no such title, or names no place resolved in one country)."""
    titles = lexicon(ctx.language or "en").get("administrator") or frozenset()
    if not titles:
        return None
    alternation = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    if not re.match(_ADMINISTRATOR_OF.format(titles=alternation), phrase.strip(), re.IGNORECASE):
        return None
    countries = {p.country for p in ctx.places or [] if p.place_id and p.country
                 and p0 <= p.span.char_start < p1}
    base = getattr(ctx.knowledge, "actors", None)
    if len(countries) != 1 or base is None:
        return None
    resolved = base.resolve("the government", countries=countries)
    actor = base.get(resolved[0]) if resolved else None
    return actor.actor_id if actor is not None and actor.country in countries else None


# « précise le communiqué », « ajoute ce communiqué »: the statement already introduced speaks again
FR_STATEMENT_AGAIN = re.compile(r"(?:le|la|l['’]|ce|cet|cette|son|sa|leur)\s*(?:même\s+)?(?:communiqu[ée]|déclaration)$")


def _faire(token) -> bool:
    """A form of "faire", also where the small French model tags "fait" a noun with itself as lemma (« Le bilan
    officiel, communiqué par le gouvernement, fait état de onze morts »)."""
    return token.lemma_.lower() == "faire" or token.lower_ in ("fait", "font", "faisait", "faisaient")


def tells_a_record(verb) -> bool:
    """« L'armée a fait état de huit morts »: "faire état de" reports what its object names, like "report" (the
    lemma alone, "faire", is no reporting verb)."""
    doc = verb.doc
    i = verb.i if _faire(verb) else verb.i - 1  # the parser may make "état" the head
    return 0 <= i and i + 2 < len(doc) and _faire(doc[i]) and doc[i + 1].lower_ == "état" \
        and doc[i + 2].lower_ in ("de", "d'", "d’", "du", "des")


# what a speaker reads out or puts out whose words the story then quotes ("the Minister read a government
# communiqué on national television concerning the attack", « a lu un communiqué du gouvernement »)
_STATEMENT_NOUNS = frozenset({"communiqué", "communique", "statement", "declaration", "déclaration", "message"})
_PUTTING_OUT = frozenset({"read", "lire"})


def reads_out_a_statement(verb) -> bool:
    """A speaker reading out a communiqué or statement: the act is the statement's delivery, so its
    sentence is the speaker's statement (about what the object's words say it concerns) and the
    quotes "the communiqué states" after it are the same speaker's."""
    return verb.lemma_.lower() in _PUTTING_OUT and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _STATEMENT_NOUNS for c in verb.children)


def nominal_content_verbs(lang: str) -> frozenset[str]:
    """Verbs whose object alone is a statement: a denial ("denied the allegations"), an accusation
    ("accused the army of …"), a demand ("called for talks"). Other reporting verbs ("announced its
    withdrawal", "reported heavy losses") are narration unless they carry a clause or a quote."""
    lex = lexicon(lang)
    # confirming, admitting or reporting a fact ("confirmed the attack") asserts it; announcing
    # an act ("announced its withdrawal") is the act itself, told by the narrator
    out: set[str] = {"accuse", "allege", "confirm", "acknowledge", "admit", "report",
                     "accuser", "confirmer", "reconnaître", "rapporter"}
    for key in ("deny", "demand", "responsibility"):
        out |= lex.get(key, frozenset())  # type: ignore[arg-type]
    return frozenset(out)


# a party's toll told with a verb of giving or setting ("the government put the toll at 12", "gave a toll of eight
# dead", "put the number of soldiers killed at eight", « le gouvernement a donné un bilan de huit morts »), or a side
# its own losses ("The army put its losses at three dead and five wounded", « l'armée a chiffré ses pertes à »): the
# figure is the party's statement, like "said eight were killed"
_TOLL_VERBS = frozenset({"put", "give", "place", "set", "donner", "communiquer", "établir", "avancer", "chiffrer"})
_TOLL_NOUNS = frozenset({"toll", "number", "figure", "tally", "count", "bilan", "chiffre", "loss", "losses", "casualty",
                         "casualties", "perte"})
TOLL_WORDS = re.compile(r"\b(?:toll|number|figure|tally|count|bilan|chiffre|loss(?:es)?|casualt(?:y|ies)|pertes?)s?\b",
                        re.IGNORECASE)


_NEGATION = frozenset({"not", "n't", "never", "no", "ne", "n'", "n’", "pas", "jamais", "aucun", "aucune", "nul"})


def tells_a_toll(verb) -> bool:
    """A verb of giving or setting whose object is a toll (see ``_TOLL_VERBS``); not one said not to have been
    given (« Les autorités n'ont communiqué aucun bilan », "the army did not give a toll")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _TOLL_NOUNS]
    if verb.lemma_.lower() not in _TOLL_VERBS or not objects:
        return False
    said_not = [c for c in verb.children if c.lower_ in _NEGATION or c.dep_ == "neg"]
    return not said_not and not any(d.lower_ in _NEGATION for o in objects for d in o.children)


# a toll called official without naming who gave it (« selon un bilan officiel (provisoire) », "according to an
# official toll", "official figures"): the state's figure, so the government of the country the article is about
_OFFICIAL_TOLL = re.compile(r"^(?:(?:un|le|l['’]|the|an|a)\s+)?(?:(?:bilan|chiffres?|toll|death\s+toll|figures?)\s+"
                            r"officiel(?:le)?s?|official\s+(?:death\s+)?(?:toll|figures?|count))\b", re.IGNORECASE)


def official_toll_government(ctx, phrase: str) -> str | None:
    """The government an unnamed official toll (``_OFFICIAL_TOLL``) speaks for: that of the one country most of
    the document's resolved places lie in (None when the phrase is no such toll or no country leads)."""
    if not _OFFICIAL_TOLL.match(phrase.strip()):
        return None
    return _leading_countrys_government(ctx)


# a member of a government by title: "the Minister of Communication, Government Spokesperson, X", "Defence
# Minister X", « le ministre de la Communication, porte-parole du gouvernement »
_GOVERNMENT_OFFICE = re.compile(r"\b(?:(?:prime\s+)?minist(?:er|re)s?|government\s+spokes(?:man|woman|person)|"
                                r"porte-parole\s+du\s+gouvernement)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][\w.'’-]+")


def minister_government(ctx, phrase: str) -> str | None:
    """The government a minister or the government's spokesperson speaks for, named by title beside the person
    and no actor: that of the country the title's adjective names ("Russian Foreign Minister X": Russia's), else
    that of the one country most of the document's places lie in ("the Minister of Communication, Government
    Spokesperson, X" read on the national television of the country the story is about)."""
    if not _GOVERNMENT_OFFICE.search(phrase):
        return None
    named = {cc for w in _CAPITALISED.findall(phrase) if (cc := country_of_demonym(w))}
    if len(named) > 1:
        return None
    if named:
        base = getattr(getattr(ctx, "knowledge", None), "actors", None)
        resolved = base.resolve("the government", countries=named) if base is not None else None
        actor = base.get(resolved[0]) if resolved else None
        return actor.actor_id if actor is not None and actor.country in named else None
    return _leading_countrys_government(ctx)


def _leading_countrys_government(ctx) -> str | None:
    """The government of the one country most of the document's resolved places lie in (None on a tie)."""
    counts: dict[str, int] = {}
    for p in ctx.places or []:
        if p.place_id and p.country:
            counts[p.country] = counts.get(p.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    base = getattr(getattr(ctx, "knowledge", None), "actors", None)
    if not ranked or base is None or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    country = ranked[0][0]
    resolved = base.resolve("the government", countries={country})
    actor = base.get(resolved[0]) if resolved else None
    return actor.actor_id if actor is not None and actor.country == country else None


# the words of a title between the comma and a name: « le colonel », "Col.", "Mr", "the spokesman"
_APPOSITION_WORDS = 8


def through_named_apposition(text: str, end: int, stop: int, persons) -> int:
    """Where a speaker phrase cut at a comma really ends when a name follows in apposition: « selon le
    gouverneur de la région du Sahel, le colonel Hamadou Bandé, les assaillants … », "according to the
    governor, Colonel Hamadou Bandé, …": the person named is who speaks, the title only describes him."""
    if text[end:end + 1] != ",":
        return end
    cut = re.search(r"[,;]", text[end + 1:stop])
    close = end + 1 + (cut.start() if cut else stop - end - 1)
    segment = text[end + 1:close]
    if cut is None or len(segment.split()) > _APPOSITION_WORDS:
        return end
    return close if any(end < p.span.char_start and p.span.char_end <= close for p in persons) else end


def state_speaker(ctx, p0: int, p1: int, phrase: str) -> str | None:
    """The government a speaker phrase naming no actor stands for: an administrator of a place (« le préfet de X »),
    an official toll (« selon un bilan officiel »), a country's government told with its possessive, a ministry named
    without its country ("the interior ministry said")."""
    return (administrator_of_place(ctx, p0, p1, phrase) or official_toll_government(ctx, phrase)
            or government_of_possessive(ctx, phrase) or ministry_government(ctx, phrase, _leading_countrys_government))


def issuer_of_claiming_statement(verb):
    """"JNIM released a statement claiming Thursday's assault", "the group issued a video claiming the attack": the
    participle's claim is the issuer's, the subject of the verb that put the statement out (None otherwise)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp"):
        return None
    head = verb.head
    for _ in range(3):  # "claiming" hangs on "a statement" or on "its media arm" the statement went through
        if head.pos_ == "VERB" or head.dep_ == "ROOT":
            break
        head = head.head
    if head is verb or head.pos_ != "VERB":
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


_RELATIVE_PRONOUNS = frozenset({"qui", "who", "which", "that", "lequel", "laquelle"})
# an institution's admission told in a relative clause ("which acknowledged five dead"), a group's claim of the deed
# (« Le JNIM, qui a revendiqué l'attaque, … »); residents "who say they saw" bodies stay the narrator's unnamed witnesses
_ADMITTING = frozenset({"reconnaître", "admettre", "confirmer", "acknowledge", "admit", "confirm", "revendiquer"})


def through_hyphenated_word(left, sent_start: int):
    """The first token of the word ``left`` ends with its hyphenated compound: « l'état-major a indiqué » is split by
    the model, which may take "major" alone for the subject; the words the hyphen glues to it belong to the phrase."""
    doc = left.doc
    while left.i - 2 >= sent_start and doc[left.i - 1].text == "-" and not doc[left.i - 1].whitespace_ \
            and not doc[left.i - 2].whitespace_:
        left = min(doc[left.i - 2], doc[left.i - 2].left_edge, key=lambda t: t.i)
    return left


def subject_read_as_fronted_object(verb):
    """« Dans un communiqué publié jeudi soir, l'état-major a indiqué que … »: the small French model may read the
    speaker as the object of the fronted phrase's participle (« publié … l'état-major »), leaving the reporting verb
    without a subject.  A noun after the comma that closes the fronted phrase, whose words run up to the verb (or its
    auxiliary), is the verb's subject; None otherwise."""
    start = min([c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i] + [verb.i])
    noun = next((t for t in verb.sent if t.dep_ == "obj" and t.i < start and t.right_edge.i == start - 1), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.head.dep_ != "acl" or noun.head.i > noun.i:
        return None
    comma = noun.left_edge.i - 1
    return noun if comma > noun.head.i and verb.doc[comma].text == "," else None


# the labels of a word hung on the noun before it (a clause, an apposition, an adjective)
_QUALIFYING_DEPS = frozenset({"acl", "appos", "amod"})


def speaker_of_reporting_verb(verb, subj):
    """The reporting verb's speaker where the parser leaves it a pronoun: a relative clause's
    "qui"/"which" is the noun it qualifies (« L'armée malienne, qui a reconnu cinq morts dans ses rangs, … »,
    "The army, which acknowledged five dead, …").  A "claim" with no subject is the statement's issuer's
    (``issuer_of_claiming_statement``)."""
    if subj is None and verb.lemma_.lower() == "claim":
        subj = issuer_of_claiming_statement(verb)
    if subj is None:
        subj = subject_read_as_fronted_object(verb)
    if subj is None and tells_a_record(verb) and verb.dep_ in _QUALIFYING_DEPS and verb.head.i < verb.i \
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.lower_ != "faisant":
        # « l'état-major général des armées fait état de quatre soldats tués »: the model takes « état » for a noun
        # qualifying « état-major », so "faire état" has no subject; the noun it hangs on is the speaker (not for the
        # participle: « des informations relayées sur les réseaux sociaux faisant état de … » are what is reported);
        # which label the model gives « état » under « état-major » varies with the words after it (an adjective's)
        return verb.head
    if subj is not None and subj.lower_ in _RELATIVE_PRONOUNS and verb.dep_ in ("acl:relcl", "relcl") \
            and verb.lemma_.lower() in _ADMITTING \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return subj
