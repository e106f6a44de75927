"""wgcompare: how the work of UN intergovernmental Working Groups evolves from one meeting to the next."""

__version__ = "0.1.0"
