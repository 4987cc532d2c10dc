"""`python -m dgm` is `dgm`."""

from dgm.cli import main

main()
