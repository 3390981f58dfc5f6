"""The Scrapy project: settings, formats (pure payload -> Posting parsers), spiders, pipelines."""
