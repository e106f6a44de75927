from hypothesis import given
from hypothesis import strategies as st

from compare.ingest.dates import format_date, format_date_run, parse_date, parse_date_run


def test_lists_ranges_and_month_boundaries():
    assert parse_date_run("Vienna, 15, 16 and 18 October 2012") == ("2012-10-15", "2012-10-16", "2012-10-18")
    assert parse_date_run("held in Vienna from 27 to 29 June 2012") == ("2012-06-27", "2012-06-28", "2012-06-29")
    assert parse_date_run("from 30 September to 2 October 2013") == ("2013-09-30", "2013-10-01", "2013-10-02")
    assert parse_date_run("Vienna, 21–23 October 2014") == ("2014-10-21", "2014-10-22", "2014-10-23")
    assert parse_date_run("no dates here") == ()
    assert parse_date_run("31 February 2013") == ()


def test_single_date():
    assert parse_date("Distr.: General 14 November 2012") == "2012-11-14"
    assert format_date("2012-11-14") == "14 November 2012"


@given(st.dates(), st.lists(st.integers(0, 40), min_size=1, max_size=6, unique=True))
def test_format_then_parse_gives_the_same_days(start, offsets):
    import datetime as dt

    days = tuple(sorted((start + dt.timedelta(days=o)).isoformat() for o in offsets))
    if not all(1900 <= int(d[:4]) <= 2099 for d in days):
        return
    assert parse_date_run(format_date_run(days)) == days


def test_french_and_spanish_dates():
    assert parse_date_run("Vienne, du 3 au 5 avril 2016") == ("2016-04-03", "2016-04-04", "2016-04-05")
    assert parse_date_run("les 15 et 16 octobre 2012") == ("2012-10-15", "2012-10-16")
    assert parse_date_run("Viena, 19 y 20 de octubre de 2015") == ("2015-10-19", "2015-10-20")
    assert parse_date_run("del 30 de noviembre al 1 de diciembre de 2018") == ("2018-11-30", "2018-12-01")
    assert parse_date("Distr. general 20 de junio de 2019") == "2019-06-20"
    assert parse_date("Distr. : générale 3 août 2020") == "2020-08-03"


def test_french_and_spanish_ordinals_give_the_meeting_number():
    from compare.ingest.metadata import extract_metadata

    for title, number in (
        ("Rapport sur la cinquième réunion du Groupe de travail sur la traite des personnes", 5),
        ("Informe sobre la quinta reunión del Grupo de trabajo sobre la trata de personas", 5),
        ("Rapport du Groupe de travail sur sa vingt et unième session", 21),
        ("Informe del Grupo de trabajo sobre su decimotercera reunión", 13),
    ):
        assert extract_metadata([title], ())["session"] == number, title
