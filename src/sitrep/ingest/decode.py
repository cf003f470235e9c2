"""Bytes → text: detect binary input and pick an encoding, refusing what is clearly not text.

Order of attempts (why): a BOM is authoritative (utf-8-sig, utf-16/32); then strict UTF-8, which
almost never succeeds by accident on non-UTF-8 bytes; then cp1252 for the Windows-authored files
news archives are full of; latin-1 as a last resort only when the decoded text still looks like
prose (mostly letters and spaces), since latin-1 accepts *any* byte sequence.
"""

from __future__ import annotations

import codecs
import logging

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


def _looks_like_text(text: str) -> bool:
    """True when the characters are mostly printable: control characters mark binary garbage."""
    if not text:
        return True
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(sample) < 0.01


def _prose_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 1.0
    good = sum(1 for ch in sample if ch.isalpha() or ch.isspace() or ch in ".,;:!?'\"-()[]0123456789")
    return good / len(sample)


def decode_bytes(data: bytes, source: str = "") -> str:
    """Decode ``data`` to str or raise SitrepError(E_BINARY | E_ENCODING)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise SitrepError(ErrorCode.encoding, f"{source}: invalid {encoding} after BOM: {exc.reason}") from exc
            if not _looks_like_text(text):
                raise SitrepError(ErrorCode.binary, f"{source}: control characters in {encoding} text")
            return text
    if any(data.startswith(m) for m in _MAGIC):
        raise SitrepError(ErrorCode.binary, f"{source}: binary file signature {data[:4]!r}")
    if b"\x00" in data[:8192]:
        raise SitrepError(ErrorCode.binary, f"{source}: NUL bytes (binary or UTF-16 without BOM)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if not _looks_like_text(text):
            raise SitrepError(ErrorCode.binary, f"{source}: control characters in text")
        return text
    try:
        text = data.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        encoding = "latin-1"
    if not _looks_like_text(text):
        raise SitrepError(ErrorCode.binary, f"{source}: bytes are neither UTF-8 nor readable text")
    if _prose_ratio(text) < 0.85:
        raise SitrepError(ErrorCode.encoding, f"{source}: undecodable bytes (not UTF-8; {encoding} gives no prose)")
    log.debug("%s decoded as %s", source, encoding)
    return text
