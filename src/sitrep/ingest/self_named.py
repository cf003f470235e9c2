"""Where a page names its own publisher without a masthead the other readers know.

- its furniture promotes the outlet's own channels by name: "Download the AfroPulse app", "Subscribe to The Defense
  Post's daily newsletter", "Thanks for reading The Sahel Brief!", "Previously on The Sahel Brief:", "Anadolu Agency
  website contains only a portion of the news stories…" (an outlet promotes itself, never another);
- its story cites its own earlier reporting, as state agencies write: "As Ukrinform reported earlier", "Xinhua
  previously reported" (a known outlet only: another outlet's earlier report is cited by "according to");
- an agency's prefix glued to its dateline: "APA-Niamey (Niger) -", where the bracket holds the country, not a credit;
- a rights group's or a UN body's release: its lead opens on a bracketed town with no credit and tells what the body
  "said today" ("(Nairobi) – … at least 41 civilians …, Human Rights Watch said today.", « (Nairobi) – …, a déclaré
  aujourd'hui Human Rights Watch »); a wire relaying it credits itself and dates the statement to a weekday.

Each reader returns the name and where it stands; ``metadata`` calls them after the masthead readers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.ingest import outlets
from sitrep.knowledge.outlets import OutletBase
from sitrep.regex_codes import longest_first

# a publisher's name as a page writes it: one to five capitalised words ("AfroPulse", "The Sahel Brief", "Anadolu
# Agency"), joined by particles ("Voice of America")
_NAME = r"(?P<name>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|de|du|des|la|le|the|and|et|[A-Z][\w&.'’-]*)){0,4})"
_PROMOS = [re.compile(p) for p in (
    rf"^(?i:download|get|install)\s+(?i:the|our)\s+{_NAME}\s+(?i:mobile\s+)?(?i:app|application)\b",
    rf"^(?i:subscribe|sign\s+up)\s+(?i:to|for)\s+(?:(?:the|our)\s+)?{_NAME}(?:['’]s)?\s+(?:\w+\s+){{0,2}}?(?i:newsletters?)\b",
    rf"^(?i:thanks?|thank\s+you)\s+(?i:for\s+reading)\s+{_NAME}\s*[!.,]",
    rf"^(?i:previously|more)\s+(?i:on|from)\s+{_NAME}\s*:",
    rf"^{_NAME}\s+(?i:website|site)\s+(?i:contains|carries|offers|publishes)\b",
)]
# a page citing its own earlier story: "As Ukrinform reported earlier", "Xinhua previously reported"
_EARLIER = r"(?:earlier|previously|already|before)"
# an agency's code glued to a mixed-case dateline town, the country bracketed after it: "APA-Niamey (Niger) -"
AGENCY_PREFIX = re.compile(r"^(?P<credit>[A-Z]{2,6})-(?P<town>[A-Z][a-zà-ÿ'’]+(?:[ -][A-Z]?[a-zà-ÿ'’]+)*)"
                           r"(?:\s*\([^)]{2,40}\))?\s*[-—–:]")


def promoted_outlet(texts: list[str]) -> str | None:
    """The outlet the page's furniture lines ``texts`` promote (the base's name when it knows it); a social
    platform promoted ("Download the Telegram app") is a channel, not the publisher."""
    for text in texts:
        for pattern in _PROMOS:
            m = pattern.match(text.strip("*_ "))
            if m is None:
                continue
            name = re.sub(r"['’]s$", "", m.group("name")).strip()
            known = outlets.base().named(name)
            if known is not None and known.kind == "social_media":
                continue
            return known.name if known is not None else name
    return None


def self_cited_outlet(texts: list[str]) -> str | None:
    """The one known outlet the story cites as its own earlier reporting ("As Ukrinform reported earlier"); two
    different ones leave it open."""
    pattern = _names_pattern(outlets.base(), _SELF_CITED)
    if pattern is None:
        return None
    # (both of the pattern's forms write "reported": a text without it is not searched)
    found = {outlets.outlet_name(m.group("a") or m.group("b")) for text in texts if "reported" in text
             for m in pattern.finditer(text)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


# a release's opening: a bracketed town and a dash, no agency credit ("(Nairobi) –", "(Genève) -")
_RELEASE_DATELINE = re.compile(r"^\((?P<town>[A-ZÀ-Þ][\w'’ -]{1,30})\)\s*[-—–]")
_SAID_TODAY = (r"(?:said|says|stated|announced|(?:a|ont)\s+(?:déclaré|indiqué|affirmé|annoncé|dénoncé))")
_TODAY = r"(?:today|aujourd['’]hui)"


def releasing_body(texts: list[str]) -> str | None:
    """The rights group or UN body whose own release the page is: its lead (the first of ``texts``) opens on a
    bracketed town with no credit and says what the body "said today" (« a déclaré aujourd'hui … »)."""
    if not texts or _RELEASE_DATELINE.match(texts[0].strip()) is None:
        return None
    pattern = _names_pattern(outlets.base(), _RELEASE, ("ngo_un",))
    m = pattern.search(texts[0]) if pattern is not None else None
    if m is None or (m.group("b") and not re.search(_TODAY, m.group(0))):
        return None
    return outlets.outlet_name(m.group("a") or m.group("b"))


# the readers' patterns, « {names} » standing for the alternation of the outlet base's names they look for
_SELF_CITED = (r"\b[Aa]s\s+(?P<a>{names})\s+(?:has\s+|had\s+)?(?:" + _EARLIER + r"\s+)?reported(?:\s+" + _EARLIER + r")?\b"
               r"|\b(?P<b>{names})\s+(?:has\s+|had\s+)?" + _EARLIER + r"\s+reported\b")
_RELEASE = (r"\b(?P<a>{names})\s+" + _SAID_TODAY + r"\s+" + _TODAY + r"|\b" + _SAID_TODAY + r"\s+(?:" + _TODAY + r"\s+)?"
            r"(?P<b>{names})(?:\s+" + _TODAY + r")?")


@lru_cache(maxsize=8)
def _names_pattern(base: OutletBase, template: str, kinds: tuple[str, ...] = ()) -> re.Pattern | None:
    """``template`` with the names of ``base``'s outlets of ``kinds`` (``_known_names``), compiled once for each loaded
    base (it is hashed by identity): the alternation is long.  None when the base has no such names."""
    alternation = _known_names(base, kinds)
    return re.compile(template.replace("{names}", alternation)) if alternation is not None else None


def _known_names(base: OutletBase, kinds: tuple[str, ...] = ()) -> str | None:
    forms = {n for o in base.outlets.values()
             if (o.kind in kinds if kinds else o.kind not in ("government", "armed_group", "social_media"))
             for n in (o.name, o.short, *o.aliases) if n and len(n) >= 3 and n[:1].isupper()}
    if not forms:
        return None
    return "|".join(re.escape(f) for f in longest_first(forms))


def agency_prefix_credit(text: str) -> tuple[str, int, int] | None:
    """(the known agency, start, end) of a dateline headed by an agency's code ("APA-Niamey (Niger) -")."""
    m = AGENCY_PREFIX.match(text)
    if m is None or outlets.credit_name(m.group("credit")) is None:
        return None
    return m.group("credit"), m.start("credit"), m.end("credit")
