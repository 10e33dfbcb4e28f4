import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@svccat/source"] },
  test: { name: "client" },
});
