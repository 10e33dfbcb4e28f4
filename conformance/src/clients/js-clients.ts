import {
  ServiceCatalogClient as SdkClient,
  DescribeProductCommand as SdkDescribeProduct,
  DescribeProvisionedProductCommand as SdkDescribeProvisionedProduct,
  DescribeRecordCommand as SdkDescribeRecord,
  GetProvisionedProductOutputsCommand as SdkGetProvisionedProductOutputs,
  InvalidParametersException as SdkInvalidParametersException,
  ListLaunchPathsCommand as SdkListLaunchPaths,
  ListRecordHistoryCommand as SdkListRecordHistory,
  ProvisionProductCommand as SdkProvisionProduct,
  ScanProvisionedProductsCommand as SdkScanProvisionedProducts,
  SearchProvisionedProductsCommand as SdkSearchProvisionedProducts,
  TerminateProvisionedProductCommand as SdkTerminateProvisionedProduct,
  UpdateProvisionedProductCommand as SdkUpdateProvisionedProduct,
} from "@aws-sdk/client-service-catalog";
import { HttpResponse } from "@smithy/core/protocols";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { BuildHandler, BuildHandlerArguments, HttpRequest, MetadataBearer, RequestHandler } from "@smithy/types";
import {
  DescribeProductCommand,
  DescribeProvisionedProductCommand,
  DescribeRecordCommand,
  GetProvisionedProductOutputsCommand,
  InvalidParametersException,
  ListLaunchPathsCommand,
  ListRecordHistoryCommand,
  ProvisionProductCommand,
  ScanProvisionedProductsCommand,
  SearchProvisionedProductsCommand,
  ServiceCatalogClient,
  TerminateProvisionedProductCommand,
  UpdateProvisionedProductCommand,
} from "@svccat/client";
import type { OperationInput, OperationName, OperationOutput } from "@svccat/model";
import type { CallOutcome, ClientName, ClientSettings, ConformanceClient, WireExchange } from "./client-contract.js";

/** The two JavaScript clients, which share the official SDK's names and shapes. */
export type JsClientName = Exclude<ClientName, "boto3">;

/**
 * A request handler that keeps a copy of the last response, so cases can look at the wire (the form of the last
 * page's token, the error `__type`) after the client has parsed it.
 */
class RecordingHandler implements RequestHandler<HttpRequest, HttpResponse> {
  last: WireExchange | undefined;
  private readonly inner = new NodeHttpHandler();

  async handle(request: HttpRequest, options?: object): Promise<{ response: HttpResponse }> {
    this.last = undefined;
    const { response } = await this.inner.handle(request as never, options as never);
    const chunks: Uint8Array[] = [];
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
    }
    const bytes = new Uint8Array(Buffer.concat(chunks));
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(response.headers)) {
      headers[name.toLowerCase()] = value;
    }
    this.last = { status: response.statusCode, headers, body: new TextDecoder().decode(bytes) };
    return { response: new HttpResponse({ statusCode: response.statusCode, headers: response.headers, body: bytes }) };
  }

  destroy(): void {
    this.inner.destroy();
  }
}

