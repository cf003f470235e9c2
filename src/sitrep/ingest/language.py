"""The language of a document's text: English or French told by their function words, else langdetect.

langdetect is exact but slow: it loads 55 language profiles (about a second at every start) and
then samples character n-grams in a Python loop for every document, a sixth of the serial ingest
time on news.  Most of what sitrep reads is plainly English or plainly French, and that shows in the
commonest words: in running English prose a quarter or more of the words are "the", "of", "and",
"to", "was"..., and in French "le", "les", "des", "et", "à", "est"...  When one of the two word
lists covers a large share of the sample and the other almost none, the text is that language and
langdetect would say so too; anything less clear (short texts, headlines, lists of names, mixed
quotes, a third language) still goes to langdetect, so the cheap path never has to be right about a
hard case.  Each list holds only words that are rare in the other language and in the neighbouring
ones (Spanish, Italian, Portuguese, German, Dutch): "de", "la", "en", "a", "in" and "die" are left out.
"""

from __future__ import annotations

import re
from itertools import islice

# the sample langdetect reads: the first ~1,000 characters decide as well as the whole text
SAMPLE_CHARS = 1000
_MIN_LETTERS = 20  # fewer letters than this: too short to tell, by either method
_MIN_WORDS = 25  # the function-word shares need this many words to be steady
_CLEAR_SHARE = 0.2  # the language's own function words: at least this share of the words
_STRAY_SHARE = 0.03  # the other language's: at most this share

_ENGLISH = frozenset("""
the of and to is was were that for with by said from at has have had it its been are this which who
after their they he his not but would will also than about into over against during other
""".split())
_FRENCH = frozenset("""
le les des du et à une est sont dans pour par sur au aux qui ont été selon il elle cette avec ne pas
ces leur leurs également après lors contre ainsi dont où
""".split())
_WORD = re.compile(r"[^\W\d_]+")


def _by_function_words(sample: str) -> str | None:
    """"en" or "fr" when the sample's function words leave no doubt, else None."""
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS:
        return None
    english = sum(w in _ENGLISH for w in words) / len(words)
    french = sum(w in _FRENCH for w in words) / len(words)
    if english >= _CLEAR_SHARE and french <= _STRAY_SHARE:
        return "en"
    if french >= _CLEAR_SHARE and english <= _STRAY_SHARE:
        return "fr"
    return None


def _by_langdetect(sample: str) -> str | None:
    """langdetect's language of the sample (as ``langdetect.detect`` tells it, its profiles loaded from sitrep's
    cache: ``language_profiles``), None when it finds no feature to read."""
    from langdetect import DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    from sitrep.ingest.language_profiles import detector_factory

    DetectorFactory.seed = 0  # langdetect samples at random: a fixed seed keeps it deterministic
    try:
        detector = detector_factory().create()
        detector.append(sample)
        return detector.detect()
    except LangDetectException:
        return None


def detect_language(text: str) -> tuple[str | None, str]:
    """(ISO 639-1 code or None for texts too short to tell, how it was decided)."""
    sample = text[:SAMPLE_CHARS]
    if len(list(islice(filter(str.isalpha, sample), _MIN_LETTERS))) < _MIN_LETTERS:  # the first 20 letters will do
        return None, "too short"
    told = _by_function_words(sample)
    if told is not None:
        return told, "function words of the body text"
    return _by_langdetect(_ordinary_case(sample)), "langdetect on the body text"


# the French function words a note written in English never holds: not those a place's name may carry (« Est »,
# « Centre-Est », « Boucle du Mouhoun », « Le Kef », « Les Cayes », « Aux Cayes ») nor the ones that may name one
_NOTE_FRENCH = _FRENCH - frozenset("est du le les des au aux et à".split())
_NOTE_WORDS = 2  # a note of one language holds at least this many of its function words and none of the other's


def english_or_french(text: str) -> str:
    """"fr" when ``detect_language`` tells ``text`` French, else "en": the question asked of a text known to be one
    or the other (an ACLED note).  A note too short for the function words' shares still tells its language when it
    holds a few of one language's function words and none of the other's ("militants killed two of the villagers
    and ...": English; « des hommes armés ont tué ... dans »: French); langdetect reads the rest.  On the 6,239 notes
    of the project's test sets and Burkina Faso's tuning and checking splits the few words agree with langdetect on
    every note they decide: 3,809 of the 4,632 it read."""
    sample = text[:SAMPLE_CHARS]
    told = None
    if len(list(islice(filter(str.isalpha, sample), _MIN_LETTERS))) == _MIN_LETTERS:
        told = _by_function_words(sample) or _by_few_function_words(sample) or _by_langdetect(_ordinary_case(sample))
    return "fr" if told == "fr" else "en"


def _by_few_function_words(sample: str) -> str | None:
    """"en" or "fr" when the sample holds a few function words of one language and none of the other's (French
    words that may stand in a place's name aside), else None."""
    words = _WORD.findall(sample.lower())
    english = sum(w in _ENGLISH for w in words)
    french = sum(w in _NOTE_FRENCH for w in words)
    if english >= _NOTE_WORDS and not french:
        return "en"
    if french >= _NOTE_WORDS and not english:
        return "fr"
    return None


def _ordinary_case(sample: str) -> str:
    """A sample written mostly in capitals, in lower case: langdetect's profiles are n-grams of ordinary text, so
    a note in capitals reads as another language (« LES FAMA ONT NEUTRALISE » as English, « DES HOMMES ARMES ONT
    TUE » as German)."""
    upper = sum(c.isupper() for c in sample)
    return sample.lower() if upper > 2 * sum(c.islower() for c in sample) else sample
