"""boto3 against svccat's svccat_fake, driven through the control API."""

from __future__ import annotations

import os

import botocore.exceptions
import pytest

from svccat_fake import ControlError, FakeServer

ACCOUNT = {"Key": "Account", "Value": "self"}


def search_all(client, **kwargs):
    """botocore has no paginator for SearchProvisionedProducts: the loop that gets every page."""
    products, token = [], None
    while True:
        page = client.search_provisioned_products(**kwargs, **({"PageToken": token} if token else {}))
        products.extend(page["ProvisionedProducts"])
        token = page.get("NextPageToken")
        if not token:
            return products


def test_seeded_products_page_through_search_sorted_by_created_time(svccat_fake: FakeServer, svccat_servicecatalog) -> None:
    assert svccat_fake.generate(250, seed=4) == {"added": 250, "products": 250}
    found = search_all(svccat_servicecatalog, AccessLevelFilter=ACCOUNT, SortBy="createdTime", PageSize=100)
    assert len(found) == 250
    assert len({p["Id"] for p in found}) == 250
    assert [c["page"]["items"] for c in svccat_fake.calls("SearchProvisionedProducts")] == [100, 100, 50]


def test_scan_paginates_with_botocore(svccat_fake: FakeServer, svccat_servicecatalog) -> None:
    svccat_fake.generate(45, seed=2)
    pages = svccat_servicecatalog.get_paginator("scan_provisioned_products").paginate(AccessLevelFilter=ACCOUNT)
    sizes = [len(page["ProvisionedProducts"]) for page in pages]
    assert sizes == [20, 20, 5]


def test_added_updated_and_removed_products_show_at_once(svccat_fake: FakeServer, svccat_servicecatalog) -> None:
    svccat_fake.put_products(
        [
            {
                "Id": "pp-one",
                "Name": "one",
                "Arn": "arn:aws:servicecatalog:us-east-1:123456789012:stack/one/pp-one",
                "CreatedTime": "2025-01-01T00:00:00Z",
                "Status": "AVAILABLE",
            }
        ]
    )
    svccat_fake.update_product("pp-one", {"Status": "TAINTED"})
    found = svccat_servicecatalog.search_provisioned_products(AccessLevelFilter=ACCOUNT, Filters={"SearchQuery": ["status:TAINTED"]})
    assert [p["Id"] for p in found["ProvisionedProducts"]] == ["pp-one"]
    assert found["TotalResultsCount"] == 1
    svccat_fake.remove_product("pp-one")
    assert svccat_servicecatalog.search_provisioned_products(AccessLevelFilter=ACCOUNT)["TotalResultsCount"] == 0


def test_an_injected_throttle_is_retried_by_botocore(svccat_fake: FakeServer, svccat_servicecatalog) -> None:
    svccat_fake.generate(5)
    svccat_fake.inject_fault({"kind": "throttle", "operation": "SearchProvisionedProducts", "times": 2})
    page = svccat_servicecatalog.search_provisioned_products(AccessLevelFilter=ACCOUNT)
    assert page["ResponseMetadata"]["RetryAttempts"] == 2
    faults = [c.get("fault") for c in svccat_fake.calls("SearchProvisionedProducts")]
    assert faults == ["throttle", "throttle", None]


def test_a_fault_surfaces_when_retries_are_off(svccat_fake: FakeServer) -> None:
    client = svccat_fake.client(retries={"total_max_attempts": 1, "mode": "standard"})
    svccat_fake.inject_fault({"kind": "internal"})
    with pytest.raises(botocore.exceptions.ClientError) as caught:
        client.scan_provisioned_products()
    assert caught.value.response["Error"]["Code"] == "InternalFailure"
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 500


def test_validation_errors_are_aws_shaped(svccat_fake: FakeServer, svccat_servicecatalog) -> None:
    with pytest.raises(botocore.exceptions.ClientError) as caught:
        svccat_servicecatalog.scan_provisioned_products(PageSize=21)
    error = caught.value.response["Error"]
    assert error["Code"] == "ValidationException"
    assert "Member must have value less than or equal to 20" in error["Message"]
    with pytest.raises(svccat_servicecatalog.exceptions.InvalidParametersException):
        svccat_servicecatalog.search_provisioned_products(PageToken="not-a-token")


