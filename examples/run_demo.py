"""`make demo`: start the offline emulator on a free loopback port, run the examples, stop it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = ["quickstart_sync.py", "quickstart_async.py"]


def wait_until_listening(url: str, deadline: float) -> None:
    host, port = url.split("//", 1)[1].rstrip("/").split(":")
    while True:
        try:
            with socket.create_connection((host, int(port)), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def main() -> int:
    server = subprocess.Popen(
        [sys.executable, "-m", "kwork_api.testing", "serve", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        if "listening on" not in line:
            print(f"emulator did not start: {line!r}", file=sys.stderr)
            return 1
        url = line.split("listening on ", 1)[1].split()[0]
        wait_until_listening(url, time.monotonic() + 30)
        print(f"== offline Kwork emulator at {url}\n")
        env = dict(os.environ, KWORK_BASE_URL=url, KWORK_LOGIN="demo", KWORK_PASSWORD="demo-password")
        for name in EXAMPLES:
            print(f"== examples/{name}")
            result = subprocess.run([sys.executable, str(HERE / name)], env=env, check=False)
            if result.returncode != 0:
                print(f"examples/{name} failed with exit code {result.returncode}", file=sys.stderr)
                return result.returncode
            print()
        print("== demo finished: every example ran against the emulator over real HTTP")
        return 0
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    sys.exit(main())
