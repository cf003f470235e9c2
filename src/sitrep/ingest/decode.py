"""Bytes → text: detect binary input and pick an encoding, refusing what is clearly not text.

Order of attempts (why):

1. a BOM is authoritative (utf-8-sig, utf-16/32);
2. binary signatures and NUL bytes mean binary (``E_BINARY``);
3. strict UTF-8, which almost never succeeds by accident on non-UTF-8 bytes;
4. UTF-8 with replacement when it is *almost* valid: at least as many well-formed multi-byte
   characters as stray bytes (an article with curly quotes and one corrupt byte).  Legacy
   single-byte text has no well-formed UTF-8 sequences, so it never takes this path.  The stray
   bytes become U+FFFD and the count is reported (``Decoded.replaced``: an ``E_ENCODING``
   warning, the article is kept);
5. otherwise a charset detector (charset-normalizer) over the legacy encodings news archives
   use — Western, Central European, Cyrillic (cp1251, KOI8-R/U, ISO-8859-5), Greek, Turkish,
   Hebrew, Arabic, Baltic, Thai, Japanese (Shift-JIS, EUC-JP), Chinese, Korean — ranked by its
   "chaos" measure plus how implausible the text looks (halfwidth katakana and case flipping
   inside words are the marks of a wrong guess); among the readings about as calm and as coherent
   as the best, the most common encoding wins.  Nothing plausible: ``E_ENCODING``.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

from sitrep.errors import ErrorCode, SitrepError

log = logging.getLogger(__name__)

# signatures of common binary formats (images, archives, PDFs, office files, executables)
_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x1f\x8b", b"BZh",
    b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0", b"Rar!", b"7z\xbc\xaf", b"OggS", b"ID3", b"RIFF",
    b"\x00\x00\x01\x00", b"wOFF", b"SQLite format 3",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# legacy encodings the detector chooses among, most common in news archives first (ties go to
# the earlier one: cp1252 and cp1250 read most Western text alike)
LEGACY_ENCODINGS = (
    "cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2", "koi8_u", "iso8859_5",
    "mac_cyrillic", "cp866", "shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb18030", "big5", "euc_kr",
    "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1256", "iso8859_6", "cp1255", "iso8859_8", "cp1257",
    "cp874",
)
CHAOS_MARGIN = 0.005  # detector "chaos" this close to the least is as good
COHERENCE_MARGIN = 0.25  # language coherence this close to the best is as good
_SAMPLE = 64 * 1024  # bytes the detector reads (enough to tell; detection time stays in milliseconds)
_HALFWIDTH_KANA = re.compile("[\uff61-\uff9f]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # undecodable bytes replaced by U+FFFD (UTF-8 that was almost valid)


def _looks_like_text(text: str) -> bool:
    """True when the characters are mostly printable: control characters mark binary garbage."""
    if not text:
        return True
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(sample) < 0.01


def decode_bytes(data: bytes, source: str = "") -> str:
    """Decode ``data`` to str or raise SitrepError(E_BINARY | E_ENCODING)."""
    return decode(data, source).text


def decode(data: bytes, source: str = "") -> Decoded:
    """Decode ``data`` (see the module docstring) or raise SitrepError(E_BINARY | E_ENCODING)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise SitrepError(ErrorCode.encoding, f"{source}: invalid {encoding} after BOM: {exc.reason}") from exc
            return _checked(Decoded(text, encoding), source)
    if any(data.startswith(m) for m in _MAGIC):
        raise SitrepError(ErrorCode.binary, f"{source}: binary file signature {data[:4]!r}")
    if b"\x00" in data[:8192]:
        raise SitrepError(ErrorCode.binary, f"{source}: NUL bytes (binary or UTF-16 without BOM)")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), source)
    except UnicodeDecodeError:
        pass
    almost = _almost_utf8(data)
    if almost is not None:
        log.info("%s: UTF-8 with %d undecodable byte(s) replaced", source, almost.replaced)
        return _checked(almost, source)
    return _checked(_detected(data, source), source)


def _checked(decoded: Decoded, source: str) -> Decoded:
    if not _looks_like_text(decoded.text):
        raise SitrepError(ErrorCode.binary, f"{source}: control characters in {decoded.encoding} text")
    return decoded


