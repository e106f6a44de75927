"""Reports: the HTML pages and the CSV files written from a Comparison."""
