"""Where sources give incompatible versions of one event.

Three kinds, each kept with its sources (``Version`` records name the mentions and outlets):

- ``outcome``: outcome labels that contradict (``sitrep.analyse.versions.conflicting``: a forced
  retreat against a planned pullback, an accident against a shoot-down);
- ``perpetrator``: different sources name disjoint attackers (JNIM vs CSP-DPA as side 1), unless
  they merely code the two sides the other way round, one source names both (allies), or the
  actor base relates them (a coalition and its member, one movement renamed);
- ``fatalities``: death figures whose ranges cannot both be true ("7" vs "20"); "at least 15" and
  "17" agree;
- ``denial``: one source denies what another reports (the event, or its outcome);
- ``target``: sources name different victims or targets ("herders" vs "terrorists"), camps formed
  as for perpetrators.

Two mentions only disagree when they come from different *sources*: another document (syndicated
copies count as one) or another speaker quoted in the same document (the army vs the rebels); an outcome a document
tells in its own narration is no second version against the speaker it relays (``independent``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache

from sitrep.knowledge.actor_knowledge import ActorKnowledge, configured_actor_knowledge, or_configured
from sitrep.knowledge.armed_people import armed_forms
from sitrep.fuse.denied_parts import denies_a_part_not_given
from sitrep.model import Claim, Dispute, EventMention, Fatalities, Modality, Stance, Version

from sitrep.analyse.claim_words import tells_a_suspicion
from sitrep.analyse.versions import conflicting, version_outside_names
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.vague_enemy_toll import exact_part
from sitrep.fuse.counts import COUNTS_OF_THE_DEAD, PLAYS_DOWN, SENTENCE_CACHE
from sitrep.fuse.match import STRIKE_SUBTYPES, own_toll_claim
from sitrep.fuse.revisions import apart, party_one_apart, superseded


Names = Callable[[str | None], str]


def source_key(m: EventMention, root_of: dict[str, str]) -> tuple[str, str]:
    """(independent document, speaker): the unit that can disagree with another."""
    return root_of.get(m.span.doc_id, m.span.doc_id), m.source_actor or ""


def independent(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two source units (``source_key``) that can disagree: two documents, or two named speakers of one
    document.  A document's own narration is no second source against the speaker it relays: TASS
    telling the General Staff's statement ("repelled the attack … the pursuit of the fleeing terrorists")
    and the statement itself are one account, however the two sentences are read."""
    return a[0] != b[0] or bool(a[1] and b[1] and a[1] != b[1])


def _version(label: str, mentions: Sequence[EventMention], outlet_of: dict[str, str]) -> Version:
    ms = sorted(mentions, key=lambda m: m.mention_id)
    speakers = sorted({m.source_actor for m in ms if m.source_actor})
    return Version(
        label=label,
        mention_ids=[m.mention_id for m in ms],
        outlets=sorted({outlet_of.get(m.span.doc_id) or m.span.doc_id for m in ms}),
        source_actor=speakers[0] if speakers else None,
    )


def outcome_disputes(mentions: Sequence[EventMention], root_of: dict[str, str],
                     outlet_of: dict[str, str], names: Names) -> list[Dispute]:
    """Outcome labels that contradict (``conflicting``), told by different sources; one version per
    label, naming every speaker and outlet that gives it."""
    by_label: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        if m.version:
            by_label[m.version].append(m)
    labels = sorted(by_label)
    involved: set[str] = set()
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if not conflicting(a, b):
                continue
            sources_a = {source_key(m, root_of) for m in by_label[a]}
            sources_b = {source_key(m, root_of) for m in by_label[b]}
            if any(independent(x, y) for x in sources_a for y in sources_b):
                involved |= {a, b}
    if not involved:
        return []
    versions = [_version(label, by_label[label], outlet_of) for label in sorted(involved)]

    def told_by(label: str) -> str:
        speakers = sorted({names(m.source_actor) for m in by_label[label] if m.source_actor})
        outlets = sorted({outlet_of.get(m.span.doc_id) or m.span.doc_id for m in by_label[label]})
        return ", ".join(speakers + [o for o in outlets if o not in speakers])

    desc = " vs ".join(f"{label.replace('_', ' ')} ({told_by(label)})" for label in sorted(involved))
    return [Dispute(kind="outcome", description=f"Sources disagree on the outcome: {desc}", versions=versions)]


