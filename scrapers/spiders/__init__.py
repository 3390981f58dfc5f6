"""Spiders: build requests, page and retry; parsing lives in scrapers.formats."""
