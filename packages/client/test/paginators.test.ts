import { describe, expect, it } from "vitest";
import {
  paginateScanProvisionedProducts,
  paginateSearchProvisionedProducts,
  paginateSearchProvisionedProductsItems,
  type SearchProvisionedProductsCommandInput,
  type ServiceCatalogClient,
} from "../src/__generated__/index.gen.js";
import { CannedHandler, clientWith, jsonAnswer } from "./support/canned-handler.js";

const page = (ids: string[], next?: string) =>
  jsonAnswer({ ProvisionedProducts: ids.map((Id) => ({ Id })), TotalResultsCount: 5, NextPageToken: next });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) {
    out.push(item);
  }
  return out;
}

describe("paginators", () => {
  it("follow NextPageToken until it is absent, sending the page size and never touching the input", async () => {
    const handler = new CannedHandler(page(["a", "b"], "t1"), page(["c", "d"], "t2"), page(["e"]));
    const input: SearchProvisionedProductsCommandInput = { SortBy: "name" };
    const frozen = Object.freeze({ ...input });
    const pages = await collect(
      paginateSearchProvisionedProducts({ client: clientWith(handler), pageSize: 2 }, frozen),
    );
    expect(pages.map((p) => p.ProvisionedProducts?.map((x) => x.Id))).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(handler.requests.map((r) => JSON.parse(r.body))).toEqual([
      { SortBy: "name", PageSize: 2 },
      { SortBy: "name", PageSize: 2, PageToken: "t1" },
      { SortBy: "name", PageSize: 2, PageToken: "t2" },
    ]);
    expect(frozen).toEqual({ SortBy: "name" });
  });

  it("start from startingToken, or from the input's own PageToken", async () => {
    const fromConfig = new CannedHandler(page(["c"]));
    await collect(paginateSearchProvisionedProducts({ client: clientWith(fromConfig), startingToken: "t1" }, {}));
    expect(JSON.parse(fromConfig.lastRequest.body)).toEqual({ PageToken: "t1" });

    const fromInput = new CannedHandler(page(["c"]));
    await collect(paginateSearchProvisionedProducts({ client: clientWith(fromInput) }, { PageToken: "t9" }));
    expect(JSON.parse(fromInput.lastRequest.body)).toEqual({ PageToken: "t9" });
  });

  it("stop on a repeated token when asked, instead of looping forever", async () => {
    const handler = new CannedHandler(page(["a"], "same"), page(["b"], "same"), page(["c"], "same"));
    const pages = await collect(
      paginateSearchProvisionedProducts({ client: clientWith(handler), stopOnSameToken: true }, {}),
    );
    expect(pages).toHaveLength(2);
    expect(handler.requests).toHaveLength(2);
  });

  it("treat an empty token as the end", async () => {
    const handler = new CannedHandler(page(["a"], ""));
    expect(await collect(paginateScanProvisionedProducts({ client: clientWith(handler) }, {}))).toHaveLength(1);
  });

  it("page Scan too, which the official SDK does not", async () => {
    const handler = new CannedHandler(page(["a"], "t1"), page(["b"]));
    const pages = await collect(paginateScanProvisionedProducts({ client: clientWith(handler), pageSize: 1 }, {}));
    expect(pages).toHaveLength(2);
    expect(handler.requests[0]?.headers["x-amz-target"]).toBe("AWS242ServiceCatalogService.ScanProvisionedProducts");
    expect(JSON.parse(handler.lastRequest.body)).toEqual({ PageSize: 1, PageToken: "t1" });
  });

  it("yield items across pages with the item helper", async () => {
    const handler = new CannedHandler(page(["a", "b"], "t1"), page([], "t2"), page(["c"]));
    const items = await collect(paginateSearchProvisionedProductsItems({ client: clientWith(handler) }, {}));
    expect(items.map((item) => item.Id)).toEqual(["a", "b", "c"]);
  });

  it("refuse a client that is not a ServiceCatalogClient", async () => {
    const pages = paginateSearchProvisionedProducts({ client: {} as ServiceCatalogClient }, {});
    await expect(pages.next()).rejects.toThrow(/expected instance of ServiceCatalogClient/);
  });

  it("pass an error through and stop", async () => {
    const handler = new CannedHandler(page(["a"], "t1"), {
      status: 400,
      headers: { "content-type": "application/x-amz-json-1.1" },
      body: '{"__type":"InvalidParametersException","Message":"The page token is not valid"}',
    });
    const pages = paginateSearchProvisionedProducts({ client: clientWith(handler) }, {});
    expect((await pages.next()).done).toBe(false);
    await expect(pages.next()).rejects.toMatchObject({ name: "InvalidParametersException" });
  });
});
