"""matcher's public names (pinned like httpx does): storage and other tools import these."""

import matcher
import matcher.text


def test_matcher_exports() -> None:
    assert sorted(matcher.__all__) == sorted(
        [
            "Gap",
            "Relevance",
            "duplicate_key",
            "extract",
            "find_duplicates",
            "gaps",
            "is_duplicate",
            "is_relevant",
            "match",
            "normalise_title",
            "path_summary",
            "rank",
            "score",
            "relevance",
            "skill_sentences",
            "EXPERIENCE_STEP",
            "GapTally",
            "MAX_DESCRIPTION_CHARS",
            "Opens",
            "blocked_credentials",
            "evidence_read",
            "hourly_figure",
            "hourly_pay",
            "posting_pay",
            "substitution_needed",
        ]
    )
    for name in matcher.__all__:
        assert getattr(matcher, name) is not None


def test_text_module_exports() -> None:
    assert sorted(matcher.text.__all__) == [
        "ALLOWED_ATTRIBUTES",
        "ALLOWED_TAGS",
        "html_to_text",
        "looks_like_html",
        "normalise_text",
        "sanitize_html",
    ]
    for name in matcher.text.__all__:
        assert getattr(matcher.text, name) is not None
