"""Only for `scrapyd-deploy`, which builds its egg with `python setup.py bdist_egg`: everything
(metadata, packages, the `scrapy` settings entry point) is in pyproject.toml."""

from setuptools import setup

setup()
