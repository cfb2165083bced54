"""``python -m reifegrad`` is the ``reifegrad`` command."""
import sys

from reifegrad.cli import main

sys.exit(main())
