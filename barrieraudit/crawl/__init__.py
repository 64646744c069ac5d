"""Crawling: from a start URL to a bounded, prioritised, reproducible set of pages inside one site.

``scope`` says what is inside the site, ``urls`` canonicalises URLs and says when two
are one page, ``robots`` and ``sitemap`` read what a host publishes for crawlers,
``roles`` recognises participation pages, ``frontier`` orders the work, ``throttle``
spaces the requests to one host, ``politeness`` keeps robots.txt and a throttle per
host for the whole run, ``site`` runs one site's audit as a single task, and ``flows``
runs its scripted steps (``steps.py``) after its crawl.
"""
