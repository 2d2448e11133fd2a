"""A crash report names the error and the code, never the data it was working on."""

from __future__ import annotations

import sys

from expertteam_app import crashlog


def test_a_crash_report_holds_the_type_and_places_but_not_the_message(tmp_path):
    try:
        raise ValueError("BSN 999990019 van Daan van der Berg")
    except ValueError:
        exc_type, _, tb = sys.exc_info()
        assert exc_type is not None
        path = crashlog.write_crash_report(exc_type, tb, tmp_path)
    text = path.read_text()
    assert "builtins.ValueError" in text
    assert "test_crashlog.py" in text
    assert "999990019" not in text and "Daan" not in text
