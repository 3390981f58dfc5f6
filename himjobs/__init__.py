"""The himjobs application layer: CLI, demo and web UI over schemas, matcher, storage, scrapers."""
