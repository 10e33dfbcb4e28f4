import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ProvisionedProduct } from "@svccat/fake";

/**
 * A stand-in for a live Service Catalog that answers every open question differently from the fake's defaults,
 * written apart from the fake: its own paging, access levels, search, tokens and error bodies over `node:http`
 * (no code of @svccat/fake's query or validation, no model tables). It answers what the observing cases ask; it is
 * not a full service (no constraint messages, no SigV4 check).
 */
export const CONTRARIAN_ANSWERS = {
  lastPageToken: { ScanProvisionedProducts: "null", SearchProvisionedProducts: "empty", ListRecordHistory: "null" },
  defaultPageSize: { ScanProvisionedProducts: 10, SearchProvisionedProducts: 50 },
  zeroPageSize: {
    ScanProvisionedProducts: "refused",
    SearchProvisionedProducts: "default",
    ListRecordHistory: "refused",
  },
  pageSizeOverMaximum: {
    ScanProvisionedProducts: "clamped",
    SearchProvisionedProducts: "refused",
    ListRecordHistory: "clamped",
  },
  defaultAccessLevel: { ScanProvisionedProducts: "Role", SearchProvisionedProducts: "User" },
  selfValueCase: { ScanProvisionedProducts: "exact", SearchProvisionedProducts: "insensitive" },
  accessLevelValueError: {
    ScanProvisionedProducts: "ValidationException",
    SearchProvisionedProducts: "InvalidParametersException",
  },
  tokenBoundToSort: false,
  tokenBoundToFilters: false,
  tokenBoundToAccessLevel: false,
  tokenBoundToOperation: false,
  unsortedPaging: { ScanProvisionedProducts: "aws-like" },
  errorTypeForm: "namespaced",
  errorMessageKey: "Message",
  errorTypeHeader: false,
  modelledErrorTypeForm: "namespaced",
  modelledErrorMessageKey: "message",
  modelledErrorTypeHeader: false,
  searchTermsCombine: "or",
  searchCaseSensitive: true,
  searchFieldMatch: "prefix",
  tagsTerm: "text",
  unknownSortBy: "ValidationException",
  unknownFilterKey: "ignore",
  mutationWhileUnderChange: "InvalidStateException",
  newProductsInSearch: "when-launched",
  provisionTokenReuse: "InvalidParametersException",
  provisionedNameInUse: "InvalidParametersException",
  failedProvisioningLeaves: "nothing",
} as const;

/** The artifact whose launch fails here (`--failing-artifact`). */
export const CONTRARIAN_FAILING_ARTIFACT = "pa-contrarian-fails";

/** Page tokens live this long here. */
const CONTRARIAN_TOKEN_SECONDS = 8;

const MAX_PAGE = { ScanProvisionedProducts: 20, SearchProvisionedProducts: 100 } as const;
const FIELDS: Record<string, keyof ProvisionedProduct> = {
  arn: "Arn",
  createdTime: "CreatedTime",
  id: "Id",
  idempotencyToken: "IdempotencyToken",
  lastRecordId: "LastRecordId",
  name: "Name",
  productId: "ProductId",
  provisioningArtifactId: "ProvisioningArtifactId",
  status: "Status",
  tags: "Tags",
  type: "Type",
  userArn: "UserArn",
  userArnSession: "UserArnSession",
};

type Operation = keyof typeof MAX_PAGE;
type Input = {
  AccessLevelFilter?: { Key?: string; Value?: string };
  PageSize?: number;
  PageToken?: string;
  SortBy?: string;
  SortOrder?: string;
  Filters?: Record<string, unknown>;
};

class Refusal extends Error {
  constructor(
    readonly code:
      | "ValidationException"
      | "InvalidParametersException"
      | "InvalidStateException"
      | "ResourceNotFoundException",
    message: string,
  ) {
    super(message);
  }
}

/**
 * Provisioned products this target launched, and their records. A record moves one step at each DescribeRecord
 * (CREATED, IN_PROGRESS, SUCCEEDED), so its life is counted in polls, not in time.
 */
interface Launched {
  records: Map<string, { detail: Record<string, unknown>; reads: number; final: string; onEnd: () => void }>;
  tokens: Map<string, { request: string; recordId: string }>;
}

export interface ContrarianTarget {
  url: string;
  close(): Promise<void>;
}

