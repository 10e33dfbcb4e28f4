import { type OperationName, pageSizeRange, serviceTables } from "@svccat/model";
import {
  ACCOUNT,
  type ConformanceCase,
  describeOutcome,
  failed,
  notChecked,
  observed,
  pageOf,
  passed,
  SCAN,
  SEARCH,
  traverse,
} from "../case.js";

const OPERATIONS: OperationName[] = [SCAN, SEARCH];
const short = (operation: OperationName) => operation.replace("ProvisionedProducts", "").toLowerCase();

/** The largest page an operation allows, from the tables. */
export function pageSizeMax(operation: OperationName): number {
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
      id: "paging/scan-traversal",
      title:
        "Scan pages through the caller's products; duplicates (which AWS documents for unsorted paging) are reported",
      observes: true,
      run: async (context) => {
        const run = await traverse(context, SCAN, { ...ACCOUNT, PageSize: 7 });
        if (run.error !== undefined) {
          return failed("every page answered", `page ${run.pages + 1}: ${describeOutcome(run.error)}`);
        }
        if (run.pages < 2) {
          return notChecked(`only ${run.ids.length} products: one page`);
        }
        const repeated = run.ids.length - new Set(run.ids).size;
        const seen = repeated === 0 ? "no product repeated" : `${repeated} of ${run.ids.length} items repeated`;
        return observed(undefined, seen, `${run.ids.length} items over ${run.pages} pages: ${seen}`);
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
    ...OPERATIONS.map(
      (operation): ConformanceCase => ({
        id: `observe/${short(operation)}-last-page-token`,
        title: `${operation}: how the last page's NextPageToken looks on the wire (absent, null or "")`,
        observes: "lastPageToken",
        run: async (context) => {
          const run = await traverse(context, operation, { ...ACCOUNT, PageSize: pageSizeMax(operation) }, 50);
          if (run.error !== undefined) {
            return failed("every page answered", describeOutcome(run.error));
          }
          if (run.lastToken === "string") {
            return notChecked("the listing did not end within 50 pages");
          }
          return observed(
            "lastPageToken",
            run.lastToken,
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
    {
      id: "tokens/garbage",
      title: "A PageToken the service never issued is refused with a 400",
      run: async (context) => {
        const outcome = await context.call(SEARCH, { ...ACCOUNT, PageToken: "svccat-not-a-token" });
        return !outcome.ok && outcome.fromService && outcome.status === 400
          ? passed(`${outcome.name}`)
          : failed("a 400 error", describeOutcome(outcome));
      },
    },
    {
      id: "tokens/tampered",
      title: "An issued PageToken with one character changed is refused with a 400",
      run: async (context) => {
        const first = await context.call(SEARCH, { ...ACCOUNT, SortBy: "name", PageSize: 1 });
        const token = first.ok ? first.output.NextPageToken : undefined;
        if (typeof token !== "string" || token.length < 4) {
          return notChecked("no page token to tamper with (fewer than 2 products)");
        }
        const at = Math.floor(token.length / 2);
        const tampered = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`;
        const outcome = await context.call(SEARCH, { ...ACCOUNT, SortBy: "name", PageSize: 1, PageToken: tampered });
        return !outcome.ok && outcome.fromService && outcome.status === 400
          ? passed(`${outcome.name}`)
          : failed("a 400 error", describeOutcome(outcome));
      },
    },
    {
      id: "observe/token-bound-to-query",
      title: "Whether a Search PageToken can be reused with another sort order",
      observes: "tokenBoundToQuery",
      run: async (context) => {
        const first = await context.call(SEARCH, { ...ACCOUNT, SortBy: "name", PageSize: 1 });
        const token = first.ok ? first.output.NextPageToken : undefined;
        if (typeof token !== "string") {
          return notChecked("no page token (fewer than 2 products)");
        }
        const outcome = await context.call(SEARCH, {
          ...ACCOUNT,
          SortBy: "createdTime",
          PageSize: 1,
          PageToken: token,
        });
        return observed(
          "tokenBoundToQuery",
          !outcome.ok,
          outcome.ok ? "accepted with another SortBy" : `refused with another SortBy: ${outcome.name}`,
        );
      },
    },
    {
      id: "observe/scan-token-on-search",
      title: "Whether a Scan PageToken is accepted by Search",
      observes: true,
      run: async (context) => {
        const first = await context.call(SCAN, { ...ACCOUNT, PageSize: 1 });
        const token = first.ok ? first.output.NextPageToken : undefined;
        if (typeof token !== "string") {
          return notChecked("no Scan page token (fewer than 2 products)");
        }
        const outcome = await context.call(SEARCH, { ...ACCOUNT, PageSize: 1, PageToken: token });
        return observed(undefined, outcome.ok ? "accepted" : outcome.name, describeOutcome(outcome));
      },
    },
  ];
}
