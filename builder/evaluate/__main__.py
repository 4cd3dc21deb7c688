"""`python -m builder.evaluate`: score extraction against the gold corpora and check eval/gates.yml."""
import sys

from .core import main

sys.exit(main())
