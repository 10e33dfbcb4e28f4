"""pytest fixtures for svccat's fake, registered through the `pytest11` entry point of the svccat-fake
distribution: one server per test session, reset before each test, stopped (with every process it started) when the
session ends.

- `svccat_fake`: the running `FakeServer`, reset before the test, with the control API's methods.
- `svccat_servicecatalog`: a boto3 servicecatalog client for it.
- `svccat_env`: this process's environment pointed at the fake for the test (endpoint, key, secret, region), with
  `AWS_SESSION_TOKEN`, `AWS_PROFILE`, `AWS_DEFAULT_PROFILE` and the other variables that would send an SDK
  elsewhere removed; for code that builds its own client. Gives the variables it set.

The server's arguments come from the `svccat_fake_args` ini option (default `--generate 0`).
"""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from typing import Any

import pytest

from svccat_fake import AWS_CREDENTIAL_VARIABLES, FakeServer


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("svccat_fake_args", "arguments for `svccat-fake serve` (shell words)", default="--generate 0")


@pytest.fixture(scope="session")
def svccat_fake_server(pytestconfig: pytest.Config) -> Iterator[FakeServer]:
    """The session's server, as started; most tests want `svccat_fake`, which is reset first."""
    args = shlex.split(str(pytestconfig.getini("svccat_fake_args")))
    with FakeServer.start(args) as server:
        yield server


@pytest.fixture
def svccat_fake(svccat_fake_server: FakeServer) -> FakeServer:
    svccat_fake_server.reset()
    return svccat_fake_server


@pytest.fixture
def svccat_servicecatalog(svccat_fake: FakeServer) -> Any:
    return svccat_fake.client()


@pytest.fixture
def svccat_env(svccat_fake: FakeServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name in AWS_CREDENTIAL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    variables = svccat_fake.variables()
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return variables