def _almost_utf8(data: bytes) -> Decoded | None:
    """``data`` as UTF-8 with its stray bytes replaced, when well-formed multi-byte characters
    are at least as many as the stray bytes; else None."""
    lenient = data.decode("utf-8", "surrogateescape")  # each stray byte → one U+DC80..U+DCFF
    stray = sum(1 for ch in lenient if "\udc80" <= ch <= "\udcff")
    wellformed = sum(1 for ch in lenient if ord(ch) > 0x7F) - stray
    if wellformed < max(stray, 1):
        return None
    text = "".join("\ufffd" if "\udc80" <= ch <= "\udcff" else ch for ch in lenient) if stray else lenient
    return Decoded(text, "utf-8", replaced=stray)


def _implausibility(text: str) -> float:
    """How much of the text marks a wrong guess, 0 (none) to about 2:

    * letters of another script glued to Latin letters: Western text read as Shift-JIS or as a
      Cyrillic code page turns each accented letter into a kanji or a Cyrillic letter *inside* a
      Latin word, while real Japanese or Russian text keeps its scripts apart (share of the
      non-Latin letters that touch a Latin one);
    * halfwidth katakana, as a share of the non-ASCII characters (a single-byte text read as
      Shift-JIS: a lone ``£`` becomes ``｣``; real Japanese writes full-width kana and kanji);
    * words whose case flips after the first letter, as a share of the letters (KOI8-R read as
      cp1251 swaps upper and lower case: ``нАПАДЕНИЕ``)."""
    sample = text[:20000]
    letters = non_latin = touching = 0
    for i, ch in enumerate(sample):
        if not ch.isalpha():
            continue
        letters += 1
        if ord(ch) >= 0x370:
            non_latin += 1
            before = sample[i - 1] if i else " "
            after = sample[i + 1] if i + 1 < len(sample) else " "
            touching += any(c.isalpha() and ord(c) < 0x250 for c in (before, after))
    kana = len(_HALFWIDTH_KANA.findall(sample))
    words = re.findall(r"[^\W\d_]{2,}", sample)
    flipped = sum(len(w) for w in words if w[0].islower() and sum(ch.isupper() for ch in w[1:]) * 2 > len(w) - 1)
    glued = touching / non_latin if non_latin else 0.0
    non_ascii = sum(1 for ch in sample if ord(ch) > 0x7F)
    return glued + kana / (non_ascii or 1) + flipped / (letters or 1)


def _detected(data: bytes, source: str) -> Decoded:
    import charset_normalizer

    matches = charset_normalizer.from_bytes(data[:_SAMPLE], cp_isolation=list(LEGACY_ENCODINGS))
    scored = []
    for match in matches:
        # the detector folds encodings that read the sample alike into one match: name the most common
        names = [e for e in LEGACY_ENCODINGS if e in {match.encoding, *match.could_be_from_charset}]
        for encoding in names or [match.encoding]:
            try:
                text = data.decode(encoding)  # the whole input, strictly (the detector saw a sample)
            except (UnicodeDecodeError, LookupError):
                continue
            scored.append((match.chaos + _implausibility(text), match.coherence, encoding, text))
            break
    if not scored:
        raise SitrepError(ErrorCode.encoding, f"{source}: undecodable bytes (not UTF-8, and no legacy encoding gives text)")
    # the least chaotic readings; among them, a small edge in the language model's coherence is
    # noise (mac_roman "fits" French as well as cp1252 does): the more common encoding wins
    least = min(s[0] for s in scored)
    calm = [s for s in scored if s[0] <= least + CHAOS_MARGIN]
    best = max(s[1] for s in calm)
    chosen = min((s for s in calm if s[1] >= best - COHERENCE_MARGIN), key=lambda s: _rank(s[2]))
    log.debug("%s decoded as %s", source, chosen[2])
    return Decoded(chosen[3], chosen[2])


def _rank(encoding: str) -> int:
    return LEGACY_ENCODINGS.index(encoding) if encoding in LEGACY_ENCODINGS else len(LEGACY_ENCODINGS)
