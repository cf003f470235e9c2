"""Hostile text for the fuzz tests: hypothesis strategies plus a few fixed monsters.

The building blocks mix ordinary conflict-news phrasing (so the analysis stages actually fire)
with the things that break text code: zero-width and bidi control characters, right-to-left and
mixed scripts, homoglyphs, absurd numbers, impossible or far-future dates, markup fragments.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

LONG = os.environ.get("SITREP_LONG") == "1"

# ~300 generated cases over the fuzz tests in the default suite; >=10,000 with SITREP_LONG=1.
settings.register_profile(
    "sitrep-fuzz",
    max_examples=2500 if LONG else 60,
    deadline=None,
    derandomize=not LONG,  # the default suite is reproducible; the long run explores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
FUZZ = settings.get_profile("sitrep-fuzz")
# the analysis runs spaCy per example: fewer examples by default (the readers carry the ~300)
FUZZ_ANALYSIS = settings(FUZZ, max_examples=2500 if LONG else 25)

NEWS = [
    "Gunmen killed 12 civilians in Kidal on Monday, officials said.",
    "The Malian army said it repelled an attack near Gao.",
    "JNIM claimed responsibility for the ambush on Tuesday.",
    "Fighters of the CSP-DPA seized the town of Anefis last week.",
    "A drone strike hit a wedding in Tinzaouaten, killing at least 21 people.",
    "Wagner mercenaries and FAMa troops withdrew from the base.",
    "Le 12 mars 2024, des hommes armés ont tué cinq civils près de Ménaka.",
    "According to a local official, 3 soldiers were wounded.",
    "\"We took control of the camp,\" spokesman Mohamed Elmaouloud Ramadane said.",
]
NASTY = [
    "10000000000 killed", "999999999999999999999999999 dead", "-5 people were killed", "1e309 fatalities",
    "NaN soldiers", "killed 0x7fffffff", "½ killed", "٣ قتلى", "一千 killed",
    "on 31 December 9999", "9999-12-31", "0000-00-00", "on February 30, 2024", "in the year 10000",
    "on 1 January 0001", "32/13/2024", "last Monday, 9999 years ago", "yesterday tomorrow",
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad",  # zero-width, BOM, soft hyphen
    "\u202e", "\u202d", "\u202c", "\u2066", "\u2067", "\u2069", "\u200f", "\u200e",  # bidi controls
    "هاجم مسلحون قرية قرب غاو", "צבא מאלי", "Кidal", "Gаo",  # Arabic, Hebrew, Cyrillic homoglyphs
    "キダル", "基达尔", "🇲🇱💥🔥", "Z̸̡̢a̴͔l̵̛g̷o̶", "ǅ", "İ", "ß", "ﬁ",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;&lt;&#0;&#xD800;",
    "\r", "\r\n", "\t", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029",
    "https://example.invalid/a?b=c#d", "@user #hashtag", "....", "—", "…",
]

fragment = st.one_of(
    st.sampled_from(NEWS),
    st.sampled_from(NASTY),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cf", "Mn", "Zs", "Zl", "Zp"]), max_size=8),
    st.integers(min_value=-(10**30), max_value=10**30).map(lambda n: f"{n} people were killed"),
)
separator = st.sampled_from([" ", " ", "\n", "\n\n", "", "\r\n", "\t", "\u2028", ". "])


@st.composite
def hostile_text(draw, max_parts: int = 30) -> str:
    """A string of news-like and hostile fragments glued with odd separators."""
    parts = draw(st.lists(fragment, min_size=0, max_size=max_parts))
    out = []
    for p in parts:
        out.append(p)
        out.append(draw(separator))
    return "".join(out)


def hostile_html(text: str, depth: int) -> str:
    return ("<div><span>" * depth) + f"<p>{text}</p>" + ("</span></div>" * depth)


def monsters() -> dict[str, bytes]:
    """Fixed worst cases, as file name → bytes (the extension picks the reader)."""
    line = ("Gunmen attacked Kidal and killed 10000000000 people on 31 December 9999 " * 15000)[: 1024 * 1024]
    return {
        "one_mb_line.txt": line.encode(),
        "one_mb_no_spaces.txt": ("x" * (1024 * 1024)).encode(),
        "deep_nesting.html": hostile_html(NEWS[0] * 3, 5000).encode(),
        "deep_unclosed.html": ("<div>" * 50000 + NEWS[1]).encode(),
        "zero_width.txt": ("\u200b".join(NEWS * 4)).encode(),
        "rtl_override.txt": ("\u202e" + " ".join(NEWS) + "\u202c").encode(),
        "arabic.txt": ("هاجم مسلحون قرية قرب غاو يوم الاثنين وقتلوا خمسة مدنيين حسب مصادر محلية. " * 8).encode(),
        "mixed_scripts.txt": " ".join(NEWS + NASTY).encode(),
        "nul_bytes.txt": b"Gunmen\x00attacked\x00Kidal " * 50,
        "latin1.txt": "Des hommes armés ont tué cinq civils près de Ménaka, a déclaré l'armée. ".encode("latin-1") * 5,
        "utf16.txt": (" ".join(NEWS)).encode("utf-16"),
        "bom_only.txt": b"\xef\xbb\xbf",
        "invalid_utf8.txt": b"Gunmen \xff\xfe\xfd attacked \xc3\x28 Kidal " * 30,
        "absurd_numbers.txt": " ".join(NASTY[:18] * 3).encode(),
        "deep.json": ("[" * 100000 + "]" * 100000).encode(),
        "huge_number.json": b'{"text": "Gunmen attacked Gao.", "published": 1e999999, "title": 123}',
        "wrong_types.jsonl": b'{"text": 5}\n{"text": null}\n{"text": ["a"]}\n[1,2]\n"str"\n{"text": "ok text about Gao", "published": "9999-99-99"}\n{',
        "year_9999.jsonl": b'{"text": "Gunmen killed 5 in Gao on 31 December 9999.", "published": "9999-12-31"}\n',
        "html_in_json.json": b'{"html": "<script>alert(1)</script><p>Gunmen attacked Gao on Monday.</p>"}',
        "script_only.html": b"<html><head><script>" + b"var a=1;" * 10000 + b"</script></head><body></body></html>",
        "billion_laughs.xml": _BILLION_LAUGHS,
        "xxe.rss": _XXE,
        "not_a_feed.rss": b"<rss><channel><item><title>only a title</title></item></channel>",
        "binary.txt": os.urandom(0) + bytes(range(256)) * 40,
    }


_BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><description>&lol9; Gunmen attacked Gao on Monday and killed five civilians,
officials said. The army said it pursued the attackers into the desert north of the town.</description></item>
</channel></rss>"""

_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>Feed</title>
<item><title>Attack &xxe;</title><description>&xxe; Gunmen attacked Gao on Monday and killed five civilians,
officials said. The army said it pursued the attackers into the desert north of the town after the raid.</description></item>
</channel></rss>"""
