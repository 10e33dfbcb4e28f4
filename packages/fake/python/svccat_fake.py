"""Drive svccat's fake AWS Service Catalog from Python: start `svccat-fake serve`, use its control API, hand out
boto3 clients. Standard library only (boto3 for `client()`); copy this file into your tests or import it.

    with FakeServer.start(["--generate", "0"]) as fake:
        fake.put_products([...])                 # or fake.generate(250, seed=1)
        client = fake.client()                   # a boto3 servicecatalog client pointed at the fake
        fake.inject_fault({"kind": "throttle", "times": 2})
        ...
        fake.calls()                             # what the fake answered
        fake.reset()
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import threading
import urllib.error
import urllib.request
from typing import Any

DEFAULT_COMMAND = ["npx", "--no-install", "svccat-fake"]
ENDPOINT_LINE = re.compile(r"AWS_ENDPOINT_URL_SERVICE_CATALOG=(\S+)")


class ControlError(Exception):
    """The control API refused a request; `status` and `body` say why."""

    def __init__(self, status: int, body: Any):
        super().__init__(f"HTTP {status}: {body}")
        self.status = status
        self.body = body


class FakeServer:
    """A running `svccat-fake serve` process, stopped by `stop()` or at the end of a `with` block."""

    def __init__(self, process: subprocess.Popen[str], url: str, region: str):
        self.process = process
        self.url = url
        self.region = region

    @classmethod
    def start(cls, args: list[str] | None = None, command: list[str] | None = None, timeout: float = 120.0) -> "FakeServer":
        """Starts the fake on a free port. The command is `command`, else $SVCCAT_FAKE_COMMAND (shell words), else
        `npx --no-install svccat-fake`. Waits for the printed endpoint, at most `timeout` seconds."""
        if command is None:
            from_env = os.environ.get("SVCCAT_FAKE_COMMAND")
            command = shlex.split(from_env) if from_env else DEFAULT_COMMAND
        args = list(args or [])
        region = "us-east-1"
        if "--region" in args:
            region = args[args.index("--region") + 1]
        process = subprocess.Popen(
            [*command, "serve", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        found: dict[str, str] = {}
        ready = threading.Event()

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                match = ENDPOINT_LINE.search(line)
                if match and "url" not in found:
                    found["url"] = match.group(1)
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(timeout) or "url" not in found:
            process.kill()
            stderr = process.stderr.read() if process.stderr else ""
            raise RuntimeError(f"svccat-fake did not start within {timeout} s: {stderr.strip()}")
        return cls(process, found["url"], region)

    def __enter__(self) -> "FakeServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM, then waits; the fake finishes within its close grace (5 s)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)

    # The environment every AWS SDK and the aws CLI read.
    def env(self, access_key: str = "test", secret_key: str = "test") -> dict[str, str]:
        return {
            "AWS_ENDPOINT_URL_SERVICE_CATALOG": self.url,
            "AWS_ACCESS_KEY_ID": access_key,
            "AWS_SECRET_ACCESS_KEY": secret_key,
            "AWS_REGION": self.region,
            "AWS_DEFAULT_REGION": self.region,
        }

    def client(self, access_key: str = "test", secret_key: str = "test", **config: Any) -> Any:
        """A boto3 servicecatalog client for the fake."""
        import boto3
        from botocore.config import Config

        return boto3.client(
            "servicecatalog",
            endpoint_url=self.url,
            region_name=self.region,
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            config=Config(**config) if config else None,
        )

    # The control API.
    def control(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}/_svccat/{path}", data=data, method=method, headers={"content-type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read().decode()
                return json.loads(text) if text else None
        except urllib.error.HTTPError as error:
            text = error.read().decode()
            raise ControlError(error.code, json.loads(text) if text else None) from None

    def products(self) -> list[dict[str, Any]]:
        """Every stored product; the control API answers a page at a time."""
        found: list[dict[str, Any]] = []
        offset: int | None = 0
        while offset is not None:
            page = self.control("GET", f"products?offset={offset}&limit=10000")
            found.extend(page["ProvisionedProducts"])
            offset = page["nextOffset"]
        return found

    def add_products(self, products: list[dict[str, Any]]) -> Any:
        return self.control("POST", "products", products)

    def put_products(self, products: list[dict[str, Any]]) -> Any:
        return self.control("PUT", "products", products)

    def generate(self, count: int, seed: int = 1) -> Any:
        return self.control("POST", "products/generate", {"count": count, "seed": seed})

    def update_product(self, product_id: str, patch: dict[str, Any]) -> Any:
        return self.control("PATCH", f"products/{product_id}", patch)

    def remove_product(self, product_id: str) -> None:
        self.control("DELETE", f"products/{product_id}")

    def settings(self, **changes: Any) -> Any:
        return self.control("PATCH", "settings", changes) if changes else self.control("GET", "settings")

    def inject_fault(self, fault: dict[str, Any]) -> Any:
        return self.control("POST", "faults", fault)

    def clear_faults(self) -> None:
        self.control("DELETE", "faults")

    def add_principal(self, access_key: str, secret_key: str, arn: str) -> Any:
        return self.control("POST", "principals", {"accessKeyId": access_key, "secretAccessKey": secret_key, "arn": arn})

    def calls(self, operation: str | None = None) -> list[dict[str, Any]]:
        return self.control("GET", "calls" + (f"?operation={operation}" if operation else ""))["calls"]

    def reset(self) -> Any:
        """Back to the state the server started with: its products and settings, no faults, an empty call log."""
        return self.control("POST", "reset")
