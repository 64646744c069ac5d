"""``python -m barrieraudit``: the same command line as the ``barrieraudit`` script."""

from .cli import main

main()
