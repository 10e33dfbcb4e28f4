/**
 * Resolution shared by every vitest project: workspace packages are tested from their TypeScript sources (the
 * `@svccat/source` export condition), never from a `dist/` that may be stale or missing. Vite's defaults are
 * replaced, not extended, when `conditions` is set, so they are repeated here; tests run in Vite's server
 * environment, which reads `ssr.resolve`.
 */
// No "module": it makes Vite pick packages' extensionless `dist-es` builds, which Node cannot load as externals.
const serverConditions = ["@svccat/source", "node", "development|production"];

export const sourceResolution = {
  resolve: { conditions: serverConditions },
  ssr: { resolve: { conditions: serverConditions } },
};

/**
 * Budgets for every test and hook. These machines have two cores shared with other work, and a test that
 * spawns a process or drives hundreds of property runs can take many times its idle duration there; a test
 * bounds its work by counts (runs, requests) and waits for events, and these budgets only stop a real hang.
 */
export const loadTolerantTimeouts = { testTimeout: 180_000, hookTimeout: 180_000 };
