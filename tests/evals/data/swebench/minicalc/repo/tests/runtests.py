#!/usr/bin/env python
"""Run the test modules named on the command line (all of them by default), verbosely."""

import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(labels):
    sys.path.insert(0, str(HERE))
    loader = unittest.defaultTestLoader
    if labels:
        suite = loader.loadTestsFromNames(labels)
    else:
        suite = loader.discover(str(HERE), pattern="tests.py", top_level_dir=str(HERE))
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
