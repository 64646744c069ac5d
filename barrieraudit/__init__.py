"""barrieraudit: audit how far institutions' participation pages let everyone take part.

The package crawls each configured site in a real Chromium, gathers plain-data
artifacts (DOM facts, network, axe-core), evaluates checks over them, scores and ranks
the sites, stores every run in a database and renders static HTML reports. The
pipeline and the results contract are described in the README.
"""

from __future__ import annotations

__version__ = "0.1.0"
