"""Reports of the methods as HTML pages and PNG charts, made without Qt (matplotlib's Agg
canvas). Words a reader sees are passed in by the caller (already translated); numbers are
written with :func:`regionatlas.numbers.format_number` in the caller's language."""
