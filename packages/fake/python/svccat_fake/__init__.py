"""Drive svccat's fake AWS Service Catalog from Python: start the fake server, use its control API, hand out boto3
clients. Standard library only (boto3 for `client()`); the pytest fixtures are in `svccat_fake.pytest_plugin`,
which pytest loads by itself once the distribution is installed.

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
import shutil
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

__all__ = ["ControlError", "FakeServer", "NodeNotFound", "server_command", "AWS_CREDENTIAL_VARIABLES"]

ENDPOINT_LINE = re.compile(r"AWS_ENDPOINT_URL_SERVICE_CATALOG=(\S+)")
# The fake server as one JavaScript file, put here when the wheel is built; absent in a source checkout.
BUNDLED_SERVER = Path(__file__).parent / "server" / "svccat-fake.mjs"
MINIMUM_NODE = 20

# Variables that make an AWS SDK or the aws CLI take credentials, a profile or a role from somewhere other than the
# fake's: a shell's AWS_SESSION_TOKEN beside the fake's key makes boto3 send a token the fake never gave
# (UnrecognizedClientException), and AWS_PROFILE names credentials the fake does not know.
AWS_CREDENTIAL_VARIABLES = (
    "AWS_SESSION_TOKEN",
    "AWS_SECURITY_TOKEN",
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_ROLE_ARN",
    "AWS_ROLE_SESSION_NAME",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
    "AWS_ENDPOINT_URL",
    "AWS_CA_BUNDLE",
)


class ControlError(Exception):
    """The control API refused a request; `status` and `body` say why."""

    def __init__(self, status: int, body: Any):
        super().__init__(f"HTTP {status}: {body}")
        self.status = status
        self.body = body


class NodeNotFound(RuntimeError):
    """No usable Node.js to run the fake with."""


def server_command() -> list[str]:
    """The command that starts the fake: $SVCCAT_FAKE_COMMAND (shell words), else the server bundled in this
    distribution run with the `node` on PATH (Node.js 20 or later), else `npx --no-install svccat-fake` from a
    JavaScript project that has @svccat/fake installed."""
    from_env = os.environ.get("SVCCAT_FAKE_COMMAND")
    if from_env:
        return shlex.split(from_env)
    if BUNDLED_SERVER.is_file():
        return [_node(), str(BUNDLED_SERVER)]
    return ["npx", "--no-install", "svccat-fake"]


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        raise NodeNotFound(
            f"svccat-fake runs on Node.js {MINIMUM_NODE} or later, and there is no `node` on PATH; install Node.js "
            "(https://nodejs.org) or set SVCCAT_FAKE_COMMAND"
        )
    version = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
    match = re.match(r"v(\d+)\.", version)
    if match is None or int(match.group(1)) < MINIMUM_NODE:
        raise NodeNotFound(
            f"svccat-fake runs on Node.js {MINIMUM_NODE} or later; the `node` on PATH ({node}) is {version or 'unknown'}"
        )
    return node


class FakeServer:
    """A running fake server, stopped by `stop()`, at the end of a `with` block, or when this process exits."""

    def __init__(self, process: subprocess.Popen[str], url: str, region: str):
        self.process = process
        self.url = url
        self.region = region

    @classmethod
    def start(cls, args: list[str] | None = None, command: list[str] | None = None, timeout: float = 120.0) -> "FakeServer":
        """Starts the fake on a free port with `command` (default: `server_command()`), and waits at most `timeout`
        seconds for the endpoint it prints."""
        command = list(command) if command is not None else server_command()
        args = list(args or [])
        region = "us-east-1"
        if "--region" in args:
            region = args[args.index("--region") + 1]
        try:
            process = subprocess.Popen(
                [*command, "serve", "--port", "0", *args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                # Its own process group: stop() ends the server and whatever started it (npx, a shell, tsx).
                **_new_group(),
            )
        except FileNotFoundError as error:
            raise RuntimeError(f"cannot start svccat-fake with {command[0]!r}: {error}") from None
        found: dict[str, str] = {}
        ready = threading.Event()
        stderr_lines: list[str] = []

        def read_stdout() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                match = ENDPOINT_LINE.search(line)
                if match and "url" not in found:
                    found["url"] = match.group(1)
                    ready.set()
            ready.set()

        def read_stderr() -> None:
            assert process.stderr is not None
            for line in process.stderr:
                if len(stderr_lines) < 200:
                    stderr_lines.append(line)

        threading.Thread(target=read_stdout, daemon=True).start()
        threading.Thread(target=read_stderr, daemon=True).start()
        if not ready.wait(timeout) or "url" not in found:
            server = cls(process, "", region)
            server.stop()
            stderr = "".join(stderr_lines).strip()
            hint = ""
            if command[:3] == ["npx", "--no-install", "svccat-fake"]:
                hint = (
                    " (npx found no svccat-fake: run `npm install --save-dev @svccat/fake` in this project, install "
                    "the svccat-fake wheel, or set SVCCAT_FAKE_COMMAND)"
                )
            raise RuntimeError(f"svccat-fake did not start within {timeout} s: {stderr}{hint}")
        return cls(process, found["url"], region)

    def __enter__(self) -> "FakeServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self, timeout: float = 30.0) -> None:
        """Ends the server and every process it started: SIGTERM to its process group (the server finishes within
        its close grace, 5 s), then SIGKILL to whatever is left; on Windows, taskkill of the whole tree."""
        if self.process.poll() is None:
            _terminate_tree(self.process)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                _kill_tree(self.process)
                self.process.wait(timeout)
        # A child that outlived its parent (npx's node) is still in the group: end it too. Its pipes then close,
        # and the threads reading them end.
        _kill_tree(self.process)

    def env(self, access_key: str = "test", secret_key: str = "test", base: dict[str, str] | None = None) -> dict[str, str]:
        """A whole environment for a process that builds its own client (the aws CLI, a script): `base` (default
        this process's environment) without the variables that would point an SDK elsewhere
        (`AWS_CREDENTIAL_VARIABLES`), with the endpoint, key, secret and region of the fake, which every AWS SDK
        and the aws CLI read."""
        environment = {k: v for k, v in (os.environ if base is None else base).items() if k not in AWS_CREDENTIAL_VARIABLES}
        environment.update(self.variables(access_key, secret_key))
        return environment

    def variables(self, access_key: str = "test", secret_key: str = "test") -> dict[str, str]:
        """Only the variables the fake sets (see `env()` for a whole environment)."""
        return {
            "AWS_ENDPOINT_URL_SERVICE_CATALOG": self.url,
            "AWS_ACCESS_KEY_ID": access_key,
            "AWS_SECRET_ACCESS_KEY": secret_key,
            "AWS_REGION": self.region,
            "AWS_DEFAULT_REGION": self.region,
        }

    def client(self, access_key: str = "test", secret_key: str = "test", **config: Any) -> Any:
        """A boto3 servicecatalog client for the fake, whatever profile or session token the environment names."""
        import boto3
        import botocore.session
        from botocore.config import Config
        from botocore.configprovider import ConstantProvider

        # A shell's AWS_PROFILE would make botocore look for that profile (ProfileNotFound) before it uses the
        # credentials given here: this session has no profile.
        core = botocore.session.Session()
        core.get_component("config_store").set_config_provider("profile", ConstantProvider(None))
        return boto3.session.Session(botocore_session=core).client(
            "servicecatalog",
            endpoint_url=self.url,
            region_name=self.region,
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            aws_session_token=None,
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

    def health(self) -> Any:
        return self.control("GET", "health")

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
        return self.control("PATCH", f"products/{urllib.parse.quote(product_id, safe='')}", patch)

    def remove_product(self, product_id: str) -> None:
        self.control("DELETE", f"products/{urllib.parse.quote(product_id, safe='')}")

    def settings(self, **changes: Any) -> Any:
        return self.control("PATCH", "settings", changes) if changes else self.control("GET", "settings")

    def inject_fault(self, fault: dict[str, Any]) -> Any:
        return self.control("POST", "faults", fault)

    def clear_faults(self) -> None:
        self.control("DELETE", "faults")

    def add_principal(self, access_key: str, secret_key: str, arn: str, replace: bool = False) -> Any:
        principal = {"accessKeyId": access_key, "secretAccessKey": secret_key, "arn": arn}
        return self.control("POST", "principals", {**principal, "replace": True} if replace else principal)

    def clock(self) -> Any:
        """The fake's time: {"now", "offsetMs", "stepOnReadMs", "frozen"}."""
        return self.control("GET", "clock")

    def advance_clock(self, seconds: float) -> Any:
        """Moves the fake's time on (token ages, and the service's other times), so a test need not sleep."""
        return self.control("POST", "clock", {"advanceMs": seconds * 1000})

    def freeze_clock(self, frozen: bool = True) -> Any:
        """Stops the fake's time where it stands (or lets it run again): then records move only when the test moves
        the clock, however slowly the machine runs the test."""
        return self.control("POST", "clock", {"frozen": frozen})

    def step_clock_on_read(self, seconds: float) -> Any:
        """Makes every read of the fake's time move it on by `seconds` (0 stops it)."""
        return self.control("POST", "clock", {"stepOnReadMs": seconds * 1000})

    def catalog(self) -> list[dict[str, Any]]:
        """The products callers may provision, with their artifacts and launch paths."""
        return self.control("GET", "catalog")["Products"]

    def add_catalog(self, products: list[dict[str, Any]]) -> Any:
        """Adds catalog products: [{"Id": "prod-…", "Name": "…", "ProvisioningArtifacts": [{"Id": "pa-…", "Name": "v1"}]}]."""
        return self.control("POST", "catalog", {"Products": products})

    def put_catalog(self, products: list[dict[str, Any]]) -> Any:
        """Replaces the catalog with these products."""
        return self.control("PUT", "catalog", {"Products": products})

    def records(self) -> list[dict[str, Any]]:
        """Every record of a provision, update or terminate request, newest first (times as ISO 8601 text)."""
        return self.control("GET", "records")["records"]

    def set_outputs(self, provisioned_product_id: str, outputs: dict[str, str]) -> Any:
        """Gives a provisioned product the outputs GetProvisionedProductOutputs answers, as {key: value}."""
        body = {"Outputs": [{"OutputKey": key, "OutputValue": value} for key, value in outputs.items()]}
        return self.control("PUT", "outputs/" + urllib.parse.quote(provisioned_product_id, safe=""), body)

    def fail_next(self, operation: str, message: str = "svccat fake: failed as the test asked", code: str = "StackFailed") -> Any:
        """Makes the next ProvisionProduct, UpdateProvisionedProduct or TerminateProvisionedProduct answer a record
        that ends FAILED with this code and message (a termination with IgnoreErrors still succeeds)."""
        return self.inject_fault({"kind": "record-failure", "operation": operation, "errorCode": code, "errorMessage": message})

    def calls(self, operation: str | None = None) -> list[dict[str, Any]]:
        """The call log, oldest first; every record has every key (None where empty)."""
        query = f"?operation={urllib.parse.quote(operation)}" if operation else ""
        return self.control("GET", "calls" + query)["calls"]

    def reset(self) -> Any:
        """Back to the state the server started with: its products, catalog, settings and principals, its clock, no
        records, faults or outputs, an empty call log."""
        return self.control("POST", "reset")


def _new_group() -> dict[str, Any]:
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    return {"start_new_session": True}


def _terminate_tree(process: subprocess.Popen[str]) -> None:
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/T", "/PID", str(process.pid)], capture_output=True, timeout=60)
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass


def _kill_tree(process: subprocess.Popen[str]) -> None:
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, timeout=60)
        return
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
