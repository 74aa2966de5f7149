"""Recorded HTTP (from the emulator, over real sockets) replays offline, and holds no secret."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import vcr
from scenarios import run_async, run_sync

from kwork_api.testing import DEMO_PASSWORD, vcr_config

CASSETTES = Path(__file__).resolve().parent / "cassettes"
REPLAY = vcr.VCR(**vcr_config(record_mode="none"))


def test_sync_scenario_replays_from_its_cassette_without_a_server() -> None:
    with REPLAY.use_cassette(str(CASSETTES / "sync_scenario.yaml")) as cassette:
        result = run_sync()
    assert cassette.all_played
    assert result["me"] == "demo"
    assert len(result["projects"]) == 40
    assert "Москва" in result["cities"]


async def test_async_scenario_replays_and_matches_the_sync_one() -> None:
    with REPLAY.use_cassette(str(CASSETTES / "async_scenario.yaml")) as cassette:
        result = await run_async()
    assert cassette.all_played
    with REPLAY.use_cassette(str(CASSETTES / "sync_scenario.yaml")):
        assert run_sync() == result


@pytest.mark.parametrize("path", sorted(CASSETTES.glob("*.yaml")), ids=lambda p: p.name)
def test_cassettes_hold_no_password_token_authorization_or_cookie(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert DEMO_PASSWORD not in text
    assert "login=demo" not in text
    assert "bW9iaWxlX2FwaTpxRnZmUmw3dw" not in text  # the Basic header value
    assert not re.search(r"token=(?!REDACTED)[^&\s'\"]+", text)
    assert not re.search(r'"token"\s*:\s*"(?!REDACTED)', text)
    assert not re.search(r"(?i)set-cookie", text)
    assert not re.search(r"\b[0-9a-f]{32}\b", text), "something token-shaped was recorded"
