import type { ProvisionedProduct } from "@svccat/fake";
import {
  type AccessLevelFilterKey,
  type OperationInput,
  type OperationName,
  pageSizeRange,
  serviceTables,
} from "@svccat/model";
import {
  ACCOUNT,
  type CaseContext,
  type CaseResult,
  type ConformanceCase,
  describeOutcome,
  FIRST_BY_NAME,
  failed,
  notChecked,
  observed,
  passed,
  reliableOrder,
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
  const run = await traverse(context, SEARCH, { ...reliableOrder(SEARCH), ...input, PageSize: 100 }, 20);
  return run.error === undefined ? run.ids : describeOutcome(run.error);
}

/** Runs a search case on a product of the target's own (the account's first by name), or says there is none. */
async function withSample(context: CaseContext, run: (item: Sample) => Promise<CaseResult>): Promise<CaseResult> {
  const outcome = await context.call(SEARCH, FIRST_BY_NAME);
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
        // Written apart from the fake's scope rules, from the documented meaning of each level.
        const arn = context.callerArn;
        const launchedByCaller = (p: ProvisionedProduct) => (p.UserArnSession ?? p.UserArn) === arn;
        const role = roleOf(arn);
        const expected = {
          User: context.knownProducts.filter(launchedByCaller),
          Role: context.knownProducts.filter((p) => (role === undefined ? launchedByCaller(p) : p.UserArn === role)),
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
        return passed(`User ${expected.User.length}, Role ${expected.Role.length}, Account ${expected.Account.length}`);
      },
    },
    ...([SCAN, SEARCH] as const).map(
      (operation): ConformanceCase => ({
        id: `access/${short(operation)}-value-not-self`,
        title: `${operation}: an AccessLevelFilter value other than self is refused as invalid input`,
        run: async (context) => {
          const outcome = await context.call(operation, { AccessLevelFilter: { Key: "Account", Value: "everyone" } });
          return !outcome.ok && INPUT_ERRORS.includes(outcome.name) && outcome.status === 400
            ? passed(outcome.name)
            : failed(INPUT_ERRORS.join(" or "), describeOutcome(outcome));
        },
      }),
    ),
    ...([SCAN, SEARCH] as const).map(
      (operation): ConformanceCase => ({
        id: `observe/${short(operation)}-access-level-value-error`,
        title: `${operation}: which error refuses an AccessLevelFilter value other than self`,
        observes: "accessLevelValueError",
        run: async (context) => {
          const outcome = await context.call(operation, { AccessLevelFilter: { Key: "Account", Value: "everyone" } });
          return !outcome.ok && INPUT_ERRORS.includes(outcome.name)
            ? observed("accessLevelValueError", { [operation]: outcome.name }, describeOutcome(outcome))
            : notChecked(`answered ${describeOutcome(outcome)}`);
        },
      }),
    ),
    ...([SCAN, SEARCH] as const).map(
      (operation): ConformanceCase => ({
        id: `observe/${short(operation)}-self-case`,
        title: `${operation}: whether AccessLevelFilter accepts Self (as older docs write it) as well as self`,
        observes: "selfValueCase",
        run: async (context) => {
          const outcome = await context.call(operation, {
            AccessLevelFilter: { Key: "Account", Value: "Self" },
            PageSize: 1,
          });
          if (!outcome.ok && !INPUT_ERRORS.includes(outcome.name)) {
            return notChecked(`answered ${describeOutcome(outcome)}`);
          }
          return observed(
            "selfValueCase",
            { [operation]: outcome.ok ? "insensitive" : "exact" },
            outcome.ok ? "Self accepted" : `Self refused: ${outcome.name}`,
          );
        },
      }),
    ),
    ...([SCAN, SEARCH] as const).map(
      (operation): ConformanceCase => ({
        id: `observe/${operation.replace("ProvisionedProducts", "").toLowerCase()}-default-access-level`,
        title: `${operation}: the access level when no AccessLevelFilter is given`,
        observes: "defaultAccessLevel",
        run: async (context) => {
          const listing = async (on: OperationName, input: OperationInput<typeof operation>) => {
            const run = await traverse(
              context,
              on,
              { ...reliableOrder(on), ...input, PageSize: pageSizeRange(serviceTables, on).max },
              30,
            );
            return run.error === undefined ? new Set(run.ids) : undefined;
          };
          const none = await listing(operation, {});
          // Each level's products from Search sorted as AWS advises: a target whose unsorted pages repeat and skip
          // (Scan cannot sort) still shows each level whole.
          const levels = {
            User: await listing(SEARCH, { AccessLevelFilter: { Key: "User", Value: "self" } }),
            Role: await listing(SEARCH, { AccessLevelFilter: { Key: "Role", Value: "self" } }),
            Account: await listing(SEARCH, ACCOUNT),
          };
          if (none === undefined || Object.values(levels).includes(undefined)) {
            return failed("four listings", "one of them failed");
          }
          // The default is the smallest level that holds every product the unfiltered listing saw; a listing whose
          // pages skip products still sees some that a smaller level lacks.
          const holding = (Object.keys(levels) as AccessLevelFilterKey[])
            .filter((level) => [...none].every((id) => (levels[level] as Set<string>).has(id)))
            .sort((a, b) => (levels[a] as Set<string>).size - (levels[b] as Set<string>).size);
          const smallest = holding[0];
          const matching = holding.filter(
            (level) =>
              smallest !== undefined && (levels[level] as Set<string>).size === (levels[smallest] as Set<string>).size,
          );
          const sizes = Object.entries(levels)
            .map(([level, list]) => `${level}: ${(list as Set<string>).size}`)
            .join("; ");
          if (matching.length !== 1) {
            return notChecked(
              matching.length === 0
                ? `no filter sees a set no level sees (${sizes})`
                : `${matching.join(", ")} see the same products; the default cannot be told (${sizes})`,
            );
          }
          return observed(
            "defaultAccessLevel",
            { [operation]: matching[0] },
            `no filter sees ${none.size} products, all within what ${matching[0]} sees (${sizes})`,
          );
        },
      }),
    ),
    findsCase("search/field-value", "Search name:<a product's name> finds that product", (item) => [
      `name:${item.Name}`,
    ]),
    // AWS's landing-zone accelerator searches `physicalId: ${accountId}` and relies on what it finds.
    findsCase(
      "search/field-value-spaced",
      "Search name: <name>, a space after the colon, finds that product",
      (item) => [`name: ${item.Name}`],
    ),
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
          // One term, so that how terms combine cannot hide the answer.
          const found = await ids(context, searchFor([`status:${item.Status.toLowerCase()}`]));
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
    ...(
      [
        ["unknown-sort-by", "unknownSortBy", "a SortBy outside the documented fields", { SortBy: "colour" }],
        [
          "unknown-filter-key",
          "unknownFilterKey",
          "a Filters key other than SearchQuery",
          { Filters: { Colour: ["red"] } },
        ],
      ] as const
    ).map(
      ([id, setting, what, input]): ConformanceCase => ({
        id: `observe/${id}`,
        title: `What Search does with ${what}: which error refuses it, or whether it is ignored`,
        observes: setting,
        run: async (context) => {
          const outcome = await context.callUnchecked(SEARCH, { ...ACCOUNT, ...input, PageSize: 1 });
          if (!outcome.ok && !INPUT_ERRORS.includes(outcome.name)) {
            return notChecked(`answered ${describeOutcome(outcome)}`);
          }
          return observed(setting, outcome.ok ? "ignore" : outcome.name, describeOutcome(outcome));
        },
      }),
    ),
    {
      id: "observe/tags-term",
      title: "How Search reads tags: terms (tags:key=value, tags:text, or not a field)",
      observes: "tagsTerm",
      run: async (context) => {
        const run = await context.call(SEARCH, { ...ACCOUNT, ...reliableOrder(SEARCH), PageSize: 100 });
        const item = run.ok
          ? run.output.ProvisionedProducts?.find((p) =>
              p.Tags?.some((t) => t.Key && t.Value && !/[=:]/.test(`${t.Key}${t.Value}`)),
            )
          : undefined;
        const tag = item?.Tags?.find((t) => t.Key && t.Value && !/[=:]/.test(`${t.Key}${t.Value}`));
        if (item?.Id === undefined || tag?.Key === undefined || tag.Value === undefined) {
          return notChecked("no tagged product among the first 100");
        }
        const pair = await ids(context, searchFor([`tags:${tag.Key}=${tag.Value}`]));
        const text = await ids(context, searchFor([`tags:${tag.Value}`]));
        if (typeof pair === "string" || typeof text === "string") {
          return failed("search results", `${pair} / ${text}`);
        }
        const value = pair.includes(item.Id) ? "key-value" : text.includes(item.Id) ? "text" : "none";
        return observed(
          "tagsTerm",
          value,
          `tags:${tag.Key}=${tag.Value} ${pair.includes(item.Id) ? "finds" : "misses"} it, tags:${tag.Value} ${text.includes(item.Id) ? "finds" : "misses"} it`,
        );
      },
    },
  ];
}

/** The codes a service answers invalid input with: the model's own, or Coral's framework validation. */
const INPUT_ERRORS: readonly string[] = ["InvalidParametersException", "ValidationException"];

const short = (operation: string) => operation.replace("ProvisionedProducts", "").toLowerCase();

/** The IAM role of an assumed-role session ARN (`arn:aws:sts::1:assumed-role/R/s` → `arn:aws:iam::1:role/R`). */
function roleOf(arn: string): string | undefined {
  const match = /^arn:([^:]+):sts::(\d+):assumed-role\/([^/]+)\//.exec(arn);
  return match === null ? undefined : `arn:${match[1]}:iam::${match[2]}:role/${match[3]}`;
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
