import { defineProject } from "vitest/config";
import { sourceResolution } from "../vitest.shared.js";

export default defineProject({
  ...sourceResolution,
  test: { name: "conformance", testTimeout: 120_000 },
});
