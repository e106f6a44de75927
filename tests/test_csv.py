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
