import { defineProject } from "vitest/config";
import { sourceResolution } from "../../vitest.shared.js";

export default defineProject({
  ...sourceResolution,
  test: {
    name: "codegen",
    // Each generation runs openapi-typescript and the TypeScript printer; a cold run on a busy 2-core machine
    // takes a few seconds.
    testTimeout: 60_000,
  },
});
