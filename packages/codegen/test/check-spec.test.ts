import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkSpec, formatProblem, generate, parseSpec, type SmithyAst, SPEC_FILE, SpecError } from "../src/index.js";
import { NS, specCopy, tempDir, writeSpec } from "./helpers.js";

const run = promisify(execFile);
const CLI = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

type Breakage = [name: string, { breakIt: (spec: SmithyAst) => void; want: RegExp }];

const shape = (spec: SmithyAst, name: string) => {
  const found = spec.shapes[`${NS}#${name}`];
  if (found === undefined) {
    throw new Error(`no shape ${name} in the spec`);
  }
  return found;
};
const member = (spec: SmithyAst, name: string, memberName: string) => {
  const found = shape(spec, name).members?.[memberName];
  if (found === undefined) {
    throw new Error(`no member ${name}$${memberName} in the spec`);
  }
  return found;
};

const breakages: Breakage[] = [
  [
    "an unresolved member target",
    {
      breakIt: (spec) => {
        member(spec, "ScanProvisionedProductsInput", "PageSize").target = `${NS}#PageSise`;
      },
      want: new RegExp(
        `shape ${NS}#ScanProvisionedProductsInput, member PageSize: the member targets ${NS}#PageSise, which is not defined`,
      ),
    },
  ],
  [
    "an unresolved list member",
    {
      breakIt: (spec) => {
        shape(spec, "Tags").member = { target: `${NS}#Tagg` };
      },
      want: new RegExp(`shape ${NS}#Tags, member member: the list member targets ${NS}#Tagg, which is not defined`),
    },
  ],
  [
    "an unknown trait",
    {
      breakIt: (spec) => {
        member(spec, "Tag", "Key").traits = { "smithy.api#requird": {}, "smithy.api#documentation": "k" };
      },
      want: new RegExp(`shape ${NS}#Tag, member Key: unknown trait smithy.api#requird`),
    },
  ],
  [
    "a @length min above its max",
    {
      breakIt: (spec) => {
        (shape(spec, "AcceptLanguage").traits as Record<string, unknown>)["smithy.api#length"] = { min: 101, max: 100 };
      },
      want: new RegExp(`shape ${NS}#AcceptLanguage: @length min 101 is above its max 100`),
    },
  ],
  [
    "a @range min above its max",
    {
      breakIt: (spec) => {
        (shape(spec, "PageSize").traits as Record<string, unknown>)["smithy.api#range"] = { min: 30, max: 20 };
      },
      want: new RegExp(`shape ${NS}#PageSize: @range min 30 is above its max 20`),
    },
  ],
  [
    "a pattern that does not compile with the u flag",
    {
      breakIt: (spec) => {
        // `\-` outside a class is legal without the u flag and a syntax error with it.
        (shape(spec, "Id").traits as Record<string, unknown>)["smithy.api#pattern"] = "^a\\-b$";
      },
      want: new RegExp(
        `shape ${NS}#Id: @pattern "\\^a\\\\\\\\-b\\$" does not compile as a JavaScript u-flag regular expression`,
      ),
    },
  ],
  [
    "an operation without an input",
    {
      breakIt: (spec) => {
        delete shape(spec, "ScanProvisionedProducts").input;
      },
      want: new RegExp(`shape ${NS}#ScanProvisionedProducts: the operation has no input`),
    },
  ],
  [
    "an operation without an output",
    {
      breakIt: (spec) => {
        delete shape(spec, "SearchProvisionedProducts").output;
      },
      want: new RegExp(`shape ${NS}#SearchProvisionedProducts: the operation has no output`),
    },
  ],
  [
    "an operation whose error does not exist",
    {
      breakIt: (spec) => {
        shape(spec, "SearchProvisionedProducts").errors = [{ target: `${NS}#NoSuchException` }];
      },
      want: new RegExp(`shape ${NS}#SearchProvisionedProducts: an error targets ${NS}#NoSuchException`),
    },
  ],
  [
    "an operation whose error is not an @error structure",
    {
      breakIt: (spec) => {
        shape(spec, "SearchProvisionedProducts").errors = [{ target: `${NS}#Tag` }];
      },
      want: new RegExp(`the error ${NS}#Tag is not a structure with the @error trait`),
    },
  ],
  [
    "an unknown shape type",
    {
      breakIt: (spec) => {
        shape(spec, "PhysicalId").type = "strnig";
      },
      want: new RegExp(`shape ${NS}#PhysicalId: unknown shape type "strnig"`),
    },
  ],
  [
    "a @default outside its range",
    {
      breakIt: (spec) => {
        (member(spec, "SearchProvisionedProductsInput", "PageSize").traits as Record<string, unknown>)[
          "smithy.api#default"
        ] = 500;
      },
      want: new RegExp(
        `shape ${NS}#SearchProvisionedProductsInput, member PageSize: @default 500 is outside its @range`,
      ),
    },
  ],
  [
    "a paging member that does not exist",
    {
      breakIt: (spec) => {
        (shape(spec, "SearchProvisionedProducts").traits as Record<string, unknown>)["svccat.traits#paginated"] = {
          items: "Products",
        };
      },
      want: new RegExp(`shape ${NS}#SearchProvisionedProducts: paging items names member Products`),
    },
  ],
  [
    "a search field that names no member of the items",
    {
      breakIt: (spec) => {
        const query = (shape(spec, "SearchProvisionedProducts").traits as Record<string, Record<string, unknown>>)[
          "svccat.traits#searchQuery"
        ];
        (query?.fields as Record<string, string>).colour = "Colour";
      },
      want: new RegExp(
        `shape ${NS}#SearchProvisionedProducts: svccat.traits#searchQuery fields.colour names member Colour, which ProvisionedProductAttribute does not have`,
      ),
    },
  ],
  [
    "a paging order that names no member of the items",
    {
      breakIt: (spec) => {
        (shape(spec, "ScanProvisionedProducts").traits as Record<string, Record<string, unknown>>)[
          "svccat.traits#paginated"
        ] = { items: "ProvisionedProducts", order: "Colour" };
      },
      want: new RegExp(`shape ${NS}#ScanProvisionedProducts: paging order names member Colour`),
    },
  ],
  [
    "a total count that is not a number member of the output",
    {
      breakIt: (spec) => {
        const query = (shape(spec, "SearchProvisionedProducts").traits as Record<string, Record<string, unknown>>)[
          "svccat.traits#searchQuery"
        ];
        (query as Record<string, unknown>).totalCount = "NextPageToken";
      },
      want: new RegExp(
        `shape ${NS}#SearchProvisionedProducts: svccat.traits#searchQuery totalCount names NextPageToken, which is not a number member`,
      ),
    },
  ],
  [
    "a member with no documentation",
    {
      breakIt: (spec) => {
        member(spec, "Tag", "Value").traits = { "smithy.api#required": {} };
      },
      want: new RegExp(`shape ${NS}#Tag, member Value: has no @documentation`),
    },
  ],
  [
    "a duplicate enum value",
    {
      breakIt: (spec) => {
        const members = shape(spec, "SortOrder").members ?? {};
        members.UP = { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "ASCENDING" } };
      },
      want: new RegExp(`shape ${NS}#SortOrder, member UP: enum value "ASCENDING" is already used by member ASCENDING`),
    },
  ],
  [
    "a service with another protocol",
    {
      breakIt: (spec) => {
        const traits = shape(spec, "AWS242ServiceCatalogService").traits as Record<string, unknown>;
        delete traits["aws.protocols#awsJson1_1"];
      },
      want: /must carry aws.protocols#awsJson1_1/,
    },
  ],
];

