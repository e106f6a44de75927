"""`wgcompare serve`: the comparison as a live service over a corpus folder (Starlette, run by uvicorn).

The service calls the library only through `compare.pipeline` and the memo;
its pages are the files the static report writes, kept in memory and
recomputed when the corpus or its decisions change, plus its own pages
(upload, progress, decisions) from `compare/serve/templates`.
"""
