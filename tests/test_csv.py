import csv
import io

from compare.report.csv import csv_bytes, guard_cell


def test_bom_crlf_and_quoting():
    data = csv_bytes([{"a": "x, y", "b": 'say "hi"\nnext line'}, {"a": 1, "b": True}], ["a", "b"])
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.count("\r\n") == 3
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [["a", "b"], ["x, y", 'say "hi"\nnext line'], ["1", "true"]]


def test_formula_cells_are_guarded_numbers_are_not():
    hostile = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
    data = csv_bytes([{"v": h} for h in hostile] + [{"v": -0.5}], ["v"]).decode("utf-8-sig")
    cells = [r[0] for r in csv.reader(io.StringIO(data, newline=""))][1:]
    assert cells[:-1] == ["'" + h for h in hostile]
    assert cells[-1] == "-0.5"
    assert guard_cell("plain") == "plain"


def test_the_bytes_are_those_of_the_standard_writer():
    """Fields are quoted exactly where csv.writer quotes them (commas, quotes, line breaks, a row's only
    field when empty), and every value reads back as the guarded text."""
    tricky = ["plain", "", "a,b", 'say "hi"', "two\nlines", "cr\rhere", "nul\x00", "\u2028sep", "=1+1", 3, -0.5, None]
    tricky += [True, float("nan"), "\ufeffbom"]
    rows = [{"one": value, "two": value} for value in tricky] + [{"one": value} for value in tricky]
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow(["one", "two"])
    for row in rows:
        writer.writerow([_guarded(row.get("one")), _guarded(row.get("two"))])
    assert csv_bytes(rows, ["one", "two"]) == ("\ufeff" + expected.getvalue()).encode("utf-8")
    alone = csv_bytes([{"v": ""}, {"v": "x"}, {}], ["v"]).decode("utf-8-sig")
    assert alone == 'v\r\n""\r\nx\r\n""\r\n'


def _guarded(value):
    if value is None or value != value:
        return ""
    return guard_cell(value)
