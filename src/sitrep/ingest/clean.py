"""Separating article body from boilerplate: which lines of ``Document.text`` are kept as segments.

The text itself is never modified (every span downstream points into it); cleaning only decides,
line by line, what is body. Each line gets a *kind*; the metadata extractor reads the non-body kinds
(byline, date line, URL line, domain line...) for its evidence. The rules, in order:

1. Pattern boilerplate anywhere: "Join us on Telegram", "Follow our ... coverage", "Related article:",
   "Related Stories", "No stories found.", "2 min read", "Updated on", "Original url:", bare URL lines,
   bare domains, image captions ending in an agency credit ("... **AFP**").
2. Promo blocks: a promo header ("Other topics of interest", "Read also", "You may also like" ...)
   and the short paragraphs after it whose vocabulary barely overlaps the rest of the article,
   up to the first on-topic paragraph.
3. Header zone (lines before the first prose paragraph): the title (first headline-like line),
   decks, bylines, date lines and outlet names are metadata, not body.
4. Footer zone (lines after the last prose paragraph): lists of other headlines, outlet names.
5. Inside the body: lines repeating the title and short headline-like section headers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sitrep.ingest.outlets import outlet_name
from sitrep.ingest.text import TERMINAL, Line, content_words, is_headline_like, is_prose, line_key, split_lines

URL_LINE = re.compile(r"^<?\s*(https?://[^\s<>]+)\s*>?$", re.I)
DOMAIN_LINE = re.compile(r"^(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|org|net|info|news|ru|ua|fr|uk|ml|by|io|co|de|media|tv|africa|int))/?$", re.I)
BYLINE = re.compile(r"^(?:by|par|from)\s+\S.{0,80}$", re.I)
READ_TIME = re.compile(r"^\d+\s*(?:-\s*)?min(?:ute)?s?\s+read$", re.I)
CAPTION = re.compile(r"(?:\*\*\s*(?:[A-Z][\w/&.-]*\s*){1,4}\*\*|\((?:photo|image|picture)[^)]*\)|\b(?:photo|image|credit)s?\s*:\s*\S.*)$", re.I)

# lines that are site furniture wherever they appear (matched on the whole stripped line)
BOILERPLATE = [re.compile(p, re.I) for p in (
    r"^join us on (?:telegram|whatsapp|facebook|x|twitter)\b.*$",
    r"^follow (?:our|us|the)\b.*\b(?:coverage|on|at)\b.*$",
    r"^(?:follow|join|find)\b.{0,60}\bon (?:whatsapp|telegram|twitter|x|facebook|instagram|youtube|tiktok|google news)\b.*$",
    r"^(?:subscribe|sign up|download (?:our|the) app)\b.{0,120}$",
    # the outlet's own channels named: "Download the AfroPulse app for…", a newsletter's sign-off ("Thanks for reading
    # The Sahel Brief! Subscribe for free…") and its link to an older post ("Previously on The Sahel Brief: …")
    r"^(?:download|get|install)\s+(?:the|our)\s+(?:[\w&.'’-]+\s+){0,4}?(?:mobile\s+)?app\b.{0,160}$",
    r"^thanks?(?: you)? for reading\b.{0,200}$",
    r"^previously on\b[^:]{0,60}:.{0,160}$",
    # a share bar listing its networks ("Share this: X | Facebook | WhatsApp")
    r"^(?:share(?: this(?: article| story| post| page)?)?|partager(?: cet article)?)\s*:\s*(?:[\w.+-]+\s*[|,·]?\s*){1,8}$",
    r"^related (?:article|story|stories|news|content|posts?)\s*:?.*$",
    r"^related\s*:.*$",
    r"^(?:read|see) (?:also|more)\s*:?.*$",
    r"^no (?:stories|articles|posts) found\.?$",
    r"^(?:updated|published|posted|last updated|publié|mis à jour)(?: on| at| le)?\s*:?.{0,40}$",
    r"^original (?:url|link|article|source)\s*:?.*$",
    r"^(?:share(?: this(?: article| story| post| page)?| on \w+)?|tweet|print|email|comments?)\s*:?$",
    r"^(?:advertisement|sponsored|sponsored content|ad)$",
    r"^(?:copyright|©|\(c\)).{0,120}$",
    r"^.{0,80}\ball rights reserved\b.{0,80}$",
    r"^(?:tags?|topics?)\s*:.*$",
    r"^(?:listen to (?:this )?article|listen)\b.{0,40}$",
    r"^(?:listen to|subscribe to|watch) (?:our|the) (?:podcast|newsletter|show|channel|episode)\b.*$",
    r"^\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b.{0,200}$",  # Reuters-style credits
    r"^(?:à lire aussi|lire aussi|voir aussi|lire la suite)\b.*$",
    # wire sign-offs and page furniture: Reuters' standards line, Xinhua's "Enditem", comment counters
    r"^our standards\s*:.{0,120}$",
    r"^enditem\.?$",
    r"^(?:you can )?share this (?:story|article|post)\b.{0,60}$",
    r"^(?:comments?|commentaires?|réactions?)\s*\(\d+\)\s*:?$",
    # French promotion and sharing lines (Sahel outlets)
    r"^(?:suivez|rejoignez|retrouvez)(?:-nous)?\b.{0,120}\b(?:sur|via)\b.{0,80}$",
    r"^(?:écoutez|abonnez-vous|inscrivez-vous|téléchargez)\b.{0,160}$",
    # an invitation to send the newsroom news (« Vous avez une information à partager ? Écrivez-nous sur WhatsApp. »,
    # "Got a news tip? Contact us")
    r"^(?:vous\s+avez\s+(?:une\s+information|un\s+témoignage|des\s+informations)|écrivez-nous|contactez-nous|"
    r"envoyez-nous|(?:got|have)\s+a\s+(?:news\s+)?tip|(?:send|email)\s+us\s+(?:your\s+)?(?:tips?|news|stories))\b.{0,160}$",
    # an invitation to comment (« Réagissez à cet article sur Malijet », "Leave a comment below")
    r"^(?:(?:réagissez|commentez)\s+(?:à\s+)?(?:cet|cette|ces|notre|nos|l['’])|laissez\s+un\s+commentaire|"
    r"donnez\s+votre\s+avis|leave\s+a\s+comment|"
    r"comment\s+on\s+this\s+(?:article|story))\b.{0,120}$",
    # an invitation to the outlet's channel or group (« Rejoignez la chaîne du Monde Afrique pour suivre l'actualité »)
    r"^(?:rejoignez|suivez|abonnez-vous\s+à)\s+(?:la|le|notre|nos)\s+(?:chaînes?|canal|groupes?|communautés?|pages?|comptes?)\b.{0,160}$",
    # an advert labelled as such (« Publicité – X recrute des correspondants … »)
    r"^(?:publicité|annonce|publi-?reportage|sponsorisé|advertisement|sponsored)\s*[–—:-]\s*.{0,240}$",
    r"^(?:partager(?: cet article| sur \w+)?|imprimer)\s*:?$",
    r"^(?:publié|mis à jour|modifié)(?: le)?\s*:?.{0,40}$",
    r"^.{0,80}\btous droits réservés\b.{0,80}$",
    # an agency's note on what its free site carries: "… only a portion of the news stories offered to
    # subscribers", « contenu réservé aux abonnés »
    r"^.{0,160}\b(?:offered|available|reserved|restricted|sent)\s+(?:only\s+)?to\s+(?:our\s+|its\s+)?(?:paying\s+)?subscribers\b.{0,160}$",
    r"^.{0,160}\b(?:réservée?s?|disponibles?|proposée?s?|offerte?s?)\s+(?:uniquement\s+|exclusivement\s+)?(?:à\s+nos|aux)\s+abonnés\b.{0,160}$",
)]
# a sentence where the outlet addresses its audience about its own channels: « Retrouvez nos éditions en
# bambara », « Écoutez notre journal », "Follow us on…", "Listen to our bulletins", "Download our app"
OWN_PROMO_SENTENCE = re.compile(
    r"^(?:(?:retrouvez|écoutez|ecoutez|suivez|rejoignez|abonnez|regardez|téléchargez)(?:-(?:nous|vous))?\s+"
    r"(?:nous\b|nos\b|notre\b|sur\b|l['’]application\b|toute\s+l['’]actualité\b)"
    r"|(?:follow|find|listen\s+to|watch|join|subscribe\s+to|download)\s+(?:us|our)\b)", re.I)
PROMO_TAGLINE_WORDS = 8  # "Studio Tamani, la radio de la paix.": a slogan beside the promotion, not a story sentence
PROMO_LINE_WORDS = 40
SENTENCES = re.compile(r"[^.!?…]+[.!?…]*")
# a header announcing a block of unrelated links or teasers
PROMO_HEADER = re.compile(
    r"^(?:other topics of interest|more (?:from|on|stories|news)\b.*|you (?:may|might) also (?:like|be interested in)"
    r"|recommended(?: for you)?|most (?:read|popular)|trending(?: now)?|editor'?s picks|read next|popular"
    r"|latest (?:news|stories)|what to read next|also read|in other news"
    r"|.{0,40}\bvous recommande|à lire également|sur le même sujet|nos articles recommandés)\s*:?$",
    re.I,
)
# a state body's letterhead above a communiqué printed as the document: the state (« République du Mali »), its motto
# (« Un Peuple – Un But – Une Foi », « Fraternité – Travail – Progrès »), the issuing ministry or staff, the
# communiqué's number (« Communiqué de presse n° 034 »): no headline, and the communiqué has none of its own
LETTERHEAD = re.compile(
    r"^(?:r[ée]publique\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\b"
    r"|(?:minist[èe]re|[ée]tat-major|cabinet|secr[ée]tariat\s+g[ée]n[ée]ral|direction)\s+(?:de|du|des|g[ée]n[ée]ral)\b"
    r"|(?:[A-ZÀ-Þ][\w'’]*(?:\s+[\w'’]+){0,2}\s*[–—-]\s*){2,3}[A-ZÀ-Þ][\w'’]*(?:\s+[\w'’]+){0,2}$"
    r"|communiqu[ée](?:\s+de\s+presse)?\s*(?:n\s*[°o]|num[ée]ro)\s*\d+\s*$)", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…][\"”’»)']*$")
PROMO_OVERLAP = 0.34  # a teaser shares under a third of its topic words with the article


@dataclass
class Layout:
    """Each line of the text with the kind cleaning gave it; ``body`` lines become segments."""

    lines: list[Line]
    kinds: list[str]
    title_index: int | None = None
    reasons: dict[int, str] = field(default_factory=dict)

    def of_kind(self, *kinds: str) -> list[Line]:
        return [ln for ln, k in zip(self.lines, self.kinds) if k in kinds]

    @property
    def body(self) -> list[Line]:
        return self.of_kind("body")

    @property
    def title(self) -> Line | None:
        return self.lines[self.title_index] if self.title_index is not None else None

    @property
    def non_body(self) -> list[tuple[Line, str]]:
        return [(ln, k) for ln, k in zip(self.lines, self.kinds) if k != "body"]


# a site's navigation trail above the story ("AfroPulse › Africa › Burkina Faso"): where the page sits, not its headline
BREADCRUMB = re.compile(r"^[^›»\n]{1,40}(?:\s[›»]\s[^›»\n]{1,40}){1,5}$")
# a site's name, alone or before its tagline ("The Sahel Brief", "Sahel Security Watch - independent notes on …")
SITE_NAME = re.compile(r"^(?P<name>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?P<tagline>\s+[–—|-]\s+[a-z].{0,80})?$")


def _pattern_kind(text: str) -> str | None:
    if URL_LINE.match(text):
        return "url"
    if BREADCRUMB.match(text):
        return "header"
    if DOMAIN_LINE.match(text):
        return "domain"
    if READ_TIME.match(text):
        return "boilerplate"
    if PROMO_HEADER.match(text):
        return "promo"
    if any(p.match(text) for p in BOILERPLATE) or _own_promotion(text):
        return "boilerplate"
    if CAPTION.search(text) and len(text) < 300:
        return "caption"
    return None


def _own_promotion(text: str) -> bool:
    """A line that promotes the outlet's own channels: some sentence addresses the audience about them
    and every other sentence is a short slogan ("Studio Tamani, la radio de la paix. Retrouvez nos
    éditions en bambara, peul et songhaï.").  A story sentence beside it keeps the line body."""
    if len(text.split()) > PROMO_LINE_WORDS:
        return False
    sentences = [m.group(0).strip() for m in SENTENCES.finditer(text) if m.group(0).strip(" .!?…")]
    promos = [s for s in sentences if OWN_PROMO_SENTENCE.match(s)]
    return bool(promos) and all(s in promos or (len(s.split()) <= PROMO_TAGLINE_WORDS and not DIGITS.search(s))
                                for s in sentences)


DIGITS = re.compile(r"\d")


def _closing_slogan(text: str) -> bool:
    """A story's last line that is its outlet's slogan: the outlet's name, a comma (a colon, a dash) and a few words
    (« Studio Tamani, la radio de la paix. », "RFI, the world in French.", « Aïr Info – Agadez : l'info qui vous
    rapproche. »), not a sentence the outlet's name opens (« RFI a appris »)."""
    m = _NAME_THEN_SLOGAN.match(text)
    return m is not None and 0 < len(m.group("rest").split()) <= PROMO_TAGLINE_WORDS and not DIGITS.search(text) \
        and outlet_name(m.group("name").strip("*_ ")) is not None


# the outlet's name, then a comma, a colon or a dash (« Aïr Info – Agadez : l'info qui vous rapproche. »)
_NAME_THEN_SLOGAN = re.compile(r"(?P<name>[^,:–—]+?)\s*(?:,|:|\s[–—-]\s)\s*(?P<rest>\S.*)$")


def layout(text: str, given_title: str | None = None) -> Layout:
    """Classify every non-blank line of ``text`` (see the module docstring for the rules)."""
    from sitrep.ingest.pubdate import is_date_line  # local: pubdate imports text helpers only

    lines = split_lines(text)
    kinds: list[str | None] = [_pattern_kind(ln.text) for ln in lines]
    for i, ln in enumerate(lines):
        if kinds[i] is None and is_date_line(ln.text):
            kinds[i] = "date"
        elif kinds[i] is None and BYLINE.match(ln.text) and not is_prose(ln.text) and len(ln.words) <= 10:
            kinds[i] = "byline"
    out = Layout(lines=lines, kinds=kinds)  # type: ignore[arg-type]

    if len(lines) > 2 and kinds[-1] is None and _closing_slogan(lines[-1].text):
        kinds[-1] = "boilerplate"
    prose = [i for i, ln in enumerate(lines) if kinds[i] is None and is_prose(ln.text)]
    quoted_headline = given_title is None and len(prose) > 1 and prose[0] == 0 and _quote_ended_headline(lines[0].text)
    if quoted_headline:
        prose = prose[1:]
    first_prose = prose[0] if prose else len(lines)
    last_prose = prose[-1] if prose else -1

    # the title: the given one, else the first headline-like line of the header zone
    title_key = line_key(given_title) if given_title else None
    if quoted_headline:
        out.title_index, title_key = 0, line_key(lines[0].text)
        # only the outlet's name under it is header: a standfirst without a full stop stays the story's
        for i in range(1, first_prose):
            if kinds[i] is None and outlet_name(lines[i].text.strip("*#_ ")):
                kinds[i] = "header"
        first_prose = 0
    if title_key is None:
        for i in range(first_prose):
            # an outlet's name alone ("DW", "Reuters") above the story is its masthead, not its headline
            if kinds[i] is None and is_headline_like(lines[i].text) and not outlet_name(lines[i].text.strip("*#_ ")) \
                    and not LETTERHEAD.match(lines[i].text.strip("*#_ ")) and not _site_name_above(lines, kinds, i, first_prose):
                out.title_index = i
                title_key = line_key(lines[i].text)
                break
    for i, ln in enumerate(lines):
        if kinds[i] is None and title_key and line_key(ln.text) == title_key:
            kinds[i] = "title" if out.title_index in (None, i) else "repeat"
            if out.title_index is None and i < first_prose:
                out.title_index = i
    # header zone: short lines before the first prose paragraph are decks, outlet names, labels —
    # unless they end like a sentence (a one-line lede is body)
    for i in range(first_prose):
        if kinds[i] is None and len(lines[i].words) <= 25 and not SENTENCE_END.search(lines[i].text.rstrip("*_ ")):
            kinds[i] = "header"
    # footer zone: after the last prose paragraph, headline lists and outlet names
    for i in range(last_prose + 1, len(lines)):
        text_i = lines[i].text
        if kinds[i] is None and (is_headline_like(text_i) or (len(lines[i].words) <= 3 and not text_i.endswith(TERMINAL))):
            kinds[i] = "footer"
    _promo_blocks(lines, kinds)
    # inside the body: short headline-like lines are section headers
    for i in range(first_prose, last_prose + 1):
        if kinds[i] is None and is_headline_like(lines[i].text, max_words=10):
            kinds[i] = "section"
    out.kinds = [k or "body" for k in kinds]
    if not out.body:  # no line looks like prose (a snippet, a one-liner): keep all but furniture,
        # and a line that is the whole content is the text itself, not its headline
        out.kinds = ["body" if k in ("header", "footer", "section", "title") else k for k in out.kinds]
        out.title_index = None
    return out


def _site_name_above(lines: list[Line], kinds: list[str | None], i: int, first_prose: int) -> bool:
    """Line ``i`` is the site's name above the headline: a short capitalised name that a later line of the header
    zone follows as the headline, and that the page names again (its newsletter's sign-off, "Previously on …") or
    closes on a lowercase tagline ("Sahel Security Watch - independent notes on the central Sahel")."""
    m = SITE_NAME.match(lines[i].text.strip("*#_ "))
    if m is None or not any(kinds[j] is None and is_headline_like(lines[j].text) for j in range(i + 1, first_prose)):
        return False
    name = m.group("name")
    return bool(m.group("tagline")) or sum(name in ln.text for ln in lines) > 1


_QUOTE_ENDED = re.compile(r"[\w)][\"”’»']\s*$")


def _quote_ended_headline(text: str) -> bool:
    """A first line that ends on a quoted word ("… slams Western ‘fakes’") with no sentence end: a headline
    quoting its subject's words, which the prose test reads as a sentence for its closing quote."""
    return len(text.split()) < 26 and bool(_QUOTE_ENDED.search(text)) and not SENTENCE_END.search(text.rstrip())


def _promo_blocks(lines: list[Line], kinds: list[str | None]) -> None:
    """Mark each promo header and the off-topic teaser paragraphs that follow it as ``promo``."""
    headers = [i for i, k in enumerate(kinds) if k == "promo"]
    if not headers:
        return
    # how many candidate-body lines use each topic word: "the rest of the article" for a line is
    # this count minus the line's own contribution (linear, not a rescan per line)
    vocab = [content_words(ln.text) for ln in lines]
    counts: Counter[str] = Counter()
    for i, words in enumerate(vocab):
        if kinds[i] is None:
            counts.update(words)
    for h in headers:
        j = h + 1
        while j < len(lines) and kinds[j] is None:
            words = vocab[j]
            shared = sum(1 for w in words if counts[w] > 1)
            if words and shared / len(words) >= PROMO_OVERLAP:
                break  # back on topic: the article resumes here
            kinds[j] = "promo"
            counts.subtract(words)
            j += 1


# a wire's sign-off written at the end of the story's last sentence ("… flagship projects. Enditem", "(END)")
TRAILING_SIGNOFF = re.compile(r"(?<=[.!?\"”’»])\s+(?:Enditem|\(END\)|/END/)\s*$")


def without_signoff(line: Line) -> int:
    """Where the line's kept text ends: before a wire's sign-off written on it."""
    m = TRAILING_SIGNOFF.search(line.text)
    return line.start + m.start() if m else line.end


def segments_of(layout_: Layout) -> list[tuple[int, int]]:
    return [(ln.start, ln.end) for ln in layout_.body]


# a communiqué's signing line (« Fait à Tinzaouaten, le 3 avril 2034 », "Done at Niamey, 6 September 2036"): a
# place the text names, though the line is the page's date line and no body
SIGNED_AT = re.compile(r"(?:Fait|Donn[ée]|Done|Issued|Signed)\s+(?:à|at|in)\s+"
                       r"(?P<place>[A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*){0,3})\s*(?:,|\s+(?:le|on)\b|$)")


def signing_places(layout_: Layout) -> list[tuple[int, int]]:
    """The ranges « Fait à X » of the non-body lines that sign a communiqué: kept as segments of their own, so the
    place is read; the date after it stays out of the body (it dates the page, not a deed)."""
    out = []
    for ln, kind in layout_.non_body:
        m = SIGNED_AT.match(ln.text)
        if m and kind in ("date", "footer", "body"):
            out.append((ln.start, ln.start + m.end("place")))
    return out
