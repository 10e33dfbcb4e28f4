"""The aws CLI v1 against svccat's svccat_fake, with only the environment the fake prints."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from svccat_fake import FakeServer

AWS = shutil.which("aws")


def aws(fake: FakeServer, *args: str, base: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = fake.env(base={k: v for k, v in os.environ.items() if not k.startswith("AWS_")} if base is None else base)
    return subprocess.run([AWS or "aws", "servicecatalog", *args], env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(AWS is None, reason="the aws CLI is not installed on this machine")
def test_scan_pages_through_everything(svccat_fake: FakeServer) -> None:
    svccat_fake.generate(45, seed=3)
    result = aws(svccat_fake, "scan-provisioned-products", "--access-level-filter", "Key=Account,Value=self")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["ProvisionedProducts"]) == 45


@pytest.mark.skipif(AWS is None, reason="the aws CLI is not installed on this machine")
def test_search_shows_one_page_without_a_paginator(svccat_fake: FakeServer) -> None:
    svccat_fake.generate(45, seed=3)
    result = aws(svccat_fake, "search-provisioned-products", "--access-level-filter", "Key=Account,Value=self")
    assert result.returncode == 0, result.stderr
    page = json.loads(result.stdout)
    assert page["TotalResultsCount"] == 45
    assert len(page["ProvisionedProducts"]) == 20
    assert "NextPageToken" in page


@pytest.mark.skipif(AWS is None, reason="the aws CLI is not installed on this machine")
def test_errors_exit_non_zero_with_the_code(svccat_fake: FakeServer) -> None:
    result = aws(svccat_fake, "scan-provisioned-products", "--page-size", "21")
    assert result.returncode != 0
    assert "ValidationException" in result.stderr


@pytest.mark.skipif(AWS is None, reason="the aws CLI is not installed on this machine")
def test_env_leaves_out_a_shells_session_token_and_profile(svccat_fake: FakeServer) -> None:
    shell = {**os.environ, "AWS_SESSION_TOKEN": "stale-token", "AWS_PROFILE": "production", "AWS_DEFAULT_PROFILE": "x"}
    result = aws(svccat_fake, "scan-provisioned-products", base=shell)
    assert result.returncode == 0, result.stderr
    assert not {"AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE"} & set(svccat_fake.env(base=shell))


@pytest.mark.skipif(AWS is None, reason="the aws CLI is not installed on this machine")
def test_provision_and_terminate_from_the_shell(svccat_fake: FakeServer) -> None:
    svccat_fake.put_catalog([{"Id": "prod-clicliclicli", "Name": "Cli", "ProvisioningArtifacts": [{"Id": "pa-cli", "Name": "v1"}]}])
    svccat_fake.freeze_clock()
    launched = aws(
        svccat_fake,
        "provision-product",
        "--product-id",
        "prod-clicliclicli",
        "--provisioning-artifact-name",
        "v1",
        "--provisioned-product-name",
        "from-the-shell",
    )
    assert launched.returncode == 0, launched.stderr
    record = json.loads(launched.stdout)["RecordDetail"]
    assert record["Status"] == "CREATED"
    svccat_fake.advance_clock(5)
    described = json.loads(aws(svccat_fake, "describe-provisioned-product", "--name", "from-the-shell").stdout)
    assert described["ProvisionedProductDetail"]["Status"] == "AVAILABLE"
    # The CLI filled the ProvisionToken itself.
    assert len(described["ProvisionedProductDetail"]["IdempotencyToken"]) == 36
    ended = aws(svccat_fake, "terminate-provisioned-product", "--provisioned-product-name", "from-the-shell")
    assert ended.returncode == 0, ended.stderr
    svccat_fake.advance_clock(5)
    gone = aws(svccat_fake, "describe-provisioned-product", "--name", "from-the-shell")
    assert gone.returncode != 0 and "ResourceNotFoundException" in gone.stderr
