import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { generateProvisionedProducts } from "@svccat/fake";
import { createServiceCatalogFake, type ServiceCatalogFake } from "@svccat/fake/msw";
import { setupServer } from "msw/node";
import { median } from "./stats.js";
import { CONTENT_TYPE, targetOf } from "./wire-facts.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const URL = "https://servicecatalog.us-east-1.amazonaws.com/";
const FILTERED = {
  AccessLevelFilter: { Key: "Account", Value: "self" },
  Filters: { SearchQuery: ["status:AVAILABLE"] },
  SortBy: "name",
  PageSize: 100,
};
const EVERYTHING = {
  AccessLevelFilter: { Key: "Account", Value: "self" },
  SortBy: "createdTime",
  PageSize: 100,
} as const;

export interface FakeFigures {
  products: number;
  /** A sorted, filtered Search page (status:AVAILABLE, by name, 100 items), the query's matches already computed. */
  pageMs: number;
  /** The same page right after a write to the store: the filter and sort run again. */
  firstPageAfterWriteMs: number;
  /** The same page through msw and fetch, once msw's path is as warm as dispatch's. */
  pageMswMs: number;
  /** What msw adds to that page: the median of differences of paired calls, msw's minus dispatch's. */
  mswOverheadMs: number;
  /** Every product, 100 a page, sorted by createdTime, through dispatch. */
  traversalMs: number;
  traversalMswMs: number;
  /** One JSON.stringify of the same products. */
  stringifyMs: number;
  bytesPerProduct: number;
}

const HEADERS = {
  "content-type": CONTENT_TYPE,
  "x-amz-target": targetOf("SearchProvisionedProducts"),
};

function request(body: object, token?: string): Request {
  return new Request(URL, {
    method: "POST",
    headers: HEADERS,
    body: JSON.stringify(token === undefined ? body : { ...body, PageToken: token }),
  });
}

type Send = (body: object, token?: string) => Promise<{ ProvisionedProducts: unknown[]; NextPageToken?: string }>;

async function time(fn: () => Promise<unknown>, repeats: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** The median of differences, b's time minus a's, over pairs of calls run one after the other, in turns first. */
async function pairedDifference(a: () => Promise<unknown>, b: () => Promise<unknown>, pairs: number): Promise<number> {
  const differences: number[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      const [timeA, timeB] = await timedPair(a, b);
      differences.push(timeB - timeA);
    } else {
      const [timeB, timeA] = await timedPair(b, a);
      differences.push(timeB - timeA);
    }
  }
  return median(differences);
}

async function timedPair(first: () => Promise<unknown>, second: () => Promise<unknown>): Promise<[number, number]> {
  const t0 = performance.now();
  await first();
  const t1 = performance.now();
  await second();
  return [t1 - t0, performance.now() - t1];
}

/**
 * Untimed calls through msw first: by then dispatch's path has run more (its page figure, the writes, the
 * traversals), so neither path is timed while V8 is still compiling it.
 */
const MSW_WARM_UP_CALLS = 50;

async function traverse(send: Send): Promise<number> {
  let token: string | undefined;
  let count = 0;
  do {
    const page = await send(EVERYTHING, token);
    count += page.ProvisionedProducts.length;
    token = page.NextPageToken;
  } while (token);
  return count;
}

export async function fakeFigures(sizes: readonly number[]): Promise<FakeFigures[]> {
  const figures: FakeFigures[] = [];
  for (const size of sizes) {
    gc();
    const before = process.memoryUsage().heapUsed;
    // The generated array is dropped once the store has its own frozen copies: what is left is what the fake holds.
    let fake: ServiceCatalogFake | undefined = createServiceCatalogFake({
      provisionedProducts: generateProvisionedProducts(size, { seed: 3 }),
    });
    gc();
    const bytesPerProduct = (process.memoryUsage().heapUsed - before) / size;
    const current = fake;
    const products = current.store.list();
    const viaDispatch: Send = async (body, token) => (await current.dispatch(request(body, token))).json();
    const viaMsw: Send = async (body, token) =>
      (
        await fetch(URL, {
          method: "POST",
          headers: HEADERS,
          body: JSON.stringify(token === undefined ? body : { ...body, PageToken: token }),
        })
      ).json();

    const first = await viaDispatch(FILTERED);
    const token = first.NextPageToken;
    const pageMs = await time(() => viaDispatch(FILTERED, token), 50);
    let flip = 0;
    const firstPageAfterWriteMs = await time(
      async () => {
        current.store.update(products[0]?.Id as string, { StatusMessage: `bench ${flip++}` });
        await viaDispatch(FILTERED);
      },
      size >= 100_000 ? 5 : 20,
    );
    const traversalMs = await time(
      async () => {
        current.store.update(products[0]?.Id as string, { StatusMessage: `bench ${flip++}` });
        const seen = await traverse(viaDispatch);
        if (seen !== size) {
          throw new Error(`the traversal saw ${seen} of ${size}`);
        }
      },
      size >= 100_000 ? 3 : 5,
    );
    const stringifyMs = await time(async () => JSON.stringify(products), 5);

    const server = setupServer(...current.handlers);
    server.listen({ onUnhandledRequest: "error" });
    // Dispatch's path was warmed by the calls above; warm msw's as much, so that the figures compare msw's cost
    // per request, not V8 compiling msw's code (a test file's first calls pay that: it is in testFileMs).
    for (let i = 0; i < MSW_WARM_UP_CALLS; i++) {
      await viaMsw(FILTERED, token);
    }
    const pageMswMs = await time(() => viaMsw(FILTERED, token), 50);
    const mswOverheadMs = await pairedDifference(
      () => viaDispatch(FILTERED, token),
      () => viaMsw(FILTERED, token),
      50,
    );
    const traversalMswMs = await time(
      async () => {
        current.store.update(products[0]?.Id as string, { StatusMessage: `bench ${flip++}` });
        await traverse(viaMsw);
      },
      size >= 100_000 ? 1 : 3,
    );
    server.close();

    figures.push({
      products: size,
      pageMs,
      firstPageAfterWriteMs,
      pageMswMs,
      mswOverheadMs,
      traversalMs,
      traversalMswMs,
      stringifyMs,
      bytesPerProduct,
    });
    fake = undefined;
  }
  return figures;
}

/**
 * What a test file pays for the fake: create one with 250 generated products, start msw, make ten Search calls
 * through `@svccat/client`, stop msw. Median of `repeats`, in this (warm) process.
 */
export async function testFileMs(repeats: number): Promise<number> {
  const { ServiceCatalogClient, SearchProvisionedProductsCommand } = await import("@svccat/client");
  return time(async () => {
    const fake = createServiceCatalogFake({ provisionedProducts: generateProvisionedProducts(250, { seed: 9 }) });
    const server = setupServer(...fake.handlers);
    server.listen({ onUnhandledRequest: "error" });
    const client = new ServiceCatalogClient({
      region: "us-east-1",
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    });
    for (let i = 0; i < 10; i++) {
      await client.send(new SearchProvisionedProductsCommand({ ...EVERYTHING, PageSize: 25 }));
    }
    client.destroy();
    server.close();
  }, repeats);
}
