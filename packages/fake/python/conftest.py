"""pytest fixtures for svccat's fake: one server per session, reset before each test, and a boto3 client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from svccat_fake import FakeServer


@pytest.fixture(scope="session")
def svccat_server() -> Iterator[FakeServer]:
    with FakeServer.start(["--generate", "0"]) as server:
        yield server


@pytest.fixture
def fake(svccat_server: FakeServer) -> FakeServer:
    svccat_server.reset()
    return svccat_server


@pytest.fixture
def servicecatalog(fake: FakeServer) -> Any:
    return fake.client()