Related = Callable[[str, str], bool]


def _relation(related: Related | None) -> Related:
    """``related``, else the configured actor base's ``same_side`` (callers holding no base)."""
    return related if related is not None else configured_actor_knowledge().same_side


def coherent_side1(m: EventMention, related: Related | None = None) -> tuple[list[str], list[str]]:
    """(side1, assoc1) of ``m`` without the actors of side 2's own camp: one report cannot put a
    side on both ends of a fight, and the side-1 reading is the inferred one ("the troops have
    fled" names who left; a government read as their attacker is a mis-reading)."""
    other = [*m.side2, *m.assoc2]
    if not other:
        return list(m.side1), list(m.assoc1)
    related = _relation(related)

    def keep(ids: list[str]) -> list[str]:
        return [a for a in ids if not any(related(a, b) for b in other)]

    return keep(m.side1), keep(m.assoc1)


Camp = tuple[set[str], list[EventMention]]


def disagreeing_camps(mentions: Sequence[EventMention], side_of: Callable[[EventMention], list[str]],
                      opposite_of: Callable[[EventMention], list[str]], root_of: dict[str, str],
                      related: Related | None = None) -> list[Camp]:
    """The actor sets ``side_of`` names, grouped into camps (overlapping or related sets: a
    coalition and its member, one movement under two names), that disagree: each camp is named by a
    document that does not also name the other (allies one source names together are no dispute),
    and neither is named on the other's opposite side (the same fight coded from the other end)."""
    related = _relation(related)
    camps: list[Camp] = []
    for m in sorted((m for m in mentions if side_of(m)), key=lambda m: m.mention_id):
        ids = side_of(m)
        joined = [c for c in camps if any(related(x, y) for x in c[0] for y in ids)]
        actors, members = set(ids), [m]
        for c in joined:
            actors |= c[0]
            members += c[1]
            camps.remove(c)
        camps.append((actors, members))
    if len(camps) < 2:
        return []
    camps.sort(key=lambda c: sorted(c[0]))
    involved: list[int] = []
    for i, (a_actors, a_ms) in enumerate(camps):
        for j, (b_actors, b_ms) in enumerate(camps[i + 1:], start=i + 1):
            swapped = (any(related(x, y) for m in a_ms for x in opposite_of(m) for y in b_actors)
                       or any(related(x, y) for m in b_ms for x in opposite_of(m) for y in a_actors))
            roots_a = {root_of.get(m.span.doc_id, m.span.doc_id) for m in a_ms}
            roots_b = {root_of.get(m.span.doc_id, m.span.doc_id) for m in b_ms}
            if not swapped and roots_a - roots_b and roots_b - roots_a:
                involved += [k for k in (i, j) if k not in involved]
    return [camps[k] for k in sorted(involved)]


def attributes(m: EventMention, actor: str, related: Related, knowledge: ActorKnowledge | None = None,
               sentence: str = "") -> bool:
    """Whether naming ``actor`` on side 1 of ``m`` attributes the attack, so that another source naming
    another group disputes it.  It does not when the actor is an unnamed source ("security sources said"),
    an unidentified group ("gunmen", « des individus armés non identifiés »: a source that does not know
    who did it disputes no one's attribution), a guess told in the report's ``sentence`` ("suspected
    jihadists", "fighters believed to belong to": ``tells_a_suspicion``), or, in violence against civilians,
    the state that tells the report ("twelve civilians were killed by armed terrorists, the ministry said":
    the speaker read into the side, not a state confessing a massacre)."""
    if actor.startswith(("unnamed:", "unidentified-")) or tells_a_suspicion(sentence):
        return False
    if (m.event_type == "Violence against civilians" and m.source_actor
            and or_configured(knowledge).kind(m.source_actor) == "state_forces"
            and (actor == m.source_actor or related(actor, m.source_actor))):
        return False
    return True


