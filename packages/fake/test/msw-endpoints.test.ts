import { ScanProvisionedProductsCommand, ServiceCatalogClient } from "@svccat/client";
import { serviceEndpointPattern, serviceEndpoints } from "@svccat/model";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceCatalogFake } from "../src/msw/index.js";

const fake = createServiceCatalogFake();
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

/** Every region each partition lists, with every FIPS and dual-stack combination the partition supports. */
const cases = serviceEndpoints.partitions.flatMap((partition) =>
  partition.regions.flatMap((region) =>
    [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ]
      .filter(
        ([fips, dualStack]) =>
          (!fips || partition.outputs.supportsFIPS) && (!dualStack || partition.outputs.supportsDualStack),
      )
      .map(([fips, dualStack]) => ({ partition: partition.id, region, fips, dualStack })),
  ),
);

describe("msw handlers answer on every endpoint the client's endpoint rules produce", () => {
  it("covers every partition of spec/partitions.json, the newest ones included", () => {
    const partitions = new Set(cases.map((c) => c.partition));
    expect(partitions.size).toBe(serviceEndpoints.partitions.length);
    for (const region of ["eusc-de-east-1", "eu-isoe-west-1", "us-isof-south-1", "us-iso-east-1"]) {
      expect(cases.some((c) => c.region === region && c.dualStack)).toBe(true);
    }
  });

  it("answers a Scan sent to each region, FIPS and dual-stack endpoints included", async () => {
    const missed: string[] = [];
    for (const { region, fips, dualStack } of cases) {
      const client = new ServiceCatalogClient({
        region,
        useFipsEndpoint: fips,
        useDualstackEndpoint: dualStack,
        credentials: { accessKeyId: "test", secretAccessKey: "test" },
        maxAttempts: 1,
      });
      const before = fake.calls.length;
      try {
        await client.send(new ScanProvisionedProductsCommand({}));
        expect(fake.calls.length).toBe(before + 1);
      } catch (error) {
        missed.push(`${region} fips=${fips} dualStack=${dualStack}: ${(error as Error).message}`);
      } finally {
        client.destroy();
      }
    }
    expect(missed).toEqual([]);
    expect(cases.length).toBeGreaterThan(200);
  });

  it("does not answer a host that is not a Service Catalog endpoint", () => {
    const pattern = serviceEndpointPattern();
    expect(pattern.test("https://servicecatalog.us-east-1.amazonaws.com/")).toBe(true);
    expect(pattern.test("https://servicecatalog-fips.eusc-de-east-1.amazonaws.eu/")).toBe(true);
    expect(pattern.test("https://s3.us-east-1.amazonaws.com/")).toBe(false);
    expect(pattern.test("https://servicecatalog.us-east-1.amazonaws.com.evil.example/")).toBe(false);
    expect(pattern.test("https://servicecatalog.us-east-1.amazonaws.com/other")).toBe(false);
  });
});
