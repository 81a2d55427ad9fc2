"""Run graphctl as `python -m graphctl`."""

from graphctl.cli import main

main()
