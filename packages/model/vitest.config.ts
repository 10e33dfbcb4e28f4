import { defineProject } from "vitest/config";
import { loadTolerantTimeouts, sourceResolution } from "../../vitest.shared.js";

export default defineProject({
  ...sourceResolution,
  test: { name: "model", ...loadTolerantTimeouts },
});
