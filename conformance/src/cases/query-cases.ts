import type { ProvisionedProduct } from "@svccat/fake";
import { type AccessLevelFilterKey, type OperationInput, pageSizeRange, serviceTables } from "@svccat/model";
import {
  ACCOUNT,
  type CaseContext,
  type CaseResult,
  type ConformanceCase,
  describeOutcome,
  failed,
  notChecked,
  observed,
  passed,
  SCAN,
  SEARCH,
  traverse,
} from "../case.js";

type Item = Pick<ProvisionedProduct, "Id" | "Name" | "Status"> & { CreatedTime?: Date };

/** Counts what Search finds for an input (TotalResultsCount), or the outcome when it fails. */
async function count(context: CaseContext, input: OperationInput<typeof SEARCH>): Promise<number | string> {
  const outcome = await context.call(SEARCH, { ...input, PageSize: 1 });
  return outcome.ok ? Number(outcome.output.TotalResultsCount ?? 0) : describeOutcome(outcome);
}

async function ids(context: CaseContext, input: OperationInput<typeof SEARCH>): Promise<string[] | string> {
  const run = await traverse(context, SEARCH, { ...input, PageSize: 100 }, 20);
  return run.error === undefined ? run.ids : describeOutcome(run.error);
}

/** Runs a search case on a product of the target's own (the account's first by name), or says there is none. */
async function withSample(context: CaseContext, run: (item: Sample) => Promise<CaseResult>): Promise<CaseResult> {
  const outcome = await context.call(SEARCH, { ...ACCOUNT, SortBy: "name", PageSize: 1 });
  const item = outcome.ok ? outcome.output.ProvisionedProducts?.[0] : undefined;
  if (item?.Id === undefined || item.Name === undefined || item.Status === undefined) {
    return notChecked("no product to search for");
  }
  return run({ Id: item.Id, Name: item.Name, Status: item.Status });
}

type Sample = Required<Pick<Item, "Id" | "Name" | "Status">>;

/** A case that searches with terms made from a product of the target's and expects to find that product. */
function findsCase(id: string, title: string, terms: (item: Sample) => string[]): ConformanceCase {
  return {
    id,
    title,
    run: (context) =>
      withSample(context, async (item) => {
        const found = await ids(context, searchFor(terms(item)));
        return typeof found !== "string" && found.includes(item.Id)
          ? passed(`${found.length} found`)
          : failed(
              `${item.Id} among the results`,
              typeof found === "string" ? found : `${found.length} results without it`,
            );
      }),
  };
}

function searchFor(terms: string[], extra: OperationInput<typeof SEARCH> = {}): OperationInput<typeof SEARCH> {
  return { ...ACCOUNT, Filters: { SearchQuery: terms }, ...extra };
}

