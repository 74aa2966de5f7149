"""Re-record the cassettes from the emulator over real HTTP: `make cassettes`."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import vcr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from scenarios import RECORD_URL, run_async, run_sync  # noqa: E402

from kwork_api.testing import Emulator, serve_in_thread, vcr_config  # noqa: E402


def main() -> None:
    port = int(RECORD_URL.rsplit(":", 1)[1].strip("/"))
    recorder: Any = vcr.VCR(**vcr_config(record_mode="all"))
    scenarios: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("sync_scenario", run_sync),
        ("async_scenario", lambda: asyncio.run(run_async())),
    ]
    for name, run in scenarios:
        with serve_in_thread(Emulator(), port=port), recorder.use_cassette(str(HERE / f"{name}.yaml")):
            result = run()
        print(name, "recorded:", {k: (v if not isinstance(v, list) else len(v)) for k, v in result.items()})


if __name__ == "__main__":
    main()
