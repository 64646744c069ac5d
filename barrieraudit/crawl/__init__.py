"""Crawling: from a start URL to a bounded, prioritised set of pages inside one site.

``scope`` says what is inside the site, ``urls`` canonicalises and classifies URLs,
``robots`` and ``sitemap`` read what the site publishes for crawlers, ``roles``
recognises participation pages, ``frontier`` orders the work, ``throttle`` keeps
requests to a host polite, and ``site`` runs one site's audit as a single task.
"""
