"""Pure parsers: one source payload -> schemas.Posting objects. No Scrapy import here."""
