"""The conformance suite's boto3 client: JSON lines on stdin and stdout, one call per line, through botocore's
serializer, signer, retries, parser and error model. Standard library and boto3 only.

First line: {"region", "endpoint"?, "credentials"?: {"accessKeyId", "secretAccessKey", "sessionToken"?},
"profile"?, "maxAttempts"}. Then each line: {"id", "operation", "input", "rawBody"?}; each answer:
{"id", "outcome"} with outcome in the suite's CallOutcome shape (src/clients/client-contract.ts): {"ok": true,
"output", "requestId", "wire"} or {"ok": false, "name", "message", "status", "requestId", "modelled", "fromService",
"wire"}, a member with no value left out.
"""

from __future__ import annotations

import base64
import datetime
import json
import sys
from typing import Any

import boto3
import botocore.exceptions
from botocore import xform_name
from botocore.config import Config


def to_json(value: Any) -> Any:
    """botocore's parsed values as JSON: timestamps as {"$date": epoch seconds}, bytes as base64."""
    if isinstance(value, datetime.datetime):
        return {"$date": value.timestamp()}
    if isinstance(value, dict):
        return {key: to_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode()
    return value


def main() -> None:
    config = json.loads(sys.stdin.readline())
    session = boto3.Session(profile_name=config.get("profile"))
    credentials = config.get("credentials") or {}
    client = session.client(
        "servicecatalog",
        region_name=config["region"],
        endpoint_url=config.get("endpoint"),
        aws_access_key_id=credentials.get("accessKeyId"),
        aws_secret_access_key=credentials.get("secretAccessKey"),
        aws_session_token=credentials.get("sessionToken"),
        config=Config(
            retries={"total_max_attempts": config["maxAttempts"], "mode": "standard"},
            # The suite sends values the spec forbids on purpose, to see what the service answers.
            parameter_validation=False,
        ),
    )
    state: dict[str, Any] = {"raw": None, "wire": None}

    def replace_body(request: Any, **_: Any) -> None:
        if state["raw"] is not None:
            request.data = state["raw"].encode()
            request.headers["Content-Length"] = str(len(request.data))

    def record_wire(http_response: Any, **_: Any) -> None:
        state["wire"] = {
            "status": http_response.status_code,
            "headers": {name.lower(): value for name, value in http_response.headers.items()},
            "body": http_response.content.decode("utf-8", "replace"),
        }

    client.meta.events.register("before-sign.servicecatalog.*", replace_body)
    client.meta.events.register("after-call.servicecatalog.*", record_wire)

    for line in sys.stdin:
        if not line.strip():
            continue
        call = json.loads(line)
        state["raw"] = call.get("rawBody")
        state["wire"] = None
        try:
            output = getattr(client, xform_name(call["operation"]))(**call["input"])
            metadata = output.pop("ResponseMetadata", {})
            outcome = {"ok": True, "output": to_json(output), "requestId": metadata.get("RequestId"), "wire": state["wire"]}
        except botocore.exceptions.ClientError as error:
            response = error.response
            metadata = response.get("ResponseMetadata", {})
            outcome = {
                "ok": False,
                "name": response.get("Error", {}).get("Code") or "Unknown",
                "message": response.get("Error", {}).get("Message") or "",
                "status": metadata.get("HTTPStatusCode"),
                "requestId": metadata.get("RequestId"),
                "modelled": isinstance(error, client.exceptions.InvalidParametersException),
                "fromService": metadata.get("HTTPStatusCode") is not None,
                "wire": state["wire"],
            }
        except Exception as error:  # a transport failure: no answer from the service
            outcome = {
                "ok": False,
                "name": type(error).__name__,
                "message": str(error),
                "status": None,
                "requestId": None,
                "modelled": False,
                "fromService": False,
                "wire": state["wire"],
            }
        # The suite's CallOutcome shape: a member without a value is left out, as it is undefined there.
        outcome = {key: value for key, value in outcome.items() if value is not None}
        sys.stdout.write(json.dumps({"id": call["id"], "outcome": outcome}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
