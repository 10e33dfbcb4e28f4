// Loopback servers in their own process that answer Scan and Search with canned pages, so that the clients' own
// costs are what the benchmark compares: one port per payload shape (payload-shapes.mjs). A request without a
// PageToken gets page 1 of a listing; "page-<n>" gets page n+1; the last page has no NextPageToken. A listing is
// LISTING_PAGES pages: 10,000 products through Search pages of 100, 3,000 through Scan pages of 20. It prints
// {"<shape>": port, ...} on stdout and runs until killed.
import { createServer } from "node:http";
import { LISTING_PAGES, SHAPES, shapeItems } from "./payload-shapes.mjs";

// The wire facts come from the spec's tables through the bench that starts this process (wire-facts.ts).
const TARGET_PREFIX = process.env.SVCCAT_TARGET_PREFIX;
const CONTENT_TYPE = process.env.SVCCAT_CONTENT_TYPE;
if (TARGET_PREFIX === undefined || CONTENT_TYPE === undefined) {
  throw new Error(
    "canned-server.mjs: start it from the bench, which sets SVCCAT_TARGET_PREFIX and SVCCAT_CONTENT_TYPE",
  );
}

function serve(shape) {
  const items = shapeItems(shape);
  const heads = {
    Scan: `{"ProvisionedProducts":[${items.Scan}]`,
    Search: `{"ProvisionedProducts":[${items.Search}],"TotalResultsCount":10000`,
  };
  let served = 0;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const operation = String(req.headers["x-amz-target"])
        .slice(TARGET_PREFIX.length)
        .replace("ProvisionedProducts", "");
      const head = heads[operation];
      let body;
      if (head === undefined) {
        body = '{"__type":"UnknownOperationException"}';
      } else {
        const text = Buffer.concat(chunks).toString("latin1");
        const token = /"PageToken":"page-(\d+)"/.exec(text);
        const page = token === null ? 1 : Number(token[1]) + 1;
        body = page < LISTING_PAGES[operation] ? `${head},"NextPageToken":"page-${page}"}` : `${head}}`;
      }
      res.writeHead(head === undefined ? 400 : 200, {
        "content-type": CONTENT_TYPE,
        "x-amzn-requestid": `canned-${++served}`,
        "content-length": Buffer.byteLength(body),
      });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve([shape, server.address().port])));
}

const ports = Object.fromEntries(await Promise.all(Object.keys(SHAPES).map(serve)));
process.stdout.write(`${JSON.stringify(ports)}\n`);