def test_a_wrong_secret_is_refused(svccat_fake: FakeServer) -> None:
    with pytest.raises(botocore.exceptions.ClientError) as caught:
        svccat_fake.client(secret_key="wrong").scan_provisioned_products()
    assert caught.value.response["Error"]["Code"] == "InvalidSignatureException"


def test_a_principal_added_at_run_time_sees_its_own_products(svccat_fake: FakeServer) -> None:
    svccat_fake.add_principal("AKIDALICE", "alice-secret", "arn:aws:iam::123456789012:user/zed")
    svccat_fake.generate(30, seed=8)
    alice = svccat_fake.client(access_key="AKIDALICE", secret_key="alice-secret")
    assert alice.scan_provisioned_products()["ProvisionedProducts"] == []
    assert len(search_all(alice, AccessLevelFilter=ACCOUNT)) == 30


def test_settings_change_the_wire(svccat_fake: FakeServer, svccat_servicecatalog) -> None:
    svccat_fake.settings(errorTypeForm="namespaced")
    with pytest.raises(botocore.exceptions.ClientError) as caught:
        svccat_servicecatalog.scan_provisioned_products(PageSize=21)
    assert caught.value.response["Error"]["Code"] == "ValidationException"
    with pytest.raises(ControlError) as refused:
        svccat_fake.settings(lastPageToken="sometimes")
    assert refused.value.status == 400
    assert "lastPageToken" in refused.value.body["error"]["message"]


def test_reset_restores_the_starting_state(svccat_fake: FakeServer) -> None:
    svccat_fake.generate(10)
    svccat_fake.inject_fault({"kind": "throttle", "times": 5})
    svccat_fake.reset()
    assert svccat_fake.products() == []
    assert svccat_fake.control("GET", "faults") == {"faults": []}
    assert svccat_fake.calls() == []


def test_botocore_has_no_search_paginator(svccat_servicecatalog) -> None:
    # What the fake's README and docs/aws-behaviour.md say, held to the botocore installed here.
    assert not svccat_servicecatalog.can_paginate("search_provisioned_products")
    assert svccat_servicecatalog.can_paginate("scan_provisioned_products")


def test_call_records_have_every_key(svccat_fake: FakeServer, svccat_servicecatalog) -> None:
    svccat_servicecatalog.scan_provisioned_products()
    (call,) = svccat_fake.calls()
    assert call["fault"] is None
    assert call["errorCode"] is None
    assert call["status"] == 200


@pytest.fixture
def shell_with_other_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_SESSION_TOKEN", "stale-token")
    monkeypatch.setenv("AWS_PROFILE", "production")


def test_svccat_env_serves_code_that_builds_its_own_client(shell_with_other_credentials, svccat_env, svccat_fake) -> None:
    import boto3

    svccat_fake.generate(3, seed=1)
    client = boto3.session.Session().client("servicecatalog")
    page = client.scan_provisioned_products(AccessLevelFilter=ACCOUNT)
    assert len(page["ProvisionedProducts"]) == 3
    assert "AWS_SESSION_TOKEN" not in os.environ and "AWS_PROFILE" not in os.environ


def test_moving_the_clock_ages_a_page_token_without_a_sleep(svccat_fake: FakeServer, svccat_servicecatalog) -> None:
    svccat_fake.generate(5, seed=1)
    svccat_fake.settings(tokenTtlSeconds=60)
    first = svccat_servicecatalog.search_provisioned_products(AccessLevelFilter=ACCOUNT, SortBy="name", PageSize=1)
    token = first["NextPageToken"]
    svccat_fake.advance_clock(61)
    assert svccat_fake.clock()["offsetMs"] == 61_000
    with pytest.raises(botocore.exceptions.ClientError) as refused:
        svccat_servicecatalog.search_provisioned_products(
            AccessLevelFilter=ACCOUNT, SortBy="name", PageSize=1, PageToken=token
        )
    assert refused.value.response["Error"]["Code"] == "InvalidParametersException"