/** One of the JavaScript clients with the suite's settings, recording the wire of each call. */
export function createJsClient(name: JsClientName, settings: ClientSettings): ConformanceClient {
  const handler = new RecordingHandler();
  const config = {
    region: settings.region,
    maxAttempts: settings.maxAttempts,
    requestHandler: handler,
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    ...(settings.credentials === undefined ? {} : { credentials: settings.credentials }),
    ...(settings.profile === undefined ? {} : { profile: settings.profile }),
  };
  let rawBody: string | undefined;
  const replaceBody = (next: BuildHandler<object, MetadataBearer>) => (args: BuildHandlerArguments<object>) => {
    if (rawBody !== undefined) {
      const request = args.request as HttpRequest;
      request.body = rawBody;
      request.headers["content-length"] = String(Buffer.byteLength(rawBody));
    }
    return next(args);
  };
  const middleware = { step: "build" as const, name: "conformanceRawBody", priority: "low" as const };

  const kit = KITS[name];
  // Both clients have these three members with the same meaning; their generic signatures just do not unify.
  const client = new kit.Client(config) as unknown as {
    middlewareStack: { add(middleware: unknown, options: unknown): void };
    send(command: unknown): Promise<MetadataBearer>;
    destroy(): void;
  };
  client.middlewareStack.add(replaceBody, middleware);
  return {
    name,
    call: <Op extends OperationName>(
      operation: Op,
      input: OperationInput<Op> | Readonly<Record<string, unknown>>,
      options?: { rawBody?: string },
    ) =>
      outcome<Op>(
        handler,
        () => {
          rawBody = options?.rawBody;
          // Each client's command for the operation; its constructor takes that operation's input.
          const Command = kit.commands[operation as OperationName] as new (input: unknown) => unknown;
          return client.send(new Command(input));
        },
        (error) => error instanceof kit.Modelled,
      ),
    destroy: () => client.destroy(),
  };
}

/** What differs between the two clients: their classes, which share names and shapes. */
const KITS: Record<
  JsClientName,
  {
    Client: typeof ServiceCatalogClient | typeof SdkClient;
    commands: Record<OperationName, unknown>;
    Modelled: abstract new (...args: never) => unknown;
  }
> = {
  svccat: {
    Client: ServiceCatalogClient,
    commands: {
      ScanProvisionedProducts: ScanProvisionedProductsCommand,
      SearchProvisionedProducts: SearchProvisionedProductsCommand,
      DescribeProduct: DescribeProductCommand,
      DescribeProvisionedProduct: DescribeProvisionedProductCommand,
      DescribeRecord: DescribeRecordCommand,
      GetProvisionedProductOutputs: GetProvisionedProductOutputsCommand,
      ListLaunchPaths: ListLaunchPathsCommand,
      ListRecordHistory: ListRecordHistoryCommand,
      ProvisionProduct: ProvisionProductCommand,
      TerminateProvisionedProduct: TerminateProvisionedProductCommand,
      UpdateProvisionedProduct: UpdateProvisionedProductCommand,
    },
    Modelled: InvalidParametersException,
  },
  "aws-sdk": {
    Client: SdkClient,
    commands: {
      ScanProvisionedProducts: SdkScanProvisionedProducts,
      SearchProvisionedProducts: SdkSearchProvisionedProducts,
      DescribeProduct: SdkDescribeProduct,
      DescribeProvisionedProduct: SdkDescribeProvisionedProduct,
      DescribeRecord: SdkDescribeRecord,
      GetProvisionedProductOutputs: SdkGetProvisionedProductOutputs,
      ListLaunchPaths: SdkListLaunchPaths,
      ListRecordHistory: SdkListRecordHistory,
      ProvisionProduct: SdkProvisionProduct,
      TerminateProvisionedProduct: SdkTerminateProvisionedProduct,
      UpdateProvisionedProduct: SdkUpdateProvisionedProduct,
    },
    Modelled: SdkInvalidParametersException,
  },
};

async function outcome<Op extends OperationName>(
  handler: RecordingHandler,
  send: () => Promise<MetadataBearer>,
  isModelled: (error: unknown) => boolean,
): Promise<CallOutcome<Op>> {
  try {
    const output = await send();
    return {
      ok: true,
      // Both clients return the operation's output shape (their own type tests hold them to the model's types).
      output: output as unknown as OperationOutput<Op>,
      requestId: output.$metadata.requestId,
      wire: handler.last,
    };
  } catch (error) {
    const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number; requestId?: string } };
    const status = e.$metadata?.httpStatusCode ?? handler.last?.status;
    return {
      ok: false,
      name: e.name ?? "Error",
      message: e.message ?? String(error),
      status,
      requestId: e.$metadata?.requestId,
      modelled: isModelled(error),
      fromService: status !== undefined,
      wire: handler.last,
    };
  }
}
