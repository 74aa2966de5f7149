"""`python -m kwork_api.testing serve [--port N] [--projects N]`: the emulator on loopback."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys

from ._emulator import Emulator
from ._server import EmulatorServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kwork_api.testing", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the offline Kwork API on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port (printed on start)")
    serve.add_argument("--projects", type=int, default=150, help="number of exchange projects")
    serve.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    server = EmulatorServer(Emulator(seed=args.seed, projects=args.projects), port=args.port)

    async def run() -> None:
        try:
            await server.start()
        except OSError as exc:
            raise SystemExit(f"cannot listen on 127.0.0.1:{args.port}: {exc.strerror or exc}") from None
        print(f"kwork emulator listening on {server.url} (demo / demo-password)", flush=True)
        await server.serve_forever()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
