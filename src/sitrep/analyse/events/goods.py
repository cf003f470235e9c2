"""What a deed took or struck when it is a thing, not a place or a person: goods and animals (a raid's loot, a
seizure by the police) and weapons (taken out of use).  A verb of seizing whose object is one of them changes no
territory's hands."""

from __future__ import annotations

# movable goods and animals: what a raid takes, as opposed to a place that changes hands
GOODS = frozenset(
    "livestock cattle cow cows oxen ox head goat goats sheep camel camels donkey donkeys animal animals herd herds "
    "poultry guineafowl guineafowls chicken chickens motorcycle motorcycles motorbike motorbikes tricycle tricycles "
    "bicycle bicycles car cars vehicle vehicles truck trucks lorry lorries pickup pickups tanker tankers fuel "
    "goods merchandise food foodstuff foodstuffs grain grains cereal cereals rice millet sorghum maize harvest crops "
    "money cash phone phones telephone telephones equipment property belongings supplies provisions medicine medicines "
    # (goods counted by their measure, and contraband: "seized 3,000 kilos of meat", "seized two tonnes of cannabis")
    "kilos kilograms kg tons tonnes grams litres liters sacks bags cartons crates drugs cannabis cocaine heroin "
    "contraband meat timber charcoal "
    # (an office's or a poll's things: "seized the voting material", "carried off the ballot boxes and the registers")
    "material materials documents papers files archives registers ballot ballots urn urns "
    "bétail boeufs bœufs moutons chèvres motos motocyclettes véhicules vivres marchandises argent téléphones matériel "
    "urnes".split()
)
_OBJECT_DEPS = ("dobj", "obj")


# weapons as the object of a seizure or a destruction: disrupted weapons use
WEAPONS = frozenset("weapon weapons arm arms rifle rifles gun guns firearm firearms ammunition munitions explosive "
                    "explosives mine mines ied ieds bomb bombs grenade grenades rocket rockets armes munitions".split())


def _objects(tok) -> list:
    """The objects of the trigger's verb (``tok`` or the verb its noun hangs on), with their conjuncts."""
    if tok is None:
        return []
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    objs = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    # what a phrasal verb of going off takes ("made off with the cattle", "got away with their goats")
    if any(c.dep_ == "prt" and c.lower_ in ("off", "away") for c in verb.children):
        objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    # the things a count of them stands for ("dozens of cattle", "300 head of cattle")
    objs += [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return objs + [c for o in objs for c in o.children if c.dep_ == "conj"]


def object_in(tok, words: frozenset) -> bool:
    """Whether one of the trigger's objects (``_objects``) is one of ``words``."""
    return any(o.lemma_.lower() in words or o.lower_ in words for o in _objects(tok))


def goods_taken(tok) -> bool:
    """Whether the trigger ``tok`` (a verb of seizing, or its noun) takes goods or animals as its object."""
    return object_in(tok, GOODS)


def weapons_taken(tok) -> bool:
    """Whether the trigger's verb takes weapons as its object ("seized rifles", "destroyed the mines")."""
    return object_in(tok, WEAPONS)