def perpetrator_disputes(mentions: Sequence[EventMention], root_of: dict[str, str],
                         outlet_of: dict[str, str], names: Names, related: Related | None = None,
                         knowledge: ActorKnowledge | None = None,
                         sentence_of: Callable[[EventMention], str] = lambda m: "") -> list[Dispute]:
    """Side-1 actor sets that overlap (or whose actors are ``related``: a coalition and its
    member, one movement under two names) form one *camp*.  Two camps disagree when each is named
    by a document that does not also name the other (allies one source names together are no
    dispute) and neither names the other's actors as the opposing side (that would be the same
    fight coded from the other end)."""
    related = _relation(related)
    # a source described but not named ("security sources said") is a speaker, never a perpetrator
    side1_of = {m.mention_id: [a for a in coherent_side1(m, related)[0]
                               if attributes(m, a, related, knowledge, sentence_of(m))]
                for m in mentions if m.modality != Modality.denied}
    camps = disagreeing_camps(mentions, lambda m: side1_of.get(m.mention_id, []), lambda m: m.side2, root_of, related)
    if not camps:
        return []
    versions = [_version("perpetrator: " + ", ".join(names(x) for x in sorted(actors)), ms, outlet_of)
                for actors, ms in camps]
    desc = " vs ".join(f"{v.label.split(': ', 1)[1]} ({', '.join(v.outlets)})" for v in versions)
    return [Dispute(kind="perpetrator", description=f"Sources name different perpetrators: {desc}",
                    versions=versions)]


def _told_toll(f: Fatalities | None) -> bool:
    return f is not None and f.low is not None and not f.vague


def fatality_disputes(mentions: Sequence[EventMention], root_of: dict[str, str],
                      outlet_of: dict[str, str],
                      sentence_of: Callable[[EventMention], str] = lambda m: "", earlier_named=None) -> list[Dispute]:
    """Death tolls of different sources that cannot both be true (``revisions.apart``: more than one death
    apart, an approximate figure widened by its slack); a figure its own story revises takes no part
    (``revisions.superseded``, with ``earlier_named``: only an outlet's last figure is its account)."""
    outdated = superseded(mentions, root_of, sentence_of, earlier_named)
    figures = [m for m in mentions if _told_toll(m.fatalities) and m.mention_id not in outdated]
    # an exact count summed with a vague count of the enemy's dead is compared by its exact count
    contested = {m.mention_id: exact_part(m.fatalities, find_fatalities) for m in figures}
    involved: set[str] = set()
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            if a.fatalities.kind != b.fatalities.kind:
                continue
            if source_key(a, root_of) == source_key(b, root_of):
                continue
            if _other_victims(a, b, sentence_of):
                continue  # "at least 18 herders" against « une quinzaine de terroristes »: the target dispute's
            if _one_side_agrees(a.fatalities, b.fatalities) or _one_side_agrees(b.fatalities, a.fatalities):
                continue  # the army's « un militaire tué ; six terroristes neutralisés » against a local « un soldat tué »
            if apart(contested[a.mention_id], contested[b.mention_id]) or party_one_apart(a, b):
                involved |= {a.mention_id, b.mention_id}
    if not involved:
        return []
    by_phrase: dict[str, list[EventMention]] = defaultdict(list)
    for m in figures:
        if m.mention_id in involved:
            f = m.fatalities
            label = f.phrase or (f"{f.low}" if f.high == f.low else f"at least {f.low}")
            kind = "" if f.phrase and f.kind.split("_")[0] in f.phrase.lower() else f.kind  # "… were killed" says it
            by_phrase[f"{label} {kind}".strip()].append(m)
    versions = [_version(label, ms, outlet_of) for label, ms in sorted(by_phrase.items())]
    desc = " vs ".join(f"{v.label} ({', '.join(v.outlets)})" for v in versions)
    return [Dispute(kind="fatalities", description=f"Sources give incompatible death tolls: {desc}",
                    versions=versions)]


