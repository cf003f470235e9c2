"""The Gregorian days of the Muslim feasts that move through the solar year, 2010-2030.

Sahel news and ACLED notes date deeds by them ("on the day of Tabaski", « le jour de la fête de Ramadan », "the first
day of Ramadan 2023"): the Hijri calendar is lunar, so each feast comes about eleven days earlier every year and no
rule of the Gregorian calendar finds it.  The days below are those announced in Saudi Arabia (the Umm al-Qura
calendar and its moon sightings), which Mali, Burkina Faso and Niger mostly kept in these years.  A country whose
own moon-sighting committee saw the crescent a day later keeps the feast a day later (Senegal often does, Mali
sometimes), so a note's day may differ by one from this table's; the table gives the common day, not every country's.

A lunar year is shorter than a solar one, so a feast can fall twice in one Gregorian year (the Mawlid in 2015, the
first day of Ramadan in 2030): each feast is a sorted tuple of days.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

_D = dt.date

# 1 Ramadan: the first day of the fast
RAMADAN_START = (
    _D(2010, 8, 11), _D(2011, 8, 1), _D(2012, 7, 20), _D(2013, 7, 9), _D(2014, 6, 28), _D(2015, 6, 18),
    _D(2016, 6, 6), _D(2017, 5, 27), _D(2018, 5, 17), _D(2019, 5, 6), _D(2020, 4, 24), _D(2021, 4, 13),
    _D(2022, 4, 2), _D(2023, 3, 23), _D(2024, 3, 11), _D(2025, 3, 1), _D(2026, 2, 18), _D(2027, 2, 8),
    _D(2028, 1, 28), _D(2029, 1, 16), _D(2030, 1, 6), _D(2030, 12, 26),
)
# 1 Shawwal: Eid al-Fitr, the Korité, « la fête de Ramadan » of Mali and Burkina Faso (the fast's end)
EID_AL_FITR = (
    _D(2010, 9, 10), _D(2011, 8, 30), _D(2012, 8, 19), _D(2013, 8, 8), _D(2014, 7, 28), _D(2015, 7, 17),
    _D(2016, 7, 6), _D(2017, 6, 25), _D(2018, 6, 15), _D(2019, 6, 4), _D(2020, 5, 24), _D(2021, 5, 13),
    _D(2022, 5, 2), _D(2023, 4, 21), _D(2024, 4, 10), _D(2025, 3, 30), _D(2026, 3, 20), _D(2027, 3, 9),
    _D(2028, 2, 26), _D(2029, 2, 14), _D(2030, 2, 4),
)
# 10 Dhu al-Hijjah: Eid al-Adha, the Tabaski of West Africa, Eid el-Kebir
EID_AL_ADHA = (
    _D(2010, 11, 16), _D(2011, 11, 6), _D(2012, 10, 26), _D(2013, 10, 15), _D(2014, 10, 4), _D(2015, 9, 24),
    _D(2016, 9, 12), _D(2017, 9, 1), _D(2018, 8, 21), _D(2019, 8, 11), _D(2020, 7, 31), _D(2021, 7, 20),
    _D(2022, 7, 9), _D(2023, 6, 28), _D(2024, 6, 16), _D(2025, 6, 6), _D(2026, 5, 27), _D(2027, 5, 16),
    _D(2028, 5, 5), _D(2029, 4, 24), _D(2030, 4, 13),
)
# 12 Rabi al-Awwal: the Mawlid, the Prophet's birthday (« le Maouloud »)
MAWLID = (
    _D(2010, 2, 26), _D(2011, 2, 15), _D(2012, 2, 4), _D(2013, 1, 24), _D(2014, 1, 13), _D(2015, 1, 3),
    _D(2015, 12, 23), _D(2016, 12, 11), _D(2017, 11, 30), _D(2018, 11, 20), _D(2019, 11, 9), _D(2020, 10, 29),
    _D(2021, 10, 18), _D(2022, 10, 8), _D(2023, 9, 27), _D(2024, 9, 15), _D(2025, 9, 4), _D(2026, 8, 25),
    _D(2027, 8, 14), _D(2028, 8, 3), _D(2029, 7, 24), _D(2030, 7, 13),
)

FEASTS: dict[str, tuple[dt.date, ...]] = {
    "ramadan_start": RAMADAN_START, "eid_al_fitr": EID_AL_FITR, "eid_al_adha": EID_AL_ADHA, "mawlid": MAWLID,
}

# how far past the table's last day a feast told without its year is still read (the year after it has its own day)
_REACH = dt.timedelta(days=366)


def feast_day(feast: str, year: int | None, ref: dt.date | None) -> dt.date | None:
    """The day of ``feast`` in ``year`` (the latest on or before ``ref`` if it fell twice), or, without a year, the
    latest on or before ``ref``; None outside the table."""
    days = FEASTS[feast]
    if year is not None:
        in_year = [d for d in days if d.year == year]
        if not in_year:
            return None
        before = [d for d in in_year if ref is None or d <= ref]
        return before[-1] if before else in_year[0]
    if ref is None:
        return None
    i = bisect_right(days, ref)
    if i == 0 or ref - days[i - 1] > _REACH:
        return None
    return days[i - 1]


def ramadan_of(start: dt.date) -> tuple[dt.date, dt.date]:
    """The month of the fast that opens on ``start``: up to the eve of the Eid al-Fitr after it (29 or 30 days)."""
    end = next((d for d in EID_AL_FITR if d > start), start + dt.timedelta(days=30))
    return start, end - dt.timedelta(days=1)
