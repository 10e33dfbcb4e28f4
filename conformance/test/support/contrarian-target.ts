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
  lastPageToken: { ScanProvisionedProducts: "null", SearchProvisionedProducts: "empty" },
  defaultPageSize: { ScanProvisionedProducts: 10, SearchProvisionedProducts: 50 },
  zeroPageSize: { ScanProvisionedProducts: "refused", SearchProvisionedProducts: "default" },
  pageSizeOverMaximum: { ScanProvisionedProducts: "clamped", SearchProvisionedProducts: "refused" },
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
} as const;

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
    readonly code: "ValidationException" | "InvalidParametersException",
    message: string,
  ) {
    super(message);
  }
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
  const server = createServer((request, response) => {
    void answer(request, response, products, callerArn);
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

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  products: readonly ProvisionedProduct[],
  callerArn: string,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  const operation = String(request.headers["x-amz-target"] ?? "").split(".")[1] as Operation;
  const headers = { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": crypto.randomUUID() };
  try {
    if (operation !== "ScanProvisionedProducts" && operation !== "SearchProvisionedProducts") {
      throw new Refusal("ValidationException", "unknown operation");
    }
    const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Input;
    const body = JSON.stringify(list(operation, input, products, callerArn));
    response.writeHead(200, headers).end(body);
  } catch (error) {
    const refusal =
      error instanceof Refusal ? error : new Refusal("ValidationException", `bad request: ${String(error)}`);
    const namespace =
      refusal.code === "ValidationException" ? "com.amazon.coral.validate" : "com.amazonaws.servicecatalog";
    const key = refusal.code === "ValidationException" ? "Message" : "message";
    response
      .writeHead(400, headers)
      .end(JSON.stringify({ __type: `${namespace}#${refusal.code}`, [key]: refusal.message }));
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
