"""The himjobs crawl's own signal, sent through Scrapy's signal manager (``crawler.signals``).

>>> from scrapers.signals import bad_page
>>> bad_page is bad_page
True
"""

from __future__ import annotations

__all__ = ["bad_page"]

#: Sent for every bad page or bad record a spider records (BoardSpider.record_bad_page):
#: ``handler(url: str, reason: str, spider: scrapy.Spider)``. The store pipeline connects to it
#: to keep the reason as a run error; `himjobs crawl` to update its progress line.
bad_page = object()
