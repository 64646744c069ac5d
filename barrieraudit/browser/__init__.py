"""The browser seam: what the crawler needs from a browser, and the drivers that provide it.

``interface`` declares the small protocol (open a session per site, fetch a text
resource, visit a page and return its artifacts); ``playwright_driver`` implements it
with Playwright's async API and Chromium; ``locate`` finds or installs a Chromium.
A WebDriver implementation (Selenium grids) only needs to be a second driver module.
"""

from .interface import Driver, FetchResult, PageVisit, Session

__all__ = ["Driver", "FetchResult", "PageVisit", "Session"]
