"""An offline Kwork API for tests, demos and benchmarks.

    from kwork_api.testing import Emulator

    emulator = Emulator()
    with emulator.client() as client:                     # in-process, no sockets
        me = client.user.get_me()

    with serve_in_thread(emulator) as server:             # real HTTP on 127.0.0.1
        client = KworkClient(login="demo", password="demo-password", base_url=server.url)

Or from a shell: `python -m kwork_api.testing serve --port 8765`. The demo account is
`demo` / `demo-password`. pytest users get fixtures automatically (see pytest_plugin) and a
vcrpy configuration that scrubs secrets (`kwork_api.testing.vcr_config()`).
"""

from __future__ import annotations

from ._data import DEMO_LOGIN, DEMO_PASSWORD
from ._emulator import ApiFault, Emulator, Reply, Request
from ._faults import KINDS as FAULT_KINDS
from ._faults import Fault, Faults
from ._server import EmulatorServer, serve_in_thread
from ._transport import EmulatorTransport
from .vcr import vcr_config

__all__ = [
    "DEMO_LOGIN",
    "DEMO_PASSWORD",
    "FAULT_KINDS",
    "ApiFault",
    "Emulator",
    "EmulatorServer",
    "EmulatorTransport",
    "Fault",
    "Faults",
    "Reply",
    "Request",
    "serve_in_thread",
    "vcr_config",
]
