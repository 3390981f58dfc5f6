"""`python -m himjobs` runs the CLI."""

import sys

from himjobs.cli import main

sys.exit(main())
