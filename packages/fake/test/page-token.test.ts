import { describe, expect, it } from "vitest";
import { PageTokenCodec, queryDigest } from "../src/query/page-token.js";

const secret = () => new Uint8Array(32).fill(7);
const parts = { base: "b", operation: "SearchProvisionedProducts", accessLevel: "a", filters: "f", sort: "s" };

describe("page tokens", () => {
  it("are signed the same with node:crypto and with Web Crypto (as in browsers), and each checks the other's", async () => {
    const node = new PageTokenCodec(Number.POSITIVE_INFINITY, secret());
    const web = new PageTokenCodec(Number.POSITIVE_INFINITY, secret(), undefined);
    const query = await queryDigest(parts);
    const payload = { query, position: { after: ["k", "pp-1"] as [string, string] }, issuedAt: 100 };
    const fromNode = await node.encode(payload);
    expect(await web.encode(payload)).toBe(fromNode);
    const expected = { query, bound: ["base"] as const, ttlSeconds: null, now: 100 };
    expect(await web.decode(fromNode, expected)).toEqual({ ok: true, payload });
    expect(await node.decode(fromNode, expected)).toEqual({ ok: true, payload });
    const forged = `${fromNode.slice(0, -2)}${fromNode.endsWith("AA") ? "BB" : "AA"}`;
    expect(await node.decode(forged, expected)).toMatchObject({ ok: false });
    expect(await web.decode(forged, expected)).toMatchObject({ ok: false });
    const other = new PageTokenCodec(Number.POSITIVE_INFINITY, new Uint8Array(32).fill(8));
    expect(await other.decode(fromNode, expected)).toEqual({ ok: false, reason: "forged" });
  });

  it("digest each part of a query, the same text always the same digest", async () => {
    const a = await queryDigest(parts);
    expect(await queryDigest(parts)).toEqual(a);
    expect((await queryDigest({ ...parts, sort: "t" })).sort).not.toBe(a.sort);
    expect((await queryDigest({ ...parts, sort: "t" })).base).toBe(a.base);
  });
});
