"""Dates as UN reports write them: "15, 16 and 18 October 2012", "from 30 September to 2 October 2013"."""

from __future__ import annotations

import datetime as dt
import re

from compare.ingest.patterns import Lazy

_ENGLISH = "January February March April May June July August September October November December".split()
# French and Spanish month names, as written mid-sentence (lower case) or at the start of a line.
_FRENCH = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_SPANISH = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MONTHS = {
    name.lower(): number
    for names in (_ENGLISH, _FRENCH, _SPANISH, ["setiembre" if n == 9 else "" for n in range(1, 13)])
    for number, name in enumerate(names, 1)
    if name
}
_NAMES = sorted({*_ENGLISH, *(n for n in MONTHS if n not in {e.lower() for e in _ENGLISH})}, key=len, reverse=True)
_MONTH_NAME = "(?:" + "|".join(_NAMES + [n.capitalize() for n in _NAMES if n.islower()]) + ")"
_MONTH = rf"(?:de\s+)?{_MONTH_NAME}(?:\s+de)?"  # Spanish: "19 de octubre de 2015"
_DAY = r"\d{1,2}"
_DASH = r"(?:\s*(?:-|–|—|to|until)\s*|\s+(?:au|al|a)\s+)"  # French "du 3 au 5", Spanish "del 3 al 5"
_LIST_SEP = r"(?:\s*(?:,|and|,\s*and|&)\s*|\s+(?:et|y)\s+)"

# A run of days and months ending with a year: "15, 16 and 18 October 2012",
# "30 September to 2 October 2013", "27-29 June 2012".
# Compiled at their first use (the month names make them slow to compile).
DATE_RUN = Lazy(
    rf"(?:from\s+)?(?P<run>{_DAY}(?:(?:{_DASH}|{_LIST_SEP}){_DAY})*(?:\s+{_MONTH})?"
    rf"(?:(?:{_DASH}|{_LIST_SEP}){_DAY}(?:(?:{_DASH}|{_LIST_SEP}){_DAY})*\s+{_MONTH})*)\s+(?P<year>(?:19|20)\d\d)\b"
)
SINGLE_DATE = Lazy(rf"\b({_DAY})\s+(?:de\s+)?({_MONTH_NAME})(?:\s+de)?\s+((?:19|20)\d\d)\b")
RUN_TOKEN = Lazy(rf"{_DAY}|{_MONTH_NAME}|-|–|—|\b(?:to|until|au|al|a)\b")


def parse_date(text: str) -> str:
    """The first "14 November 2012" in `text` as ISO, or ""."""
    match = SINGLE_DATE.search(text)
    if not match:
        return ""
    try:
        return dt.date(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1))).isoformat()
    except ValueError:
        return ""


def parse_date_run(text: str) -> tuple[str, ...]:
    """Every day of the first run of meeting dates in `text`, as sorted ISO dates.

    Ranges ("27 to 29 June", "30 September to 2 October") are expanded to
    each day; lists ("15, 16 and 18 October") keep only the days named. A run
    that crosses a year ("29 December 2013 to 2 January 2014") is read whole.
    """
    days: list[dt.date] = []
    end = None
    for match in DATE_RUN.compiled.finditer(text):
        if days and not _CONNECTOR.fullmatch(text[end : match.start()]):
            break
        found = _expand(match.group("run"), int(match.group("year")))
        if not found:
            if days:
                break
            continue
        if days and re.search(r"to|until|-|–|—|\ba[lu]?\b", text[end : match.start()]):
            days.extend(_fill_ranges([(days[-1], True), (min(found), False)])[1:-1])
        days.extend(found)
        end = match.end()
    return tuple(d.isoformat() for d in sorted(set(days)))


_CONNECTOR = re.compile(r"\s*(?:,|and|,\s*and|to|until|-|–|—)\s*|\s+(?:et|y|au|al|a)\s+")


def _expand(run: str, year: int) -> list[dt.date]:
    tokens = RUN_TOKEN.compiled.findall(run)
    # attach a month to every day: a day takes the next month named after it
    pending: list[tuple[int, bool]] = []  # (day, starts a range to the next day)
    dated: list[tuple[dt.date, bool]] = []
    range_next = False
    for token in tokens:
        if token.isdigit():
            pending.append((int(token), False))
            if range_next and len(pending) >= 2:
                pending[-2] = (pending[-2][0], True)
            range_next = False
        elif token.lower() in MONTHS:
            for day, starts_range in pending:
                try:
                    dated.append((dt.date(year, MONTHS[token.lower()], day), starts_range))
                except ValueError:
                    return []
            pending.clear()
        else:
            range_next = True
            if not pending and dated:
                dated[-1] = (dated[-1][0], True)
    if pending or not dated:
        return []
    return _fill_ranges(dated)


def _fill_ranges(dated: list[tuple[dt.date, bool]]) -> list[dt.date]:
    days: list[dt.date] = []
    for index, (day, starts_range) in enumerate(dated):
        days.append(day)
        if starts_range and index + 1 < len(dated):
            end = dated[index + 1][0]
            if end.month < day.month:  # "29 December to 2 January": the range crosses a year
                end = end.replace(year=day.year + 1)
            span = (end - day).days
            if 0 < span <= 60:
                days.extend(day + dt.timedelta(days=n) for n in range(1, span))
    return days


def format_date(iso: str) -> str:
    """ "2012-11-14" -> "14 November 2012"."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def format_date_run(isos: tuple[str, ...]) -> str:
    """Inverse of `parse_date_run` for the days given: "15, 16 and 18 October 2012".

    Consecutive days of three or more are written as a range so that the
    text stays short and reads as a report would write it.
    """
    days = [dt.date.fromisoformat(d) for d in isos]
    groups: list[str] = []
    by_month: dict[tuple[int, int], list[int]] = {}
    for day in days:
        by_month.setdefault((day.year, day.month), []).append(day.day)
    months = list(by_month.items())
    for index, ((year, month), numbers) in enumerate(months):
        month_name = dt.date(year, month, 1).strftime("%B")
        text = _join_days(numbers) + f" {month_name}"
        if index == len(months) - 1 or months[index + 1][0][0] != year:
            text += f" {year}"
        groups.append(text)
    return " and ".join(groups)


def _join_days(numbers: list[int]) -> str:
    if len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]} to {numbers[-1]}"
    if len(numbers) == 1:
        return str(numbers[0])
    return ", ".join(str(n) for n in numbers[:-1]) + f" and {numbers[-1]}"
