"""Parts of bench/run.py: the runtimes, measuring runs, the report and its chart."""