def _one_side_agrees(whole: Fatalities, part: Fatalities) -> bool:
    """``whole`` sums both sides' dead (its phrase joins the parts with "; ") and ``part`` counts one side only, the
    same people as one of ``whole``'s parts and as many: the other source left the enemy's dead uncounted, it does
    not contradict the sum."""
    parts = (whole.phrase or "").split("; ")
    if len(parts) < 2 or "; " in (part.phrase or "") or part.low is None:
        return False
    people = _people_counted(part.phrase or "")
    for p in parts:
        told = next((r for lang in ("fr", "en") if (r := find_fatalities(p, lang)[0]) is not None), None)
        if told is not None and (told.low, told.high) == (part.low, part.high) and people \
                and _people_counted(p) == people:
            return True
    return False


# the state's forces and the men beside them, as a toll names its dead (« un militaire tué », "two soldiers")
_FORCE_VICTIMS = re.compile(r"\b(?:" + armed_forms("battle_target") + r"|militaire)\b", re.IGNORECASE)


def _people_counted(text: str) -> str | None:
    """"civilians", "fighters" or "forces": the one kind of people a toll's phrase counts (None: several or none)."""
    kinds = {k for k, pattern in (("civilians", _CIVILIAN_VICTIMS), ("fighters", _FIGHTER_VICTIMS),
                                  ("forces", _FORCE_VICTIMS)) if pattern.search(text)}
    return kinds.pop() if len(kinds) == 1 else None


def _other_victims(a: EventMention, b: EventMention, sentence_of: Callable[[EventMention], str]) -> bool:
    """The two tolls count different people, civilians in one and fighters in the other (``victims_of``)."""
    va, vb = victims_of(a, sentence_of(a)), victims_of(b, sentence_of(b))
    return bool(va and vb and va != vb)


def denial_disputes(mentions: Sequence[EventMention], root_of: dict[str, str],
                    outlet_of: dict[str, str], names: Names, denials: Sequence[Claim] = (),
                    related: Related | None = None) -> list[Dispute]:
    """A source denies what another source reports: a denied report, or a denial (a claim with the
    stance "denies", e.g. rebels denying the army retook a town) about one of the event's reports.
    Both versions are kept, each with its speakers and outlets."""
    denied = [m for m in mentions if m.modality == Modality.denied]
    told = [m for m in mentions if m.modality in (Modality.fact, Modality.claim)]
    own = {m.mention_id for m in mentions}
    parties = {a for m in mentions for a in m.parties()}
    claims = sorted((c for c in denials if own.intersection(c.event_mentions)
                     and not denies_a_part_not_given(c, parties, _relation(related))), key=lambda c: c.claim_id)
    if not (denied or claims) or not told:
        return []
    deniers = {source_key(m, root_of) for m in denied}
    deniers |= {(root_of.get(c.span.doc_id, c.span.doc_id), c.speaker) for c in claims}
    denying_speakers = {m.source_actor for m in denied if m.source_actor} | {c.speaker for c in claims}
    reporters = [m for m in told if source_key(m, root_of) not in deniers
                 and not (m.source_actor and m.source_actor in denying_speakers)
                 and not any(_favours(m, x, _relation(related)) for x in denying_speakers)]
    if not reporters:
        return []
    speakers = sorted({names(x) for x in denying_speakers})
    outlets = sorted({outlet_of.get(m.span.doc_id) or m.span.doc_id for m in denied}
                     | {outlet_of.get(c.span.doc_id) or c.span.doc_id for c in claims})
    denied_version = Version(label="denied", mention_ids=sorted({m.mention_id for m in denied} | {c.claim_id for c in claims}),
                             outlets=outlets, source_actor=sorted(denying_speakers)[0] if denying_speakers else None)
    told_version = _version("reported", reporters, outlet_of)
    told_by = sorted({names(m.source_actor) for m in reporters if m.source_actor}) + told_version.outlets
    desc = f"Denied by {', '.join(speakers + [o for o in outlets if o not in speakers])}; reported by {', '.join(told_by)}"
    return [Dispute(kind="denial", description=desc, versions=[denied_version, told_version])]


