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
