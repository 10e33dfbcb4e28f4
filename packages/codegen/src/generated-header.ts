/** The words every generated file opens with; the freshness test and reviewers look for them. */
export const GENERATED_NOTICE = "Generated from spec/servicecatalog.json by `pnpm generate`. Do not edit.";

/** The comment block that starts every generated TypeScript file. */
export const TS_HEADER = `/**\n * ${GENERATED_NOTICE}\n */\n`;