# who the dead were, read in a toll's own words: civilians ("herders", "a wedding") or fighters
# ("terrorists", "jihadists"); for one-sided violence the two accounts cannot both be true
_CIVILIAN_VICTIMS = re.compile(
    r"\b(?:civilians?|villagers?|herders?|shepherds?|farmers?|children|women|wedding|funeral|worshippers?|"
    r"passengers?|traders?|civils?|villageois|[ée]leveurs?|bergers?|enfants|femmes|habitants|fid[èe]les|mariage|"
    r"fun[ée]railles|passagers|commer[çc]ants)\b", re.IGNORECASE)
_FIGHTER_VICTIMS = re.compile(r"\b(?:" + armed_forms("fighter_dead") + r"|hors\s+d'[ée]tat\s+de\s+nuire)\b", re.IGNORECASE)


def _victim_words(text: str) -> str | None:
    civilians, fighters = bool(_CIVILIAN_VICTIMS.search(text)), bool(_FIGHTER_VICTIMS.search(text))
    if civilians == fighters:
        return None
    return "civilians" if civilians else "fighters"


def victims_of(m: EventMention, sentence: str = "") -> str | None:
    """"civilians", "fighters" or None: who a report's toll says were killed; for a strike whose toll
    does not say (or that gives none), who its ``sentence`` says it hit, when it names one kind only
    ("a drone strike killed at least 14 people attending a funeral", « ont neutralisé une dizaine de
    terroristes lors d'une frappe »): a strike's only other party is the one that flew it."""
    told = _victim_words((m.fatalities.phrase if m.fatalities else "") or "")
    if told is None and m.sub_event_type in STRIKE_SUBTYPES:
        return _victim_words(sentence)
    return told


def victim_disputes(mentions: Sequence[EventMention], root_of: dict[str, str],
                    outlet_of: dict[str, str],
                    sentence_of: Callable[[EventMention], str] = lambda m: "") -> list[Dispute]:
    """In one-sided violence (a strike, a bombing, an attack: not a battle), one source counts the
    dead as civilians and another as fighters ("nine civilians at a wedding" vs "15 terrorists
    neutralised"): a dispute over the target."""
    # (a party's own toll claim the classifier read as a clash is still the strike's account, and so is
    # the clash one outlet makes of what another calls an attack on civilians: ``match.told_two_ways``;
    # an army's « neutralisé une quinzaine de terroristes » read as a clash beside reports of the strike
    # itself is the strike's other telling, not a battle where both kinds of dead can be true)
    one_sided = any(m.event_type == "Violence against civilians" or m.sub_event_type in STRIKE_SUBTYPES
                    for m in mentions)
    if not one_sided and any(m.event_type == "Battles" and not own_toll_claim(m) for m in mentions):
        return []
    by_class: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        v = victims_of(m, sentence_of(m))
        if v:
            by_class[v].append(m)
    if len(by_class) < 2:
        return []
    if {source_key(m, root_of) for m in by_class["civilians"]} == {source_key(m, root_of) for m in by_class["fighters"]}:
        return []
    versions = [_version(f"target: {k}", by_class[k], outlet_of) for k in ("civilians", "fighters")]
    desc = " vs ".join(f"{v.label.split(': ', 1)[1]} ({', '.join(v.outlets)})" for v in versions)
    return [Dispute(kind="target", description=f"Sources disagree on who was killed: {desc}", versions=versions)]


def _favours(m: EventMention, speaker: str, related: Related) -> bool:
    """The report tells the outcome ``speaker``'s side claims (its side won): a denial by that side
    is no disagreement with it (a denial misattached to the denier's own account)."""
    winners = m.side1 if m.version == "attacker_victory" else m.side2 if m.version == "defender_victory" else []
    return any(related(speaker, w) for w in winners)


