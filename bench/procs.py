"""Child processes: the loopback emulator, the bench venv with the peer, and worker rounds.

The emulator runs as a separate process so its CPU time never counts against the client
being measured in this one. Every child gets an environment without proxy settings, so
nothing can leave the machine: the only server anything talks to is the emulator on
127.0.0.1.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PEER_VENV = BENCH / ".venv-peer"
PEER_SPEC = "kwork==0.2.0"
_URL = re.compile(r"http://(127\.0\.0\.1):(\d+)/")


#: Where children cache bytecode (git-ignored), for every module alike.
PYCACHE = BENCH / "out" / "pycache"
_SKEWING = ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONDEVMODE", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")


def child_env() -> dict[str, str]:
    """This environment minus proxies and the PYTHON* knobs that would skew timings.

    Bytecode is cached under bench/out for every module, ours and httpx's alike: with
    PYTHONDONTWRITEBYTECODE (set on some machines) an editable kwork_api would be compiled
    from source on every import while installed packages load .pyc, which no user sees.
    """
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower() and k not in _SKEWING}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def run_json(argv: list[str], timeout: float) -> Any:
    """Run a worker and return the JSON object on its last stdout line."""
    done = subprocess.run(
        argv, capture_output=True, text=True, timeout=timeout, env=child_env(), cwd=ROOT, check=False
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]  # the exception line
        raise RuntimeError(f"{Path(argv[1]).name} {' '.join(argv[2:3])} exited {done.returncode}: {last}")
    return json.loads(done.stdout.strip().splitlines()[-1])


@contextlib.contextmanager
def emulator(projects: int) -> Iterator[str]:
    """`python -m kwork_api.testing serve --port 0` in its own process; yields its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kwork_api.testing", "serve", "--port", "0", "--projects", str(projects)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(),
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # the server prints its URL once it listens
        match = _URL.search(line)
        if match is None:
            raise RuntimeError(f"the emulator did not start (exit {proc.poll()}): {line.strip()!r}")
        _wait_ready(proc, match.group(1), int(match.group(2)))
        yield match.group(0)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def _wait_ready(proc: subprocess.Popen[str], host: str, port: int, deadline_s: float = 30.0) -> None:
    """Poll by connecting: ready is the first accepted connection, not a guessed delay."""
    deadline = time.monotonic() + deadline_s
    while True:
        try:
            with socket.create_connection((host, port), timeout=1.0):
                return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the emulator on {host}:{port} never accepted a connection") from None


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def peer_versions(python: Path) -> dict[str, str]:
    """Versions of the peer and its stack in the bench venv (empty when unusable)."""
    code = (
        "import json, importlib.metadata as m\n"
        "out = {}\n"
        "for n in ('kwork', 'aiohttp', 'pydantic', 'matplotlib'):\n"
        "    try: out[n] = m.version(n)\n"
        "    except m.PackageNotFoundError: pass\n"
        "print(json.dumps(out))"
    )
    try:
        versions: dict[str, str] = run_json([str(python), "-c", code], timeout=60)
    except (OSError, RuntimeError, subprocess.TimeoutExpired, ValueError):
        return {}
    return versions


def ensure_peer_venv(log: Any) -> tuple[Path | None, str]:
    """The bench venv's python with kwork 0.2.0 (and matplotlib if it installs), or why not.

    Created on first run, reused after. kwork declares Python >= 3.12 but imports on 3.11,
    hence --ignore-requires-python; it is bench-only and never an SDK dependency.
    """
    python = venv_python(PEER_VENV)
    versions = peer_versions(python) if python.exists() else {}
    if versions.get("kwork") != PEER_SPEC.split("==")[1]:
        log(f"creating the bench venv {PEER_VENV.relative_to(ROOT)} with {PEER_SPEC} ...")
        steps = [
            [sys.executable, "-m", "venv", str(PEER_VENV)],
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--ignore-requires-python",
                PEER_SPEC,
            ],
        ]
        for step in steps:
            done = subprocess.run(
                step, capture_output=True, text=True, timeout=600, check=False, env=child_env()
            )
            if done.returncode != 0:
                tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
                return None, f"could not set up the peer venv ({' '.join(step[-2:])}): {tail}"
        versions = peer_versions(python)
        if "kwork" not in versions:
            return None, "kwork did not import in the bench venv"
    if "matplotlib" not in versions:
        log("installing matplotlib into the bench venv for the chart ...")
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "matplotlib"],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
            env=child_env(),
        )
    return python, ""