/** Starts the target on a loopback port; every caller is `callerArn`. */
export async function startContrarianTarget(
  products: readonly ProvisionedProduct[],
  callerArn: string,
): Promise<ContrarianTarget> {
  const launched: Launched = { records: new Map(), tokens: new Map() };
  const own: ProvisionedProduct[] = [];
  const server = createServer((request, response) => {
    void answer(request, response, { seeded: products, own, launched }, callerArn);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface State {
  seeded: readonly ProvisionedProduct[];
  own: ProvisionedProduct[];
  launched: Launched;
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  state: State,
  callerArn: string,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  const operation = String(request.headers["x-amz-target"] ?? "").split(".")[1] as Operation;
  const headers = { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": crypto.randomUUID() };
  try {
    const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Input & Record<string, unknown>;
    const lifecycle = lifecycleAnswer(String(operation), input, state, callerArn);
    if (lifecycle !== undefined) {
      response.writeHead(200, headers).end(JSON.stringify(lifecycle));
      return;
    }
    if (operation !== "ScanProvisionedProducts" && operation !== "SearchProvisionedProducts") {
      throw new Refusal("ValidationException", "unknown operation");
    }
    // Search leaves out a product whose launch has not ended; Scan lists it.
    const own = state.own.filter(
      (p) => operation === "ScanProvisionedProducts" || p.LastSuccessfulProvisioningRecordId !== undefined,
    );
    const body = JSON.stringify(list(operation, input, [...state.seeded, ...own], callerArn));
    response.writeHead(200, headers).end(body);
  } catch (error) {
    const refusal =
      error instanceof Refusal ? error : new Refusal("ValidationException", `bad request: ${String(error)}`);
    const namespace =
      refusal.code === "ValidationException" ? "com.amazon.coral.validate" : "com.amazonaws.servicecatalog";
    // The modelled errors' message key is the contrarian's `message`, framework errors' `Message`.
    const key = refusal.code === "ValidationException" ? "Message" : "message";
    response
      .writeHead(400, headers)
      .end(JSON.stringify({ __type: `${namespace}#${refusal.code}`, [key]: refusal.message }));
  }
}

/**
 * ProvisionProduct, DescribeRecord, DescribeProvisionedProduct, UpdateProvisionedProduct and
 * TerminateProvisionedProduct, answering the lifecycle's open questions the other way from the fake's defaults:
 * a name in use and a token reused with other parameters are InvalidParametersException, a change while
 * UNDER_CHANGE is InvalidStateException. Undefined for any other operation.
 */
function lifecycleAnswer(
  operation: string,
  input: Record<string, unknown>,
  state: State,
  callerArn: string,
): Record<string, unknown> | undefined {
  const { own, launched } = state;
  const find = (id: unknown) => {
    const found = own.find((p) => p.Id === id);
    if (found === undefined) {
      throw new Refusal("ResourceNotFoundException", `no provisioned product ${String(id)}`);
    }
    return found;
  };
  const record = (product: ProvisionedProduct, type: string, onEnd: () => void, final = "SUCCEEDED") => {
    const recordId = `rec-c${launched.records.size + 1}`;
    const detail = { RecordId: recordId, RecordType: type, Status: "CREATED", ProvisionedProductId: product.Id };
    launched.records.set(recordId, { detail, reads: 0, final, onEnd });
    product.Status = "UNDER_CHANGE";
    product.LastRecordId = recordId;
    return { RecordDetail: detail };
  };
  switch (operation) {
    case "ProvisionProduct": {
      const token = String(input.ProvisionToken);
      const { ProvisionToken: _token, ...rest } = input;
      const request = JSON.stringify(rest);
      const earlier = launched.tokens.get(token);
      if (earlier !== undefined) {
        if (earlier.request !== request) {
          throw new Refusal("InvalidParametersException", "the token was used with other parameters");
        }
        return { RecordDetail: launched.records.get(earlier.recordId)?.detail };
      }
      const name = String(input.ProvisionedProductName);
      if (own.some((p) => p.Name === name)) {
        throw new Refusal("InvalidParametersException", `A stack named ${name} already exists`);
      }
      const id = `pp-c${own.length + 1}`;
      const product: ProvisionedProduct = {
        Id: id,
        Name: name,
        Arn: `arn:aws:servicecatalog:us-east-1:123456789012:stack/${name}/${id}`,
        CreatedTime: new Date(),
        Type: "CFN_STACK",
        IdempotencyToken: token,
        ProductId: String(input.ProductId),
        ProvisioningArtifactId: String(input.ProvisioningArtifactId),
        UserArnSession: callerArn,
      };
      own.push(product);
      // Its failing artifact's launch fails and leaves nothing behind.
      const fails = input.ProvisioningArtifactId === CONTRARIAN_FAILING_ARTIFACT;
      const answer = fails
        ? record(product, "PROVISION_PRODUCT", () => own.splice(own.indexOf(product), 1), "FAILED")
        : record(product, "PROVISION_PRODUCT", () => {
            product.Status = "AVAILABLE";
            product.LastSuccessfulProvisioningRecordId = product.LastRecordId;
          });
      launched.tokens.set(token, { request, recordId: String(answer.RecordDetail.RecordId) });
      return answer;
    }
    case "DescribeRecord": {
      const found = launched.records.get(String(input.Id));
      if (found === undefined) {
        throw new Refusal("ResourceNotFoundException", `no record ${String(input.Id)}`);
      }
      found.reads++;
      if (found.detail.Status === "CREATED") {
        found.detail.Status = "IN_PROGRESS";
      } else if (found.detail.Status === "IN_PROGRESS") {
        found.detail.Status = found.final;
        found.onEnd();
      }
      return { RecordDetail: found.detail };
    }
    case "ListRecordHistory": {
      // Its pages: 0 refused, over 20 clamped, the last page's token null.
      const size = input.PageSize === undefined ? 10 : Number(input.PageSize);
      if (size === 0) {
        throw new Refusal("ValidationException", "PageSize must be at least 1");
      }
      const records = [...launched.records.values()].map((record) => record.detail).reverse();
      const start = typeof input.PageToken === "string" ? Number(input.PageToken) : 0;
      const end = start + Math.min(size, 20);
      return { RecordDetails: records.slice(start, end), NextPageToken: end < records.length ? String(end) : null };
    }
    case "DescribeProvisionedProduct": {
      const product = find(input.Id);
      return { ProvisionedProductDetail: { ...product, CreatedTime: product.CreatedTime.getTime() / 1000 } };
    }
    case "UpdateProvisionedProduct":
    case "TerminateProvisionedProduct": {
      const product = find(input.ProvisionedProductId);
      if (product.Status === "UNDER_CHANGE") {
        throw new Refusal("InvalidStateException", `${product.Id} is UNDER_CHANGE`);
      }
      return operation === "UpdateProvisionedProduct"
        ? record(product, "UPDATE_PROVISIONED_PRODUCT", () => {
            product.Status = "AVAILABLE";
          })
        : record(product, "TERMINATE_PROVISIONED_PRODUCT", () => {
            own.splice(own.indexOf(product), 1);
          });
    }
    default:
      return undefined;
  }
}

let scanCalls = 0;

function list(
  operation: Operation,
  input: Input,
  products: readonly ProvisionedProduct[],
  callerArn: string,
): Record<string, unknown> {
  const size = pageSize(operation, input.PageSize);
  const level = accessLevel(operation, input.AccessLevelFilter);
  const role = /^arn:aws:sts::(\d+):assumed-role\/([^/]+)\//.exec(callerArn);
  const roleArn = role === null ? callerArn : `arn:aws:iam::${role[1]}:role/${role[2]}`;
  let visible = products.filter((p) =>
    level === "Account" ? true : level === "Role" ? p.UserArn === roleArn : p.UserArnSession === callerArn,
  );
  if (operation === "SearchProvisionedProducts") {
    visible = search(visible, input.Filters);
    visible = sorted(visible, input.SortBy, input.SortOrder);
  } else if (++scanCalls % 2 === 0) {
    // Scan's order turns round on every other call, so pages cut by offset repeat some products and skip others.
    visible = visible.reverse();
  }
  const start = input.PageToken ? offsetOf(input.PageToken) : 0;
  const page = visible.slice(start, start + size);
  const more = start + page.length < visible.length;
  const items = page.map((p) => {
    const { Tags, ...rest } = p;
    const item: Record<string, unknown> = { ...rest, CreatedTime: p.CreatedTime.getTime() / 1000 };
    if (operation === "SearchProvisionedProducts" && Tags !== undefined) {
      item.Tags = Tags;
    }
    return item;
  });
  const out: Record<string, unknown> = { ProvisionedProducts: items };
  if (operation === "SearchProvisionedProducts") {
    out.TotalResultsCount = visible.length;
  }
  out.NextPageToken = more
    ? Buffer.from(JSON.stringify({ at: start + page.length, issued: Date.now() })).toString("base64")
    : operation === "ScanProvisionedProducts"
      ? null
      : "";
  return out;
}

function pageSize(operation: Operation, requested: number | undefined): number {
  const max = MAX_PAGE[operation];
  if (requested === undefined) {
    return CONTRARIAN_ANSWERS.defaultPageSize[operation];
  }
  if (requested < 0) {
    throw new Refusal("ValidationException", "PageSize must not be negative");
  }
  if (requested === 0) {
    if (operation === "ScanProvisionedProducts") {
      throw new Refusal("ValidationException", "PageSize must be at least 1");
    }
    return CONTRARIAN_ANSWERS.defaultPageSize[operation];
  }
  if (requested > max) {
    if (operation === "SearchProvisionedProducts") {
      throw new Refusal("ValidationException", `PageSize must be at most ${max}`);
    }
    return max;
  }
  return requested;
}

function accessLevel(operation: Operation, filter: Input["AccessLevelFilter"]): string {
  if (filter === undefined) {
    return CONTRARIAN_ANSWERS.defaultAccessLevel[operation];
  }
  const exact = operation === "ScanProvisionedProducts";
  const ok = exact ? filter.Value === "self" : filter.Value?.toLowerCase() === "self";
  if (!ok) {
    throw new Refusal(exact ? "ValidationException" : "InvalidParametersException", "only self is supported");
  }
  return filter.Key ?? "User";
}

function offsetOf(token: string): number {
  let parsed: { at?: unknown; issued?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, "base64").toString("utf8"));
  } catch {
    throw new Refusal("InvalidParametersException", "invalid page token");
  }
  if (typeof parsed?.at !== "number" || typeof parsed.issued !== "number") {
    throw new Refusal("InvalidParametersException", "invalid page token");
  }
  if (Date.now() - parsed.issued > CONTRARIAN_TOKEN_SECONDS * 1000) {
    throw new Refusal("InvalidParametersException", "page token expired");
  }
  return parsed.at;
}

/** Terms combine with OR, match case-sensitively, fields by prefix; `tags:` is text in a key or value. */
function search(products: ProvisionedProduct[], filters: Record<string, unknown> | undefined): ProvisionedProduct[] {
  const terms = Array.isArray(filters?.SearchQuery) ? (filters.SearchQuery as string[]).filter((t) => t !== "") : [];
  if (terms.length === 0) {
    return products;
  }
  const texts = (p: ProvisionedProduct, member: keyof ProvisionedProduct): string[] => {
    const value = p[member];
    if (value instanceof Date) {
      return [value.toISOString()];
    }
    if (Array.isArray(value)) {
      return value.flatMap((tag) => [tag.Key ?? "", tag.Value ?? ""]);
    }
    return typeof value === "string" ? [value] : [];
  };
  const matches = (p: ProvisionedProduct, term: string): boolean => {
    const colon = term.indexOf(":");
    const member = colon > 0 ? FIELDS[term.slice(0, colon)] : undefined;
    if (member === undefined) {
      return Object.values(FIELDS).some((m) => texts(p, m).some((text) => text.includes(term)));
    }
    const value = term.slice(colon + 1);
    return texts(p, member).some((text) => text.startsWith(value));
  };
  return products.filter((p) => terms.some((term) => matches(p, term)));
}

function sorted(products: ProvisionedProduct[], sortBy: string | undefined, order: string | undefined) {
  if (sortBy === undefined) {
    return products;
  }
  const member = ["arn", "id", "name", "lastRecordId", "createdTime"].includes(sortBy) ? FIELDS[sortBy] : undefined;
  if (member === undefined) {
    throw new Refusal("ValidationException", `cannot sort by ${sortBy}`);
  }
  const key = (p: ProvisionedProduct) => {
    const value = p[member];
    return value instanceof Date ? value.getTime() : String(value ?? "");
  };
  const direction = order === "DESCENDING" ? -1 : 1;
  return [...products].sort((a, b) => (key(a) < key(b) ? -direction : key(a) > key(b) ? direction : 0));
}
