"""Output keeps and shows: the SQLite store, queries, exports, reports."""
