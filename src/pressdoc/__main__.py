"""``python -m pressdoc``."""

from pressdoc.cli import main_entry

main_entry()
