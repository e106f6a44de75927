"""The report's templates compiled to Python by jinja2: written by `make templates`, never by hand.
`compare.report.templating` loads them while SOURCES is the digest of what they were compiled from."""

SOURCES = "4209114d12a6e323ed21bd7c9da1607cbda914014773e1110468137532259845"
