import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@svccat/source"] },
  test: {
    name: "codegen",
    // Each generation runs openapi-typescript and the TypeScript printer; a cold run on a busy 2-core machine
    // takes a few seconds.
    testTimeout: 60_000,
  },
});
