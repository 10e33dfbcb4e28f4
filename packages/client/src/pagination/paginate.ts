import type { Command } from "@smithy/smithy-client";
import type { MetadataBearer, PaginationConfiguration, Paginator } from "@smithy/types";
import type { PagingTable } from "@svccat/model";
import type { ServiceInputTypes, ServiceOutputTypes } from "../__generated__/service-types.gen.js";
import { ServiceCatalogClient, type ServiceCatalogClientResolvedConfig } from "../ServiceCatalogClient.js";

/**
 * Options of the `paginate*` functions, as in `@aws-sdk/client-service-catalog`.
 * @public
 */
export interface ServiceCatalogPaginationConfiguration extends PaginationConfiguration {
  client: ServiceCatalogClient;
}

type CommandCtor<I extends ServiceInputTypes, O extends ServiceOutputTypes> = new (
  input: I,
) => Command<I, O, ServiceCatalogClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>;

/**
 * Pages through an operation. Unlike the AWS SDK's `createPaginator`, it never writes to the caller's input: each
 * request gets a copy with the page token and page size set.
 *
 * @internal
 */
export async function* paginate<I extends ServiceInputTypes, O extends ServiceOutputTypes>(
  config: ServiceCatalogPaginationConfiguration,
  input: I,
  CommandClass: CommandCtor<I, O>,
  paging: PagingTable,
  additionalArguments: unknown[],
): Paginator<O> {
  if (!(config.client instanceof ServiceCatalogClient)) {
    throw new Error(`Invalid client, expected instance of ServiceCatalogClient`);
  }
  const client = config.client;
  let token: unknown = config.startingToken ?? (input as Record<string, unknown>)[paging.inputToken];
  let first = true;
  while (first || hasNext(token)) {
    const request: Record<string, unknown> = { ...input, [paging.inputToken]: token };
    if (token === undefined) {
      delete request[paging.inputToken];
    }
    if (paging.pageSize !== undefined && config.pageSize !== undefined) {
      request[paging.pageSize] = config.pageSize;
    }
    const page: O = await client.send(new CommandClass(request as I), ...(additionalArguments as []));
    first = false;
    const next = (page as unknown as Record<string, unknown>)[paging.outputToken];
    if (config.stopOnSameToken === true && next !== undefined && next === token) {
      yield page;
      return undefined;
    }
    token = next;
    yield page;
  }
  return undefined;
}

/**
 * Yields the items of every page, one at a time.
 * @internal
 */
export async function* paginateItems<O extends MetadataBearer, Item>(
  pages: Paginator<O>,
  itemsMember: string,
): AsyncGenerator<Item, undefined, unknown> {
  for await (const page of pages) {
    const items = (page as Record<string, unknown>)[itemsMember];
    if (Array.isArray(items)) {
      yield* items as Item[];
    }
  }
  return undefined;
}

function hasNext(token: unknown): boolean {
  // A null, absent or empty token ends the listing, as in every AWS SDK paginator.
  return token !== undefined && token !== null && token !== "";
}