def _civilians_one_camp(related: Related, knowledge: ActorKnowledge | None = None) -> Related:
    """``related``, with the civilians of any country one camp: "Civilians (Burkina Faso)" against
    "Civilians (Mali)" is a reading of the victims' country (a round-up's other country), not sources
    disagreeing on who was killed."""
    kind = or_configured(knowledge).kind
    return lambda a, b: related(a, b) or (kind(a) == "civilians" and kind(b) == "civilians")


def target_disputes(mentions: Sequence[EventMention], root_of: dict[str, str],
                    outlet_of: dict[str, str], names: Names, related: Related | None = None,
                    sentence_of: Callable[[EventMention], str] = lambda m: "",
                    knowledge: ActorKnowledge | None = None) -> list[Dispute]:
    """Sources that name targets of unrelated camps ("civilians" vs "terrorists") for one event,
    each camp named by a document that does not also name the other, and neither camp named by
    the other's reports as the attacker (that is the same fight coded from the other end)."""
    related = _civilians_one_camp(_relation(related), knowledge)
    camps = disagreeing_camps(mentions, lambda m: [a for a in m.side2 if not a.startswith("unnamed:")]
                              if m.modality != Modality.denied else [],
                              lambda m: m.side1, root_of, related)
    if not camps:
        return victim_disputes(mentions, root_of, outlet_of, sentence_of)
    versions = [_version("target: " + ", ".join(names(x) for x in sorted(actors)), ms, outlet_of)
                for actors, ms in camps]
    desc = " vs ".join(f"{v.label.split(': ', 1)[1]} ({', '.join(v.outlets)})" for v in versions)
    return [Dispute(kind="target", description=f"Sources name different targets: {desc}", versions=versions)]


def claim_version(c: Claim, sentence: str = "") -> str:
    """The outcome a statement gives in its own words ("a tactical withdrawal", "liberated"), or "":
    read in its content, and in its whole sentence when given (the parser may cut a content at a
    quotation mark: « un repli tactique »).  A claim carries no language: the phrase lists of both
    languages are read."""
    return next((v for text in (c.content, sentence) if text
                 for v in (_version_of(text, "en"), _version_of(text, "fr")) if v), "")


# a claim's words are read again at every rebuild of its event: the outcome phrase lists are long
_version_of = lru_cache(maxsize=SENTENCE_CACHE)(version_outside_names)


def statement_reports(mentions: Sequence[EventMention], claims: Sequence[Claim],
                      sentence_of: Callable[[Claim], str] = lambda c: "") -> list[EventMention]:
    """Statements about the event that characterise its outcome, as reports of the mention they are
    about carrying the speaker's version: an army communiqué speaking of a "tactical withdrawal"
    weighs against the reports of a town overrun even when no event was read in its sentence."""
    by_id = {m.mention_id: m for m in mentions}
    out = []
    for c in sorted(claims, key=lambda c: c.claim_id):
        about = sorted(x for x in c.event_mentions if x in by_id)
        if not about or c.stance == Stance.denies:
            continue
        label = claim_version(c, sentence_of(c))
        if not label:
            continue
        out.append(by_id[about[0]].model_copy(update={
            "mention_id": c.claim_id, "span": c.span, "version": label, "fatalities": None,
            "source_actor": c.speaker, "modality": Modality.claim}))
    return out