describe("checkSpec", () => {
  test("the real spec has no problems", async () => {
    const spec = await specCopy();
    expect(checkSpec(spec, "spec/servicecatalog.json")).toEqual([]);
  });

  for (const [name, { breakIt, want }] of breakages) {
    test(`rejects ${name}, naming the file, shape and member`, async () => {
      const spec = await specCopy();
      breakIt(spec);
      const problems = checkSpec(spec, "broken.json").map(formatProblem);
      expect(problems.some((p) => p.startsWith("broken.json, ") && want.test(p))).toBe(true);
      if (!problems.some((p) => want.test(p))) {
        throw new Error(`expected a problem matching ${want}, got:\n${problems.join("\n")}`);
      }
    });
  }

  test("reports every problem at once, not just the first", async () => {
    const spec = await specCopy();
    for (const [, { breakIt }] of breakages.slice(0, 4)) {
      breakIt(spec);
    }
    expect(checkSpec(spec, "broken.json").length).toBeGreaterThanOrEqual(4);
  });

  test("broken JSON is reported with its line and column", () => {
    const text = '{\n  "smithy": "2.0",\n  "shapes": {\n    "a#B": { "type": "string" },,\n  }\n}';
    expect(() => parseSpec(text, "broken.json")).toThrow(SpecError);
    expect(() => parseSpec(text, "broken.json")).toThrow(/broken\.json: not valid JSON: .*line 4, column \d+/);
  });

  test("generate refuses a broken spec with a SpecError", async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const spec = await specCopy();
      shape(spec, "PageSize").traits = { "smithy.api#range": { min: 5, max: 1 }, "smithy.api#documentation": "x" };
      const file = await writeSpec(dir, spec);
      await expect(generate(file)).rejects.toThrow(/@range min 5 is above its max 1/);
    } finally {
      await cleanup();
    }
  });
});

describe("svccat-codegen check (CLI)", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterAll(() => cleanup());

  test("passes the real spec", async () => {
    const { stdout } = await run(TSX, [CLI, "check", "--spec", SPEC_FILE]);
    expect(stdout).toMatch(/no problems/);
  });

  test("fails a broken spec with every problem and no stack trace", async () => {
    const spec = await specCopy();
    member(spec, "ScanProvisionedProductsInput", "PageSize").target = `${NS}#Nope`;
    (shape(spec, "Id").traits as Record<string, unknown>)["smithy.api#pattern"] = "[";
    const file = await writeSpec(dir, spec, "broken.json");
    const failure = await run(TSX, [CLI, "check", "--spec", file]).then(
      () => {
        throw new Error("the check passed a broken spec");
      },
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/The spec has 2 problems/);
    expect(failure.stderr).toMatch(
      /broken\.json, shape com\.amazonaws\.servicecatalog#ScanProvisionedProductsInput, member PageSize/,
    );
    expect(failure.stderr).toMatch(
      /broken\.json, shape com\.amazonaws\.servicecatalog#Id: @pattern "\[" does not compile/,
    );
    expect(failure.stderr).not.toMatch(/\n\s+at /);
  });

  test("fails a file that is not JSON without a stack trace", async () => {
    const file = await writeSpec(dir, "{ not json", "garbage.json");
    const failure = await run(TSX, [CLI, "generate", "--spec", file, "--out", dir]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/garbage\.json: not valid JSON/);
    expect((failure as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  });
});
