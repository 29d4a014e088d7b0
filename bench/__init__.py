"""Benchmarks for commerce-sdk: `make bench` (= `python -m bench`) writes bench/RESULTS.md and
bench/results.json.  Every figure is a ratio against a baseline measured in the same run; see
bench/__main__.py for the options and bench/NOTES.md for what the figures mean."""
