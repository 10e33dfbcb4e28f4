"""A provisioned product's life through boto3 against `svccat-fake serve`, and the calls public tools make: aws-nuke's
clean-up, an account vending pipeline, AFT's health check and terraform's wait for termination."""

from __future__ import annotations

import botocore.exceptions
import pytest

from svccat_fake import FakeServer

ACCOUNT = {"Key": "Account", "Value": "self"}
CATALOG = [
    {
        "Id": "prod-accountfactry",
        "Name": "AWS Control Tower Account Factory",
        "ProvisioningArtifacts": [
            {"Id": "pa-v1aaaaaaaaaaa", "Name": "v1", "Outputs": [{"OutputKey": "AccountEmail", "OutputValue": "new@example.com"}]},
            {"Id": "pa-v2bbbbbbbbbbb", "Name": "v2"},
        ],
    }
]


@pytest.fixture
def catalog(svccat_fake: FakeServer) -> FakeServer:
    svccat_fake.put_catalog(CATALOG)
    svccat_fake.put_products([])
    # Records move only when a test moves the clock: the same steps on a loaded machine.
    svccat_fake.freeze_clock()
    return svccat_fake


def provision(client, name: str, **extra):
    return client.provision_product(
        ProductName="AWS Control Tower Account Factory",
        ProvisioningArtifactName="v1",
        ProvisionedProductName=name,
        Tags=[{"Key": "team", "Value": "blue"}],
        **extra,
    )["RecordDetail"]


def test_provision_update_terminate_through_boto3(catalog: FakeServer, svccat_servicecatalog) -> None:
    client = svccat_servicecatalog
    record = provision(client, "vending-1")
    assert record["Status"] == "CREATED"
    pp = record["ProvisionedProductId"]
    assert client.describe_provisioned_product(Id=pp)["ProvisionedProductDetail"]["Status"] == "UNDER_CHANGE"
    catalog.advance_clock(5)
    detail = client.describe_provisioned_product(Id=pp)["ProvisionedProductDetail"]
    assert detail["Status"] == "AVAILABLE"
    # boto3 filled ProvisionToken itself; the product keeps it.
    assert len(detail["IdempotencyToken"]) == 36
    found = client.search_provisioned_products(AccessLevelFilter=ACCOUNT, Filters={"SearchQuery": ["name:vending-1"]})
    assert [(p["Id"], p["ProvisioningArtifactName"], p["Tags"]) for p in found["ProvisionedProducts"]] == [
        (pp, "v1", [{"Key": "team", "Value": "blue"}])
    ]
    client.update_provisioned_product(ProvisionedProductId=pp, ProvisioningArtifactName="v2")
    catalog.advance_clock(5)
    assert client.describe_provisioned_product(Id=pp)["ProvisionedProductDetail"]["ProvisioningArtifactId"] == "pa-v2bbbbbbbbbbb"
    end = client.terminate_provisioned_product(ProvisionedProductId=pp, TerminateToken="end-vending-1")["RecordDetail"]
    catalog.advance_clock(5)
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.describe_provisioned_product(Id=pp)
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.terminate_provisioned_product(ProvisionedProductId=pp, TerminateToken="end-vending-1")
    assert client.describe_record(Id=end["RecordId"])["RecordDetail"]["Status"] == "SUCCEEDED"
    assert [r["RecordType"] for r in catalog.records()] == [
        "TERMINATE_PROVISIONED_PRODUCT",
        "UPDATE_PROVISIONED_PRODUCT",
        "PROVISION_PRODUCT",
    ]


