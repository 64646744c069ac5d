"""The browser seam: what the crawler needs from a browser, and the drivers that provide it.

``interface`` declares the small protocol (open a session per site, fetch a text
resource, visit a page and return its artifacts) and ``failures`` the kinds of page
errors and their wording; ``playwright_driver`` implements the protocol with
Playwright's async API and Chromium, ``tab`` watches one tab through DevTools,
``pool`` bounds the pages open in the run, ``refresh`` reads client-side redirects
and load time, ``flow`` drives a page through a flow's scripted steps, and ``locate``
finds or installs a Chromium.
A WebDriver implementation (Selenium grids) only needs to be a second driver module.
"""

from .failures import PageErrorKind
from .interface import Driver, FetchResult, FlowPage, PageVisit, Session, StepFailed

__all__ = ["Driver", "FetchResult", "FlowPage", "PageErrorKind", "PageVisit", "Session", "StepFailed"]
