"""One catalogue of error codes, used alike by the CLI, the API and the dashboard.

A code names *why* an input or request was refused; the message says what to do about it.
Skipped inputs are counted by code in ingest summaries; API errors carry the code in their JSON body.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    # input problems (an ingest skips the input, counts it and goes on)
    not_found = "E_NOT_FOUND"  # a path that does not exist
    empty = "E_EMPTY"  # no text after decoding and cleaning
    binary = "E_BINARY"  # bytes that are not text (NUL bytes, image/zip signatures)
    too_large = "E_TOO_LARGE"  # over the configured size limit
    encoding = "E_ENCODING"  # bytes that decode as no supported text encoding
    bad_json = "E_BAD_JSON"  # a malformed JSON document or JSON line
    bad_record = "E_BAD_RECORD"  # JSON that parses but lacks ``text`` or has wrong types
    unsupported = "E_UNSUPPORTED"  # a file type or URL scheme sitrep does not read
    duplicate = "E_DUPLICATE"  # exact duplicate of a stored document (counted, not an error)
    fetch_failed = "E_FETCH"  # network error, timeout, HTTP error status
    blocked_address = "E_BLOCKED_ADDRESS"  # URL resolving to loopback/private/link-local/metadata
    too_many_redirects = "E_REDIRECTS"
    bad_feed = "E_BAD_FEED"
    non_english = "E_LANGUAGE"  # kept, but not analysed by the English pipeline
    analysis_failed = "E_ANALYSIS"  # the analysis stage raised on this document
    # store problems
    store_newer = "E_STORE_NEWER"  # the file was written by a newer sitrep
    store_readonly = "E_STORE_READONLY"
    store_full = "E_STORE_FULL"
    store_locked = "E_STORE_LOCKED"
    # request problems (API and CLI)
    usage = "E_USAGE"
    unauthorized = "E_UNAUTHORIZED"
    not_found_record = "E_NO_SUCH_RECORD"
    invalid = "E_INVALID"
    internal = "E_INTERNAL"  # an unexpected server error (API answers 500 with this code, no traceback)


class SitrepError(Exception):
    """An error with a catalogue code; ``str()`` is the human message."""

    def __init__(self, code: ErrorCode, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code.value, "message": self.message}
