import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceCatalogFakeCore, FakeClock, generateProvisionedProducts } from "../src/index.js";
import { type FakeServer, startServiceCatalogFakeServer } from "../src/server/index.js";
import { call } from "./support/dispatch.js";

/**
 * The fake's clock: tests move it on instead of sleeping, through the JS API and the control API; what reads time
 * (a page token's age here) follows it, and signature checks keep to the machine's clock.
 */
const SEARCH = "SearchProvisionedProducts";
const FIRST = { AccessLevelFilter: { Key: "Account", Value: "self" }, SortBy: "name", PageSize: 1 };

describe("FakeClock", () => {
  it("moves on when told, or by a step at each read, never back, and resets to its source", () => {
    let source = 1_000_000;
    const clock = new FakeClock(() => source);
    expect(clock.now()).toBe(1_000_000);
    clock.advance(60_000);
    expect(clock.now()).toBe(1_060_000);
    source += 5;
    expect(clock.now()).toBe(1_060_005);
    clock.stepOnRead(1_000);
    expect([clock.now(), clock.now()]).toEqual([1_061_005, 1_062_005]);
    expect(clock.state()).toEqual({ now: 1_062_005, offsetMs: 62_000, stepOnReadMs: 1_000, frozen: false });
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, 1e15]) {
      expect(() => clock.advance(bad)).toThrow(RangeError);
    }
    clock.reset();
    expect(clock.now()).toBe(1_000_005);
  });

  it("frozen, stands still while its source runs on, moves when told, and thaws without a jump", () => {
    let source = 5_000_000;
    const clock = new FakeClock(() => source);
    clock.freeze();
    source += 60_000;
    expect(clock.now()).toBe(5_000_000);
    clock.advance(1_000);
    expect(clock.state()).toMatchObject({ now: 5_001_000, frozen: true });
    clock.change({ frozen: false });
    expect(clock.now()).toBe(5_001_000);
    source += 10;
    expect(clock.now()).toBe(5_001_010);
    expect(() => clock.change({ frozen: "yes", advanceMs: 5 })).toThrow(RangeError);
    expect(clock.now()).toBe(5_001_010);
    clock.freeze();
    clock.reset();
    expect(clock.state()).toMatchObject({ now: source, frozen: false });
  });
});

describe("a fake's time", () => {
  it("ages a page token when a test moves the clock on, with no sleep", async () => {
    const fake = createServiceCatalogFakeCore({
      provisionedProducts: generateProvisionedProducts(5, { seed: 2 }),
      settings: { tokenTtlSeconds: 60 },
    });
    const token = (await call(fake, SEARCH, FIRST)).body.NextPageToken as string;
    fake.clock.advance(30_000);
    expect((await call(fake, SEARCH, { ...FIRST, PageToken: token })).status).toBe(200);
    fake.clock.advance(31_000);
    const expired = await call(fake, SEARCH, { ...FIRST, PageToken: token });
    expect([expired.status, expired.body.Message]).toEqual([400, expect.stringMatching(/expired/)]);
  });
});

describe("the clock through the control API", () => {
  let server: FakeServer;
  beforeAll(async () => {
    server = await startServiceCatalogFakeServer({
      provisionedProducts: generateProvisionedProducts(5, { seed: 2 }),
      settings: { tokenTtlSeconds: 60 },
      verifySignatures: false,
    });
  });
  afterAll(() => server.close());

  const control = async (method: string, body?: unknown) => {
    const response = await fetch(`${server.url}/_svccat/clock`, {
      method,
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("moves the fake's time, checks what it is given, and is reset with the rest", async () => {
    const before = await control("GET");
    expect(before.body).toMatchObject({ offsetMs: 0, stepOnReadMs: 0 });
    const moved = await control("POST", { advanceMs: 3_600_000 });
    expect(moved.body.offsetMs).toBe(3_600_000);
    expect(Date.parse(moved.body.now as string) - Date.parse(before.body.now as string)).toBeGreaterThanOrEqual(
      3_600_000,
    );
    const frozen = await control("POST", { frozen: true });
    expect(frozen.body.frozen).toBe(true);
    for (const bad of [
      { advanceMs: -5 },
      { advanceMs: "1h" },
      { stepOnReadMs: null },
      { rewindMs: 5 },
      { frozen: 1 },
    ]) {
      expect((await control("POST", bad)).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await control("GET")).body.offsetMs).toBe(3_600_000);
    await fetch(`${server.url}/_svccat/reset`, { method: "POST", headers: { "content-type": "application/json" } });
    expect((await control("GET")).body).toMatchObject({ offsetMs: 0, stepOnReadMs: 0, frozen: false });
  });
});