def test_aws_nuke_cleanup(catalog: FakeServer, svccat_servicecatalog) -> None:
    """aws-nuke: Scan at Account level, PageSize 20, then Terminate each with its IdempotencyToken and IgnoreErrors."""
    client = svccat_servicecatalog
    for index in range(23):
        provision(client, f"stack-{index}")
    catalog.advance_clock(5)
    catalog.fail_next("TerminateProvisionedProduct", "DELETE_FAILED: bucket not empty")
    seen = []
    for page in client.get_paginator("scan_provisioned_products").paginate(AccessLevelFilter=ACCOUNT, PageSize=20):
        seen.extend(page["ProvisionedProducts"])
    assert len(seen) == 23
    for product in seen:
        client.terminate_provisioned_product(
            ProvisionedProductId=product["Id"], TerminateToken=product["IdempotencyToken"], IgnoreErrors=True
        )
    catalog.advance_clock(5)
    assert client.scan_provisioned_products(AccessLevelFilter=ACCOUNT)["ProvisionedProducts"] == []
    # Run again, as aws-nuke does until nothing is left: nothing to find, and the old tokens are not found.
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.terminate_provisioned_product(
            ProvisionedProductId=seen[0]["Id"], TerminateToken=seen[0]["IdempotencyToken"], IgnoreErrors=True
        )


def test_vending_pipeline_polls_search_until_available(catalog: FakeServer, svccat_servicecatalog) -> None:
    """Provision, then search `name:` at Account level until AVAILABLE, then read the outputs (with no sleep)."""
    client = svccat_servicecatalog
    provision(client, "account-42")
    catalog.step_clock_on_read(1)
    statuses = []
    for _ in range(30):
        page = client.search_provisioned_products(AccessLevelFilter=ACCOUNT, Filters={"SearchQuery": ["name:account-42"]})
        status = page["ProvisionedProducts"][0]["Status"] if page["ProvisionedProducts"] else None
        statuses.append(status)
        if status == "AVAILABLE":
            break
    assert statuses[0] == "UNDER_CHANGE" and statuses[-1] == "AVAILABLE"
    outputs = client.get_provisioned_product_outputs(ProvisionedProductName="account-42")["Outputs"]
    assert outputs == [{"OutputKey": "AccountEmail", "OutputValue": "new@example.com"}]


def test_account_factory_health_check(catalog: FakeServer, svccat_servicecatalog) -> None:
    """AFT: a product is healthy when AVAILABLE, or TAINTED with a last successful record; ERROR is not."""
    client = svccat_servicecatalog
    healthy = provision(client, "healthy")["ProvisionedProductId"]
    tainted = provision(client, "tainted")["ProvisionedProductId"]
    catalog.fail_next("ProvisionProduct", "CREATE_FAILED")
    broken = provision(client, "broken")["ProvisionedProductId"]
    catalog.advance_clock(5)
    catalog.fail_next("UpdateProvisionedProduct", "UPDATE_ROLLBACK_COMPLETE")
    client.update_provisioned_product(ProvisionedProductId=tainted, ProvisioningArtifactName="v2")
    catalog.advance_clock(5)

    def is_healthy(product):
        return product["Status"] == "AVAILABLE" or (
            product["Status"] == "TAINTED" and product.get("LastSuccessfulProvisioningRecordId")
        )

    products = client.search_provisioned_products(AccessLevelFilter=ACCOUNT)["ProvisionedProducts"]
    verdicts = {p["Id"]: bool(is_healthy(p)) for p in products}
    assert verdicts == {healthy: True, tainted: True, broken: False}
    broken_detail = client.describe_provisioned_product(Id=broken)["ProvisionedProductDetail"]
    assert broken_detail["Status"] == "ERROR" and broken_detail["StatusMessage"] == "CREATE_FAILED"


def test_terraform_waits_for_not_found(catalog: FakeServer, svccat_servicecatalog) -> None:
    client = svccat_servicecatalog
    pp = provision(client, "tf")["ProvisionedProductId"]
    catalog.advance_clock(5)
    with pytest.raises(botocore.exceptions.ClientError) as busy:
        client.update_provisioned_product(ProvisionedProductId=pp, ProvisioningArtifactName="v2")
        client.terminate_provisioned_product(ProvisionedProductId=pp)
    assert busy.value.response["Error"]["Code"] == "InvalidParametersException"
    catalog.advance_clock(5)
    client.terminate_provisioned_product(ProvisionedProductId=pp)
    catalog.step_clock_on_read(1)
    for _ in range(30):
        try:
            client.describe_provisioned_product(Id=pp)
        except client.exceptions.ResourceNotFoundException:
            break
    else:
        pytest.fail("the product never went away")
