"""boto3 against svccat's fake, driven through the control API."""

from __future__ import annotations

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


def test_seeded_products_page_through_search_sorted_by_created_time(fake: FakeServer, servicecatalog) -> None:
    assert fake.generate(250, seed=4) == {"added": 250, "products": 250}
    found = search_all(servicecatalog, AccessLevelFilter=ACCOUNT, SortBy="createdTime", PageSize=100)
    assert len(found) == 250
    assert len({p["Id"] for p in found}) == 250
    assert [c["page"]["items"] for c in fake.calls("SearchProvisionedProducts")] == [100, 100, 50]


def test_scan_paginates_with_botocore(fake: FakeServer, servicecatalog) -> None:
    fake.generate(45, seed=2)
    pages = servicecatalog.get_paginator("scan_provisioned_products").paginate(AccessLevelFilter=ACCOUNT)
    sizes = [len(page["ProvisionedProducts"]) for page in pages]
    assert sizes == [20, 20, 5]


def test_added_updated_and_removed_products_show_at_once(fake: FakeServer, servicecatalog) -> None:
    fake.put_products(
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
    fake.update_product("pp-one", {"Status": "TAINTED"})
    found = servicecatalog.search_provisioned_products(AccessLevelFilter=ACCOUNT, Filters={"SearchQuery": ["status:TAINTED"]})
    assert [p["Id"] for p in found["ProvisionedProducts"]] == ["pp-one"]
    assert found["TotalResultsCount"] == 1
    fake.remove_product("pp-one")
    assert servicecatalog.search_provisioned_products(AccessLevelFilter=ACCOUNT)["TotalResultsCount"] == 0


def test_an_injected_throttle_is_retried_by_botocore(fake: FakeServer, servicecatalog) -> None:
    fake.generate(5)
    fake.inject_fault({"kind": "throttle", "operation": "SearchProvisionedProducts", "times": 2})
    page = servicecatalog.search_provisioned_products(AccessLevelFilter=ACCOUNT)
    assert page["ResponseMetadata"]["RetryAttempts"] == 2
    faults = [c.get("fault") for c in fake.calls("SearchProvisionedProducts")]
    assert faults == ["throttle", "throttle", None]


def test_a_fault_surfaces_when_retries_are_off(fake: FakeServer) -> None:
    client = fake.client(retries={"total_max_attempts": 1, "mode": "standard"})
    fake.inject_fault({"kind": "internal"})
    with pytest.raises(botocore.exceptions.ClientError) as caught:
        client.scan_provisioned_products()
    assert caught.value.response["Error"]["Code"] == "InternalFailure"
    assert caught.value.response["ResponseMetadata"]["HTTPStatusCode"] == 500


def test_validation_errors_are_aws_shaped(fake: FakeServer, servicecatalog) -> None:
    with pytest.raises(botocore.exceptions.ClientError) as caught:
        servicecatalog.scan_provisioned_products(PageSize=21)
    error = caught.value.response["Error"]
    assert error["Code"] == "ValidationException"
    assert "Member must have value less than or equal to 20" in error["Message"]
    with pytest.raises(servicecatalog.exceptions.InvalidParametersException):
        servicecatalog.search_provisioned_products(PageToken="not-a-token")


def test_a_wrong_secret_is_refused(fake: FakeServer) -> None:
    with pytest.raises(botocore.exceptions.ClientError) as caught:
        fake.client(secret_key="wrong").scan_provisioned_products()
    assert caught.value.response["Error"]["Code"] == "InvalidSignatureException"


def test_a_principal_added_at_run_time_sees_its_own_products(fake: FakeServer) -> None:
    fake.add_principal("AKIDALICE", "alice-secret", "arn:aws:iam::123456789012:user/zed")
    fake.generate(30, seed=8)
    alice = fake.client(access_key="AKIDALICE", secret_key="alice-secret")
    assert alice.scan_provisioned_products()["ProvisionedProducts"] == []
    assert len(search_all(alice, AccessLevelFilter=ACCOUNT)) == 30


def test_settings_change_the_wire(fake: FakeServer, servicecatalog) -> None:
    fake.settings(errorTypeForm="namespaced")
    with pytest.raises(botocore.exceptions.ClientError) as caught:
        servicecatalog.scan_provisioned_products(PageSize=21)
    assert caught.value.response["Error"]["Code"] == "ValidationException"
    with pytest.raises(ControlError) as refused:
        fake.settings(lastPageToken="sometimes")
    assert refused.value.status == 400
    assert "lastPageToken" in refused.value.body["error"]["message"]


def test_reset_restores_the_starting_state(fake: FakeServer) -> None:
    fake.generate(10)
    fake.inject_fault({"kind": "throttle", "times": 5})
    fake.reset()
    assert fake.products() == []
    assert fake.control("GET", "faults") == {"faults": []}
    assert fake.calls() == []
