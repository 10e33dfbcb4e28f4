import type { AccessLevelFilterKey, ProvisionedProductAttribute } from "@svccat/model";
import { FakeServiceError } from "../core/wire-errors.js";
import type { Caller } from "../state/principals.js";

/**
 * What an access level lets a caller see, for everything scoped by one: the listings' products and the record
 * history's records alike.
 */

/** Who owns a scoped thing: its account (from its ARN), and the role or user and the session that made it. */
export type AccessScoped = Readonly<Pick<ProvisionedProductAttribute, "Arn" | "UserArn" | "UserArnSession">> & {
  readonly Arn: string;
};

/**
 * The level an `AccessLevelFilter` asks for, `fallback` without one; its `Value` must be `self` (in any case unless
 * `exactSelf`), else `valueError` names what is supported.
 */
export function requestedAccessLevel(
  filter: { readonly Key?: AccessLevelFilterKey; readonly Value?: string } | undefined,
  fallback: AccessLevelFilterKey,
  rules: { readonly exactSelf: boolean; readonly valueError: string },
): AccessLevelFilterKey {
  if (filter !== undefined) {
    const value = filter.Value;
    const ok = rules.exactSelf ? value === "self" : value?.toLowerCase() === "self";
    if (!ok) {
      const message = `AccessLevelFilter value '${value ?? ""}' is not supported; the only supported value is 'self'`;
      throw new FakeServiceError(rules.valueError, message);
    }
  }
  return filter?.Key ?? fallback;
}

/** Whether a caller sees a scoped thing at a level: its account's (Account), its role's (Role), its own (User). */
export function scopeFilter(level: AccessLevelFilterKey, caller: Caller): (scoped: AccessScoped) => boolean {
  switch (level) {
    case "Account":
      return (scoped) => inAccount(scoped.Arn, caller.accountId);
    case "Role":
      // An IAM user has no role: at Role level it sees what it launched, as at User level.
      if (caller.roleArn !== undefined) {
        const role = caller.roleArn;
        return (scoped) => scoped.UserArn === role && inAccount(scoped.Arn, caller.accountId);
      }
      return (scoped) => launchedBy(scoped, caller);
    default:
      return (scoped) => launchedBy(scoped, caller);
  }
}

function launchedBy(scoped: AccessScoped, caller: Caller): boolean {
  return (scoped.UserArnSession ?? scoped.UserArn) === caller.arn;
}

/**
 * Whether an ARN (`arn:partition:service:region:account:…`) is in `account`. Every stored product is tested on
 * every query after a write, so this reads the ARN in place rather than splitting it.
 */
export function inAccount(arn: string, account: string): boolean {
  let start = 0;
  for (let colons = 0; colons < 4; colons++) {
    const at = arn.indexOf(":", start);
    if (at === -1) {
      return false;
    }
    start = at + 1;
  }
  const end = start + account.length;
  return arn.startsWith(account, start) && (end === arn.length || arn[end] === ":");
}
