import { cp, mkdir, readFile, symlink } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BuildOptions, build } from "esbuild";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  CLIENT_GENERATED_DIR,
  generate,
  MODEL_INDEX,
  MODEL_SHAPES,
  MODEL_TYPES,
  REPO_ROOT,
  writeGeneration,
} from "../src/index.js";
import { NS, specCopy, tempDir, writeSpec } from "./helpers.js";

/**
 * "A new operation needs no hand edit": add a paginated `ListWidgets` to a copy of the spec, generate into a
 * temporary tree that also holds the hand-written runtimes of the model and the client, and check that the new
 * command, its types and its paginator are there and that the whole client compiles.
 */
describe("a third operation added to the spec", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const read = (path: string) => readFile(join(dir, path), "utf8");

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    const spec = await specCopy();
    const doc = (text: string) => ({ "smithy.api#documentation": text });
    spec.shapes[`${NS}#ListWidgets`] = {
      type: "operation",
      input: { target: `${NS}#ListWidgetsInput` },
      output: { target: `${NS}#ListWidgetsOutput` },
      errors: [{ target: `${NS}#InvalidParametersException` }],
      traits: {
        ...doc("Lists widgets, added by the third-operation test."),
        "smithy.api#paginated": { inputToken: "PageToken", outputToken: "NextPageToken", pageSize: "PageSize" },
        "svccat.traits#paginated": { items: "Widgets" },
      },
    };
    spec.shapes[`${NS}#ListWidgetsInput`] = {
      type: "structure",
      members: {
        PageSize: { target: `${NS}#PageSize`, traits: doc("How many widgets a page holds.") },
        PageToken: { target: `${NS}#PageToken`, traits: doc("Where the page starts.") },
      },
      traits: { ...doc("The input of ListWidgets."), "smithy.api#input": {} },
    };
    spec.shapes[`${NS}#ListWidgetsOutput`] = {
      type: "structure",
      members: {
        Widgets: { target: `${NS}#Widgets`, traits: doc("The widgets of this page.") },
        NextPageToken: { target: `${NS}#PageToken`, traits: doc("The next page, if any.") },
      },
      traits: { ...doc("The output of ListWidgets."), "smithy.api#output": {} },
    };
    spec.shapes[`${NS}#Widgets`] = { type: "list", member: { target: `${NS}#Widget` }, traits: doc("Widgets.") };
    spec.shapes[`${NS}#Widget`] = {
      type: "structure",
      members: {
        Id: { target: `${NS}#Id`, traits: { ...doc("The widget's id."), "smithy.api#required": {} } },
        CreatedTime: { target: `${NS}#CreatedTime`, traits: doc("When it was made.") },
      },
      traits: doc("A widget."),
    };
    const service = spec.shapes[`${NS}#AWS242ServiceCatalogService`];
    if (service?.operations === undefined) {
      throw new Error("the spec no longer has its service shape");
    }
    service.operations.push({ target: `${NS}#ListWidgets` });

    // The hand-written halves of the model and the client, next to which the generated code must compile, and the
    // fake, which must refuse to compile until the operation has a handler.
    for (const pkg of ["packages/model", "packages/client", "packages/fake", "conformance"]) {
      const from = join(REPO_ROOT, pkg);
      const to = join(dir, pkg);
      await mkdir(to, { recursive: true });
      await cp(join(from, "src"), join(to, "src"), {
        recursive: true,
        filter: (source) => !source.includes("__generated__"),
      });
      await cp(join(from, "package.json"), join(to, "package.json"));
      await symlink(join(from, "node_modules"), join(to, "node_modules"), "dir");
    }
    const specFile = await writeSpec(dir, spec);
    await writeGeneration(await generate(specFile), dir);
  });
  afterAll(() => cleanup());

  test("the model tables, types and entry point carry the operation and its shapes", async () => {
    const shapes = await read(MODEL_SHAPES);
    expect(shapes).toContain('"target": "AWS242ServiceCatalogService.ListWidgets"');
    expect(await read(MODEL_TYPES)).toMatch(/export type Widget = components\['schemas'\]\['Widget'\];/);
    const index = await read(MODEL_INDEX);
    for (const name of ["ListWidgetsInput", "ListWidgetsOutput", "Widget", "Widgets"]) {
      expect(index).toContain(`  ${name},\n`);
    }
  });

  test("the client has the command, its paginator and the aggregated method", async () => {
    const command = await read(`${CLIENT_GENERATED_DIR}/commands/ListWidgetsCommand.gen.ts`);
    expect(command).toContain("export class ListWidgetsCommand extends $Command");
    expect(command).toContain("export interface ListWidgetsCommandInput extends ListWidgetsInput {}");
    expect(command).toContain(
      "export interface ListWidgetsCommandOutput extends ListWidgetsOutput, __MetadataBearer {}",
    );
    expect(command).toContain(".ser(se_ListWidgetsCommand)");
    expect(await read(`${CLIENT_GENERATED_DIR}/protocols/aws-json-1-1.gen.ts`)).toContain(
      'export const se_ListWidgetsCommand = awsJson11Serializer("ListWidgets");',
    );
    const paginator = await read(`${CLIENT_GENERATED_DIR}/pagination/ListWidgetsPaginator.gen.ts`);
    expect(paginator).toContain("export function paginateListWidgets(");
    expect(paginator).toContain("export function paginateListWidgetsItems(");
    const index = await read(`${CLIENT_GENERATED_DIR}/index.gen.ts`);
    expect(index).toContain("ListWidgetsCommand, type ListWidgetsCommandInput, type ListWidgetsCommandOutput");
    expect(index).toContain("paginateListWidgets, paginateListWidgetsItems");
    expect(await read(`${CLIENT_GENERATED_DIR}/ServiceCatalog.gen.ts`)).toContain(
      "listWidgets(args?: ListWidgetsCommandInput",
    );
  });

  test("the generated client compiles against the hand-written runtime with no edit", () => {
    const base = ts.readConfigFile(join(REPO_ROOT, "tsconfig.base.json"), ts.sys.readFile).config as {
      compilerOptions: object;
    };
    const { options, errors } = ts.convertCompilerOptionsFromJson(
      {
        ...base.compilerOptions,
        noEmit: true,
        types: ["node"],
        typeRoots: [join(REPO_ROOT, "packages/client/node_modules/@types")],
        // The temporary model, not the workspace's, stands behind the client's `@svccat/model` import.
        paths: { "@svccat/model": [join(dir, MODEL_INDEX)] },
      },
      dir,
    );
    expect(errors).toEqual([]);
    const program = ts.createProgram([join(dir, CLIENT_GENERATED_DIR, "index.gen.ts")], options);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
    // Prove the temporary model was the one compiled against.
    expect(program.getSourceFile(join(dir, MODEL_INDEX))?.text).toContain("ListWidgetsInput");
  });

  test("the fake does not compile until the operation has a handler", () => {
    const diagnostics = compile(join(dir, "packages/fake/src/index.ts"), "packages/fake/node_modules/@types");
    expect(diagnostics.some((d) => d.file.endsWith("core/operation-handlers.ts") && /ListWidgets/.test(d.text))).toBe(
      true,
    );
    // Nothing else is wrong with it: the rest of the fake takes the new operation as it is.
    expect(diagnostics.filter((d) => !d.file.endsWith("core/operation-handlers.ts"))).toEqual([]);
  });

  test("until then, the fake answers the operation with an AWS-shaped error after validating its input", async () => {
    const bundle = await bundled("fake.mjs", { entryPoints: [join(dir, "packages/fake/src/index.ts")] });
    const { createServiceCatalogFakeCore } = (await import(bundle)) as {
      createServiceCatalogFakeCore: () => { answerWire(request: Request): Promise<WireAnswerLike> };
    };
    const fake = createServiceCatalogFakeCore();
    const send = async (operation: string, input: object) => {
      const answer = await fake.answerWire(wireRequest(operation, JSON.stringify(input)));
      return { status: answer.status, type: (JSON.parse(answer.body) as { __type?: string }).__type };
    };
    expect(await send("ListWidgets", {})).toEqual({ status: 400, type: "UnknownOperationException" });
    expect(await send("ListWidgets", { PageSize: 1000 })).toEqual({ status: 400, type: "ValidationException" });
    expect(await send("ScanProvisionedProducts", {})).toEqual({ status: 200, type: undefined });
  });

  test("the conformance suite does not compile until its clients can send the operation", () => {
    const diagnostics = compile(join(dir, "conformance/src/index.ts"), "conformance/node_modules/@types");
    const where = new Set(diagnostics.map((d) => d.file.split("/").slice(-2).join("/")));
    // Each JavaScript client's command map is keyed by the operations, as the fake's handlers are (the suite
    // starts fakes): both must take the new one, and nothing else needs an edit.
    expect([...where].sort()).toEqual(["clients/js-clients.ts", "core/operation-handlers.ts"]);
    expect(diagnostics.every((d) => /ListWidgets/.test(d.text))).toBe(true);
  });

  test("the conformance suite derives cases for the operation, and they hold against the fake", async () => {
    const bundle = await bundled("suite.mjs", {
      stdin: {
        contents: [
          'export { derivedCases } from "./conformance/src/cases/derived-cases.ts";',
          'export { createServiceCatalogFakeCore } from "./packages/fake/src/index.ts";',
        ].join("\n"),
        resolveDir: dir,
        loader: "ts",
      },
    });
    const suite = (await import(bundle)) as {
      derivedCases: () => Array<{ id: string; run(context: object): Promise<{ status: string }> }>;
      createServiceCatalogFakeCore: () => { answerWire(request: Request): Promise<WireAnswerLike> };
    };
    const fake = suite.createServiceCatalogFakeCore();
    // The suite's own outcome shape, from the fake's wire answer: what a client would make of it.
    const call = async (operation: string, input: object, options: { rawBody?: string } = {}) => {
      const answer = await fake.answerWire(wireRequest(operation, options.rawBody ?? JSON.stringify(input)));
      const body = JSON.parse(answer.body) as { __type?: string; message?: string; Message?: string };
      return answer.status === 200
        ? { ok: true, output: body, requestId: undefined, wire: undefined }
        : {
            ok: false,
            name: body.__type,
            message: body.message ?? body.Message ?? "",
            status: answer.status,
            requestId: undefined,
            modelled: false,
            fromService: true,
            wire: undefined,
          };
    };
    const cases = suite.derivedCases().filter((c) => c.id.startsWith("derived/ListWidgets/"));
    expect(cases.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        "derived/ListWidgets/pageSize/above-max",
        "derived/ListWidgets/pageToken/length-above-max",
      ]),
    );
    const context = { call, callUnchecked: call, client: { name: "svccat" }, live: false };
    const results = await Promise.all(cases.map(async (c) => [c.id, (await c.run(context)).status] as const));
    expect(results.filter(([, status]) => status !== "passed")).toEqual([]);
  });

  /** Bundles source of the temporary tree, its `@svccat/model` the temporary one; answers the bundle's URL. */
  async function bundled(name: string, entry: Pick<BuildOptions, "entryPoints" | "stdin">): Promise<string> {
    const outfile = join(dir, name);
    await build({
      ...entry,
      bundle: true,
      platform: "node",
      format: "esm",
      outfile,
      conditions: ["@svccat/source"],
      alias: { "@svccat/model": join(dir, MODEL_INDEX) },
      logLevel: "silent",
    });
    return pathToFileURL(outfile).href;
  }

  /** Type-checks an entry of the temporary tree against its temporary model. */
  function compile(entry: string, typeRoots: string): Array<{ file: string; text: string }> {
    const base = ts.readConfigFile(join(REPO_ROOT, "tsconfig.base.json"), ts.sys.readFile).config as {
      compilerOptions: object;
    };
    const { options } = ts.convertCompilerOptionsFromJson(
      {
        ...base.compilerOptions,
        noEmit: true,
        types: ["node"],
        typeRoots: [join(REPO_ROOT, typeRoots)],
        paths: { "@svccat/model": [join(dir, MODEL_INDEX)] },
      },
      dir,
    );
    return ts.getPreEmitDiagnostics(ts.createProgram([entry], options)).map((d) => ({
      file: d.file?.fileName ?? "",
      text: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    }));
  }
});

/** An awsJson1_1 request for an operation, as a client sends it (unsigned). */
function wireRequest(operation: string, body: string): Request {
  return new Request("https://servicecatalog.us-east-1.amazonaws.com/", {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": `AWS242ServiceCatalogService.${operation}`,
    },
    body,
  });
}

/** The part of a fake's wire answer the test reads. */
interface WireAnswerLike {
  status: number;
  body: string;
}
