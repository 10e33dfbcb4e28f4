"""The repository's own Python tests load the fixtures from the source tree, as the installed wheel registers them."""

pytest_plugins = ["svccat_fake.pytest_plugin"]