/** Hand-written cases for access levels and SearchQuery. */
export function queryCases(): ConformanceCase[] {
  return [
    {
      id: "access/hierarchy",
      title: "Access levels nest: User sees no more than Role, Role no more than Account",
      run: async (context) => {
        const user = await count(context, { AccessLevelFilter: { Key: "User", Value: "self" } });
        const role = await count(context, { AccessLevelFilter: { Key: "Role", Value: "self" } });
        const account = await count(context, ACCOUNT);
        if (typeof user === "string" || typeof role === "string" || typeof account === "string") {
          return failed("a count at each level", `User: ${user}; Role: ${role}; Account: ${account}`);
        }
        return user <= role && role <= account
          ? passed(`User ${user} ≤ Role ${role} ≤ Account ${account}`)
          : failed("User ≤ Role ≤ Account", `User ${user}, Role ${role}, Account ${account}`);
      },
    },
    {
      id: "access/known-sets",
      title: "Each access level sees exactly the products it should (targets whose products the suite knows)",
      run: async (context) => {
        if (context.knownProducts === undefined || context.callerArn === undefined) {
          return notChecked("the suite does not know this target's products");
        }
        const arn = context.callerArn;
        const expected = {
          User: context.knownProducts.filter((p) => (p.UserArnSession ?? p.UserArn) === arn),
          Account: context.knownProducts,
        };
        for (const [level, products] of Object.entries(expected) as Array<
          [AccessLevelFilterKey, ProvisionedProduct[]]
        >) {
          const seen = await ids(context, { AccessLevelFilter: { Key: level, Value: "self" } });
          if (typeof seen === "string") {
            return failed(`the ${level} listing`, seen);
          }
          const want = products.map((p) => p.Id).sort();
          if (JSON.stringify([...seen].sort()) !== JSON.stringify(want)) {
            return failed(`${want.length} products at ${level} level`, `${seen.length}`);
          }
        }
        return passed(`User ${expected.User.length}, Account ${expected.Account.length}`);
      },
    },
    {
      id: "access/value-not-self",
      title: "An AccessLevelFilter value other than self is refused with a 400",
      run: async (context) => {
        const outcome = await context.call(SEARCH, { AccessLevelFilter: { Key: "Account", Value: "everyone" } });
        return !outcome.ok && outcome.fromService && outcome.status === 400
          ? passed(outcome.name)
          : failed("a 400 error", describeOutcome(outcome));
      },
    },
    {
      id: "observe/self-case",
      title: "Whether AccessLevelFilter accepts Self (as older docs write it) as well as self",
      observes: "selfValueCase",
      run: async (context) => {
        const outcome = await context.call(SEARCH, {
          AccessLevelFilter: { Key: "Account", Value: "Self" },
          PageSize: 1,
        });
        return observed(
          "selfValueCase",
          outcome.ok ? "insensitive" : "exact",
          outcome.ok ? "Self accepted" : `Self refused: ${outcome.name}`,
        );
      },
    },
    ...([SCAN, SEARCH] as const).map(
      (operation): ConformanceCase => ({
        id: `observe/${operation.replace("ProvisionedProducts", "").toLowerCase()}-default-access-level`,
        title: `${operation}: the access level when no AccessLevelFilter is given`,
        observes: "defaultAccessLevel",
        run: async (context) => {
          const listing = async (input: OperationInput<typeof operation>) => {
            const run = await traverse(
              context,
              operation,
              { ...input, PageSize: pageSizeRange(serviceTables, operation).max },
              30,
            );
            return run.error === undefined ? new Set(run.ids).size : -1;
          };
          const none = await listing({});
          const user = await listing({ AccessLevelFilter: { Key: "User", Value: "self" } });
          const account = await listing(ACCOUNT);
          if (none < 0 || user < 0 || account < 0) {
            return failed("three listings", "one of them failed");
          }
          if (user === account) {
            return notChecked(`User and Account levels see the same ${user} products; the default cannot be told`);
          }
          const level = none === user ? "User" : none === account ? "Account" : "Role";
          return observed(
            "defaultAccessLevel",
            { [operation]: level },
            `no filter: ${none}; User: ${user}; Account: ${account}`,
          );
        },
      }),
    ),
    findsCase("search/field-value", "Search name:<a product's name> finds that product", (item) => [
      `name:${item.Name}`,
    ]),
    findsCase("search/free-text", "Search with a product's id as free text finds that product", (item) => [item.Id]),
    findsCase("search/several-terms", "Search with name:<name> and status:<its status> finds the product", (item) => [
      `name:${item.Name}`,
      `status:${item.Status}`,
    ]),
    {
      id: "observe/search-terms-combine",
      title: "Whether several SearchQuery terms must all match (and) or any (or)",
      observes: "searchTermsCombine",
      run: (context) =>
        withSample(context, async (item) => {
          const other = ["AVAILABLE", "ERROR"].find((status) => status !== item.Status) as string;
          const found = await ids(context, searchFor([`name:${item.Name}`, `status:${other}`]));
          if (typeof found === "string") {
            return failed("a search result", found);
          }
          return observed(
            "searchTermsCombine",
            found.includes(item.Id) ? "or" : "and",
            `name:${item.Name} with status:${other} ${found.includes(item.Id) ? "finds" : "does not find"} it`,
          );
        }),
    },
    {
      id: "observe/search-case",
      title: "Whether SearchQuery matching is case-sensitive (status:<lower case>)",
      observes: "searchCaseSensitive",
      run: (context) =>
        withSample(context, async (item) => {
          const found = await ids(context, searchFor([`name:${item.Name}`, `status:${item.Status.toLowerCase()}`]));
          if (typeof found === "string") {
            return failed("a search result", found);
          }
          return observed(
            "searchCaseSensitive",
            !found.includes(item.Id),
            `status:${item.Status.toLowerCase()} ${found.includes(item.Id) ? "finds" : "misses"} it`,
          );
        }),
    },
    {
      id: "observe/search-field-match",
      title: "Whether name:<part of a name> matches by containment, prefix or only exactly",
      observes: "searchFieldMatch",
      run: (context) =>
        withSample(context, async (item) => {
          if (item.Name.length < 6) {
            return notChecked("no product with a name long enough");
          }
          const prefix = await ids(context, searchFor([`name:${item.Name.slice(0, -2)}`]));
          const middle = await ids(context, searchFor([`name:${item.Name.slice(2, -2)}`]));
          if (typeof prefix === "string" || typeof middle === "string") {
            return failed("search results", `${prefix} / ${middle}`);
          }
          const value = middle.includes(item.Id) ? "contains" : prefix.includes(item.Id) ? "prefix" : "exact";
          return observed(
            "searchFieldMatch",
            value,
            `a prefix ${prefix.includes(item.Id) ? "finds" : "misses"} it, a middle part ${middle.includes(item.Id) ? "finds" : "misses"} it`,
          );
        }),
    },
    ...(
      [
        ["name", "ASCENDING"],
        ["name", "DESCENDING"],
        ["createdTime", "ASCENDING"],
        ["createdTime", "DESCENDING"],
      ] as const
    ).map(
      ([sortBy, order]): ConformanceCase => ({
        id: `search/sort-${sortBy}-${order.toLowerCase()}`,
        title: `Search SortBy ${sortBy} ${order} returns products in that order across pages`,
        run: async (context) => {
          const keys: Array<string | number> = [];
          let token: string | undefined;
          for (let page = 0; page < 5; page++) {
            const outcome = await context.call(SEARCH, {
              ...ACCOUNT,
              SortBy: sortBy,
              SortOrder: order,
              PageSize: 20,
              ...(token === undefined ? {} : { PageToken: token }),
            });
            if (!outcome.ok) {
              return failed("pages", describeOutcome(outcome));
            }
            for (const item of outcome.output.ProvisionedProducts ?? []) {
              keys.push(sortBy === "name" ? (item.Name ?? "") : (item.CreatedTime?.getTime() ?? 0));
            }
            token = outcome.output.NextPageToken;
            if (!token) {
              break;
            }
          }
          if (keys.length < 2) {
            return notChecked("fewer than 2 products");
          }
          const sign = order === "ASCENDING" ? 1 : -1;
          const wrong = keys.findIndex((key, i) => i > 0 && compare(keys[i - 1] as string | number, key) * sign > 0);
          return wrong < 0
            ? passed(`${keys.length} products in order`)
            : failed(
                `${order.toLowerCase()} ${sortBy}`,
                `${JSON.stringify(keys[wrong - 1])} before ${JSON.stringify(keys[wrong])}`,
              );
        },
      }),
    ),
    {
      id: "observe/unknown-sort-by",
      title: "What Search does with a SortBy outside the documented fields",
      observes: "unknownSortBy",
      run: async (context) => {
        const outcome = await context.call(SEARCH, { ...ACCOUNT, SortBy: "colour", PageSize: 1 });
        return observed("unknownSortBy", outcome.ok ? "ignore" : "error", describeOutcome(outcome));
      },
    },
  ];
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
