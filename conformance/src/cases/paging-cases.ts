import type { FakeSettings } from "@svccat/fake";
import { type OperationInput, type OperationName, pageSizeRange, serviceTables } from "@svccat/model";
import {
  ACCOUNT,
  type ConformanceCase,
  describeOutcome,
  expectError,
  FIRST_BY_NAME,
  failed,
  notChecked,
  observed,
  pageOf,
  passed,
  reliableOrder,
  SCAN,
  SEARCH,
  traverse,
} from "../case.js";

const USER = { Key: "User", Value: "self" } as const;

const OPERATIONS: OperationName[] = [SCAN, SEARCH];
/**
 * The operations whose page cutting is observed: the listings, and the record history, which pages what any caller
 * may list with no Id to name (the other short lists need a product or a record of the account). Its default page
 * size is not observed: an account need not have more records than a page holds.
 */
const PAGED: OperationName[] = [...OPERATIONS, "ListRecordHistory"];
const short = (operation: OperationName) => operation.replace("ProvisionedProducts", "").toLowerCase();

/** The largest page an operation allows, from the tables. */
function pageSizeMax(operation: OperationName): number {
  return pageSizeRange(serviceTables, operation).max;
}

/** Hand-written paging and token cases: what the tables cannot say. */
export function pagingCases(): ConformanceCase[] {
  return [
    {
      id: "paging/search-sorted-traversal",
      title: "Search sorted by createdTime returns every product exactly once, and as many as TotalResultsCount",
      run: async (context) => {
        const first = await context.call(SEARCH, { ...ACCOUNT, PageSize: 1 });
        if (!first.ok) {
          return failed("a first page", describeOutcome(first));
        }
        const total = Number(first.output.TotalResultsCount ?? 0);
        if (total < 3) {
          return notChecked(`the account has ${total} provisioned products; paging needs at least 3`);
        }
        const pageSize = Math.max(1, Math.min(25, Math.floor(total / 3)));
        const run = await traverse(context, SEARCH, { ...ACCOUNT, SortBy: "createdTime", PageSize: pageSize });
        if (run.error !== undefined) {
          return failed("every page answered", `page ${run.pages + 1}: ${describeOutcome(run.error)}`);
        }
        const unique = new Set(run.ids);
        if (unique.size !== run.ids.length) {
          const repeated = run.ids.filter((id, i) => run.ids.indexOf(id) !== i);
          return failed(
            "each product once",
            `${run.ids.length - unique.size} repeated, e.g. ${repeated.slice(0, 3).join(", ")}`,
          );
        }
        if (run.ids.length !== total) {
          return failed(`${total} products (TotalResultsCount)`, `${run.ids.length} over ${run.pages} pages`);
        }
        if (context.knownProducts !== undefined) {
          const expected = new Set(context.knownProducts.map((p) => p.Id));
          const missing = [...expected].filter((id) => !unique.has(id));
          const extra = [...unique].filter((id) => !expected.has(id));
          if (missing.length > 0 || extra.length > 0) {
            return failed(
              `exactly the ${expected.size} products of the account`,
              `${missing.length} missing (${missing.slice(0, 3).join(", ")}), ${extra.length} unexpected`,
            );
          }
        }
        return passed(`${run.ids.length} products over ${run.pages} pages of ${pageSize}`);
      },
    },
    {
      id: "observe/scan-unsorted-paging",
      title:
        "Whether Scan's pages (which cannot be sorted) repeat and skip products, as AWS documents for unsorted Search",
      observes: "unsortedPaging",
      run: async (context) => {
        const run = await traverse(context, SCAN, { ...ACCOUNT, PageSize: 7 });
        if (run.error !== undefined) {
          return failed("every page answered", `page ${run.pages + 1}: ${describeOutcome(run.error)}`);
        }
        if (run.pages < 2) {
          return notChecked(`only ${run.ids.length} products: one page`);
        }
        const unique = new Set(run.ids);
        const repeated = run.ids.length - unique.size;
        // A product of the account that no page held was skipped; only a target whose products are known can tell.
        const skipped = (context.knownProducts ?? []).filter((product) => !unique.has(product.Id)).length;
        const seen =
          repeated === 0 && skipped === 0
            ? "no product repeated or skipped"
            : `${repeated} of ${run.ids.length} items repeated, ${skipped} skipped`;
        return observed(
          "unsortedPaging",
          { [SCAN]: repeated === 0 && skipped === 0 ? "stable" : "aws-like" },
          `${run.ids.length} items over ${run.pages} pages: ${seen}`,
        );
      },
    },
    ...OPERATIONS.map(
      (operation): ConformanceCase => ({
        id: `paging/${short(operation)}-page-size-respected`,
        title: `${operation}: no page is larger than PageSize, and a full page is exactly PageSize`,
        run: async (context) => {
          const run = await traverse(context, operation, { ...ACCOUNT, PageSize: 3 }, 6);
          if (run.error !== undefined) {
            return failed("every page answered", describeOutcome(run.error));
          }
          const over = run.pageSizes.find((size) => size > 3);
          if (over !== undefined) {
            return failed("at most 3 items a page (PageSize 3)", `a page of ${over}`);
          }
          if (run.pages < 2) {
            return notChecked(`only ${run.ids.length} products: cannot see a second page`);
          }
          const short = run.pageSizes.slice(0, -1).find((size) => size !== 3);
          if (short !== undefined) {
            return failed("3 items on every page but the last", `pages of ${run.pageSizes.join(", ")}`);
          }
          return passed(`pages of ${run.pageSizes.join(", ")}`);
        },
      }),
    ),
    ...OPERATIONS.map(
      (operation): ConformanceCase => ({
        id: `paging/${short(operation)}-max-page-size`,
        title: `${operation}: the maximum PageSize (${pageSizeMax(operation)}) is accepted and filled when there are enough products`,
        run: async (context) => {
          const max = pageSizeMax(operation);
          const outcome = await context.call(operation, { ...ACCOUNT, PageSize: max });
          if (!outcome.ok) {
            return failed(`a page of up to ${max}`, describeOutcome(outcome));
          }
          const page = pageOf(operation, outcome.output);
          const size = page.items.length;
          if (size > max) {
            return failed(`at most ${max} items`, `${size}`);
          }
          if (page.nextToken !== undefined && size !== max) {
            return failed(`a full page of ${max} when more follow`, `${size} items and a NextPageToken`);
          }
          // Where the suite knows the products, it knows the page must be full, and whether more follow.
          const known = context.knownProducts?.length;
          if (known !== undefined) {
            const want = Math.min(known, max);
            const more = known > max;
            if (size !== want || (page.nextToken !== undefined) !== more) {
              return failed(
                `${want} items ${more ? "and" : "without"} a NextPageToken (${known} products)`,
                `${size} items ${page.nextToken === undefined ? "without" : "and"} a NextPageToken`,
              );
            }
            return passed(`${size} of ${known} products`);
          }
          if (page.nextToken === undefined) {
            return notChecked(`only ${size} products: the page cannot be full`);
          }
          return passed(`${size} items`);
        },
      }),
    ),
    {
      id: "paging/search-total-constant",
      title: "Search: TotalResultsCount is the same on every page and equals the number of products seen",
      run: async (context) => {
        const run = await traverse(context, SEARCH, { ...ACCOUNT, SortBy: "name", PageSize: 40 });
        if (run.error !== undefined) {
          return failed("every page answered", describeOutcome(run.error));
        }
        const totals = [...new Set(run.totals)];
        if (totals.length !== 1) {
          return failed("one TotalResultsCount on every page", `${totals.join(", ")}`);
        }
        if (totals[0] !== run.ids.length) {
          return failed(`TotalResultsCount = products seen (${run.ids.length})`, `${totals[0]}`);
        }
        return passed(`${run.ids.length} over ${run.pages} pages`);
      },
    },
    ...PAGED.map(
      (operation): ConformanceCase => ({
        id: `observe/${short(operation)}-last-page-token`,
        title: `${operation}: how the last page's NextPageToken looks on the wire (absent, null or "")`,
        observes: "lastPageToken",
        run: async (context) => {
          const run = await traverse(
            context,
            operation,
            { ...ACCOUNT, ...reliableOrder(operation), PageSize: pageSizeMax(operation) },
            50,
          );
          if (run.error !== undefined) {
            return failed("every page answered", describeOutcome(run.error));
          }
          if (run.lastToken === "string") {
            return notChecked("the listing did not end within 50 pages");
          }
          return observed(
            "lastPageToken",
            { [operation]: run.lastToken },
            `the last of ${run.pages} pages has NextPageToken ${run.lastToken}`,
          );
        },
      }),
    ),
    ...OPERATIONS.map(
      (operation): ConformanceCase => ({
        id: `observe/${short(operation)}-default-page-size`,
        title: `${operation}: how many items a page holds when PageSize is left out`,
        observes: "defaultPageSize",
        run: async (context) => {
          const outcome = await context.call(operation, { ...ACCOUNT });
          if (!outcome.ok) {
            return failed("a page", describeOutcome(outcome));
          }
          const page = pageOf(operation, outcome.output);
          const size = page.items.length;
          if (page.nextToken === undefined) {
            return notChecked(`all ${size} products fit on one page; the default page size is larger`);
          }
          return observed("defaultPageSize", { [operation]: size }, `a page of ${size} when PageSize is left out`);
        },
      }),
    ),
    ...PAGED.map(
      (operation): ConformanceCase => ({
        id: `observe/${short(operation)}-zero-page-size`,
        title: `${operation}: whether PageSize 0 means the default page size or is refused`,
        observes: "zeroPageSize",
        run: async (context) => {
          const zero = await context.call(operation, { ...ACCOUNT, PageSize: 0 });
          if (!zero.ok) {
            return zero.fromService && zero.name === "ValidationException"
              ? observed("zeroPageSize", { [operation]: "refused" }, describeOutcome(zero))
              : notChecked(`PageSize 0 answered ${describeOutcome(zero)}, neither a page nor a ValidationException`);
          }
          const omitted = await context.call(operation, { ...ACCOUNT });
          if (!omitted.ok) {
            return failed("a page without PageSize", describeOutcome(omitted));
          }
          const sizes = [pageOf(operation, zero.output).items.length, pageOf(operation, omitted.output).items.length];
          return sizes[0] === sizes[1]
            ? observed("zeroPageSize", { [operation]: "default" }, `a page of ${sizes[0]}, as without PageSize`)
            : notChecked(`PageSize 0 gave ${sizes[0]} items, PageSize left out ${sizes[1]}: no setting says that`);
        },
      }),
    ),
    ...PAGED.map(
      (operation): ConformanceCase => ({
        id: `observe/${short(operation)}-page-size-over-maximum`,
        title: `${operation}: whether a PageSize over the maximum (${pageSizeMax(operation)}) is refused or clamped`,
        observes: "pageSizeOverMaximum",
        run: async (context) => {
          const max = pageSizeMax(operation);
          const outcome = await context.call(operation, { ...ACCOUNT, PageSize: max + 1 });
          if (!outcome.ok) {
            return outcome.fromService && outcome.name === "ValidationException"
              ? observed("pageSizeOverMaximum", { [operation]: "refused" }, describeOutcome(outcome))
              : notChecked(`PageSize ${max + 1} answered ${describeOutcome(outcome)}`);
          }
          const size = pageOf(operation, outcome.output).items.length;
          return size <= max
            ? observed("pageSizeOverMaximum", { [operation]: "clamped" }, `a page of ${size}`)
            : failed(`at most ${max} items`, `${size}`);
        },
      }),
    ),
    {
      id: "tokens/garbage",
      title: "A PageToken the service never issued is an InvalidParametersException",
      run: async (context) => {
        const outcome = await context.call(SEARCH, { ...ACCOUNT, PageToken: "svccat-not-a-token" });
        return expectError(outcome, "InvalidParametersException");
      },
    },
    {
      id: "tokens/tampered",
      title: "An issued PageToken with one character changed is an InvalidParametersException",
      run: async (context) => {
        const first = await context.call(SEARCH, FIRST_BY_NAME);
        const token = first.ok ? first.output.NextPageToken : undefined;
        if (typeof token !== "string" || token.length < 4) {
          return notChecked("no page token to tamper with (fewer than 2 products)");
        }
        const at = Math.floor(token.length / 2);
        const tampered = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`;
        const outcome = await context.call(SEARCH, { ...FIRST_BY_NAME, PageToken: tampered });
        return expectError(outcome, "InvalidParametersException");
      },
    },
    ...(
      [
        ["sort", "tokenBoundToSort", "another sort order", { SortBy: "createdTime" }],
        ["filters", "tokenBoundToFilters", "other Filters", { Filters: { SearchQuery: ["status:AVAILABLE"] } }],
        ["access-level", "tokenBoundToAccessLevel", "another access level", { AccessLevelFilter: USER }],
      ] satisfies Array<[string, keyof FakeSettings, string, OperationInput<typeof SEARCH>]>
    ).map(
      ([part, setting, what, change]): ConformanceCase => ({
        id: `observe/token-bound-to-${part}`,
        title: `Whether a Search PageToken can be reused with ${what}`,
        observes: setting,
        run: async (context) => {
          const first = await context.call(SEARCH, FIRST_BY_NAME);
          const token = first.ok ? first.output.NextPageToken : undefined;
          if (typeof token !== "string") {
            return notChecked("no page token (fewer than 2 products)");
          }
          const outcome = await context.call(SEARCH, { ...FIRST_BY_NAME, ...change, PageToken: token });
          if (!outcome.ok && !(outcome.fromService && outcome.status === 400)) {
            return notChecked(`the reuse answered ${describeOutcome(outcome)}`);
          }
          return observed(
            setting,
            !outcome.ok,
            outcome.ok ? `accepted with ${what}` : `refused with ${what}: ${outcome.name}`,
          );
        },
      }),
    ),
    {
      id: "observe/scan-token-on-search",
      title: "Whether a Scan PageToken is accepted by Search",
      observes: "tokenBoundToOperation",
      run: async (context) => {
        const first = await context.call(SCAN, { ...ACCOUNT, PageSize: 1 });
        const token = first.ok ? first.output.NextPageToken : undefined;
        if (typeof token !== "string") {
          return notChecked("no Scan page token (fewer than 2 products)");
        }
        const outcome = await context.call(SEARCH, { ...ACCOUNT, PageSize: 1, PageToken: token });
        if (!outcome.ok && !(outcome.fromService && outcome.status === 400)) {
          return notChecked(`Search answered ${describeOutcome(outcome)}`);
        }
        return observed(
          "tokenBoundToOperation",
          !outcome.ok,
          outcome.ok ? "Search accepted a Scan token" : `Search refused a Scan token: ${outcome.name}`,
        );
      },
    },
  ];
}

/** The shortest time the token-lifetime case holds its token before reusing it, unless a run says otherwise. */
export const DEFAULT_TOKEN_HOLD_SECONDS = 5;

/** Cases that run after every other: how long the page token the runner took at the start still works. */
export function lastCases(): ConformanceCase[] {
  return [
    {
      id: "observe/token-lifetime",
      title: "Whether a Search PageToken taken at the start of the run still works at its end",
      observes: "tokenTtlSeconds",
      run: async (context) => {
        const held = context.heldToken;
        if (held === undefined) {
          return notChecked("no page token was taken at the start (fewer than 2 products)");
        }
        // A quick run (a fake) still holds the token a few seconds, so that a lifetime recorded from it (below)
        // is shorter than any run's hold: the fake that loads it refuses the held token as the target did.
        const wait = held.holdSeconds * 1000 - (Date.now() - held.issuedAt);
        if (wait > 0) {
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
        const age = (Date.now() - held.issuedAt) / 1000;
        const outcome = await context.call(SEARCH, { ...held.input, PageToken: held.token });
        if (outcome.ok) {
          // Accepted: it lives at least this long, which is all a run can tell; the fake keeps tokens for ever.
          return observed("tokenTtlSeconds", null, `accepted ${age.toFixed(1)} s after it was issued`);
        }
        if (!(outcome.fromService && outcome.status === 400)) {
          return notChecked(`the reuse answered ${describeOutcome(outcome)}`);
        }
        // Refused: it lived less than its age. Record a lifetime below both the age and the shortest hold, so
        // that the fake loading it refuses a token held through any run.
        const lifetime = Math.max(1, Math.min(Math.floor(age) - 1, held.holdSeconds - 1));
        return observed(
          "tokenTtlSeconds",
          lifetime,
          `refused ${age.toFixed(1)} s after it was issued (${outcome.name}); recorded as ${lifetime} s`,
        );
      },
    },
  ];
}
