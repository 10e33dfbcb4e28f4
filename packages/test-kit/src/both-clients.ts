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
import type { OperationName } from "@svccat/model";

/** The two JavaScript clients, which share the official SDK's names: `@svccat/client` and the official SDK. */
export type JsClientName = "svccat" | "aws-sdk";

/** The package each client comes from, for test titles and reports. */
export const CLIENT_PACKAGES: Readonly<Record<JsClientName, string>> = {
  svccat: "@svccat/client",
  "aws-sdk": "@aws-sdk/client-service-catalog",
};

/** What differs between the two clients: their classes, which share names and shapes. */
export interface ClientKit {
  readonly Client: typeof ServiceCatalogClient | typeof SdkClient;
  /** Each operation's command class; its constructor takes that operation's input. */
  readonly commands: Readonly<Record<OperationName, new (input: never) => unknown>>;
  /** The modelled error class (`InvalidParametersException`). */
  readonly Modelled: abstract new (
    ...args: never
  ) => unknown;
}

/** Both clients' kits, so that code which drives either is written once. */
export const CLIENT_KITS: Readonly<Record<JsClientName, ClientKit>> = {
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

/** What both clients offer once made: their generic signatures just do not unify, their members do. */
export interface AnyClient {
  middlewareStack: { add(middleware: unknown, options: unknown): void };
  send(command: unknown): Promise<{ $metadata: { requestId?: string; httpStatusCode?: number; attempts?: number } }>;
  destroy(): void;
}

/** A client of either kind with this config, and a way to send an operation's input through it. */
export function makeClient(
  name: JsClientName,
  config: Record<string, unknown>,
): { client: AnyClient; send(operation: OperationName, input: unknown): Promise<unknown> } {
  const kit = CLIENT_KITS[name];
  const client = new kit.Client(config) as unknown as AnyClient;
  return {
    client,
    send: (operation, input) => {
      const Command = kit.commands[operation] as new (input: unknown) => unknown;
      return client.send(new Command(input));
    },
  };
}
