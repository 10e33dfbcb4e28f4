// A loopback server in its own process that answers Scan and Search with canned pages, so that the clients'
// own costs are what the benchmark compares. It prints its port on stdout and runs until killed.
import { createServer } from "node:http";
import { generateProvisionedProducts } from "@svccat/fake";

const products = generateProvisionedProducts(100, { seed: 1 });
const epoch = (p) => ({ ...p, CreatedTime: p.CreatedTime.getTime() / 1000 });
const detail = ({ Tags, PhysicalId, ProductName, ProvisioningArtifactName, UserArn, UserArnSession, ...rest }) => rest;
const attribute = ({ LaunchRoleArn, ...rest }) => rest;
const pages = {
  "AWS242ServiceCatalogService.ScanProvisionedProducts": JSON.stringify({
    ProvisionedProducts: products.slice(0, 20).map(epoch).map(detail),
    NextPageToken: "next-page-token",
  }),
  "AWS242ServiceCatalogService.SearchProvisionedProducts": JSON.stringify({
    ProvisionedProducts: products.map(epoch).map(attribute),
    TotalResultsCount: 1234,
    NextPageToken: "next-page-token",
  }),
};

let served = 0;
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const body = pages[req.headers["x-amz-target"]] ?? '{"__type":"UnknownOperationException"}';
    res.writeHead(body.startsWith('{"__') ? 400 : 200, {
      "content-type": "application/x-amz-json-1.1",
      "x-amzn-requestid": `canned-${++served}`,
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${server.address().port}\n`);
});