def find_disputes(mentions: Sequence[EventMention], root_of: dict[str, str], outlet_of: dict[str, str],
                  names: Names, linked: Sequence[EventMention] = (), denials: Sequence[Claim] = (),
                  sentence_of: Callable[[Claim], str] = lambda c: "",
                  knowledge: ActorKnowledge | None = None,
                  mention_sentence: Callable[[EventMention], str] = lambda m: "",
                  tolls_beside: Sequence[EventMention] = (),
                  earlier_named: dict[str, list[int]] | None = None) -> list[Dispute]:
    """All disputes among these mentions of one event (deterministic order); ``tolls_beside``: an outlet's toll told
    beside its reports (``counts.reports_of_tolls_beside``), an account in the toll dispute only; ``linked`` reports of
    a related battle (``sitrep.fuse.episodes``) count for the outcome only; ``earlier_named``: each story's earlier
    tolls named (``revisions.earlier_tolls_named``); ``denials``: the claims
    taking a side (``sitrep.fuse.build.denials_about``), counted when they are about one of these
    mentions: a denial makes a denial dispute, a statement of the outcome an outcome version."""
    statements = statement_reports(mentions, denials, sentence_of)
    related = or_configured(knowledge).same_side
    return (
        outcome_disputes([*mentions, *linked, *statements], root_of, outlet_of, names)
        + perpetrator_disputes(mentions, root_of, outlet_of, names, related, knowledge, mention_sentence)
        + fatality_disputes([*mentions, *tolls_beside], root_of, outlet_of, mention_sentence, earlier_named)
        + denial_disputes(mentions, root_of, outlet_of, names, [c for c in denials if c.stance == Stance.denies],
                          related)
        + target_disputes(mentions, root_of, outlet_of, names, related, mention_sentence, knowledge)
    )


def denials_told_otherwise(disputes: Sequence[Dispute]) -> list[Dispute]:
    """A source that calls the reports lies but gives its own account of the incident, a count it plays down ("only a
    few trucks were damaged"), who was hit ("a meeting of terrorists", « dément toute victime civile »), how it ended
    ("the attack was repelled") or who did it, does not deny that the incident happened: that dispute holds its
    version, so a denial told only by the outlets of such a version, or by its party, is not a second dispute."""
    accounts = [v for d in disputes for v in _own_accounts(d)]
    own, parties = {o for v in accounts for o in v.outlets}, {v.source_actor for v in accounts if v.source_actor}
    return [d for d in disputes if not (d.kind == "denial" and d.versions[0].outlets and (
        set(d.versions[0].outlets) <= own or d.versions[0].source_actor in parties))]


def tolls_of_other_victims(disputes: Sequence[Dispute]) -> list[Dispute]:
    """Sources that disagree on who was killed count different people: "at least 18 herders" against
    « une dizaine de terroristes » is the one disagreement the target dispute holds, not a second one on
    the toll.  A toll dispute (of the ranges or of the counts of the dead) whose every version lies within
    a different version of a target dispute is dropped; two tolls told within one side's version (12 civilians against 30 civilians) stay a dispute."""
    targets = [d for d in disputes if d.kind == "target"]

    def side(v: Version, t: Dispute) -> int | None:
        # a toll version lies in a target version by its reports, a count (read in sentences, not reports)
        # by its speaker: the army's « neutralisé une quinzaine » is the army's "fighters" version
        return next((i for i, tv in enumerate(t.versions) if set(v.mention_ids) <= set(tv.mention_ids)
                     or (v.source_actor and v.source_actor == tv.source_actor)), None)

    def told_as_victims(d: Dispute) -> bool:
        for t in targets:
            sides = [side(v, t) for v in d.versions]
            if None not in sides and len(set(sides)) == len(sides):
                return True
        return False

    return [d for d in disputes if not (_of_the_dead(d) and told_as_victims(d))]


def _of_the_dead(d: Dispute) -> bool:
    """A dispute over a toll: the ranges' (``fatalities``) or the counts' of the dead (``count``)."""
    return d.kind == "fatalities" or (d.kind == "count" and d.description.startswith(COUNTS_OF_THE_DEAD))


def _own_accounts(d: Dispute) -> list[Version]:
    # an army that says it repelled the attack and denies its camp fell, a government that blames "terrorists" and calls
    # the militia's blame fake news: the outcome, the perpetrator and the target disputes set that account against them
    if d.kind in ("target", "outcome", "perpetrator"):
        return list(d.versions)
    return [d.versions[0]] if d.kind == "count" and d.description.startswith(PLAYS_DOWN) else []
