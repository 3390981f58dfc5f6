"""Project Scrapy commands (COMMANDS_MODULE): `scrapy crawl` that says when its source failed."""
