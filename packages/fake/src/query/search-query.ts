import type { QueryTable } from "@svccat/model";
import type { FakeSettings } from "../state/settings.js";
import type { ProvisionedProduct } from "../state/store.js";

/**
 * SearchQuery terms, as the fake reads them (AWS documents the field names, not the matching rules; see the
 * package README, "Search rules"):
 * - `field:value`, where `field` is one of the spec's searchable fields (exact spelling), matches that field;
 *   whitespace around the field and around the value means nothing (AWS's own landing-zone accelerator searches
 *   `physicalId: <account>` and relies on the answer); anything else, including a term whose text before the first `:` is not a field, is free text and matches when
 *   any searchable field matches it.
 * - `tags:key=value` matches a tag with that key and value; `tags:text` a tag whose key or value matches
 *   (`tagsTerm` reads `tags:` as text only, or as no field).
 * - `createdTime` is matched as its ISO 8601 text (`createdTime:2024-05` finds May 2024).
 * - Matching is case-insensitive containment by default (`searchCaseSensitive`, `searchFieldMatch` change it);
 *   free text always matches by containment. Terms combine with AND (`searchTermsCombine`).
 * - Empty terms are ignored; no terms match everything.
 */
export interface SearchTerm {
  /** The member searched, or undefined for free text. */
  member: string | undefined;
  field: string | undefined;
  value: string;
  /** For `tags:key=value`. */
  tagKey?: string;
}

export type Matcher = (product: Readonly<ProvisionedProduct>) => boolean;

export function parseTerms(
  terms: readonly string[],
  query: QueryTable,
  tagsTerm: FakeSettings["tagsTerm"] = "key-value",
): SearchTerm[] {
  const parsed: SearchTerm[] = [];
  for (const raw of terms) {
    const term = raw.trim();
    if (term === "") {
      continue;
    }
    const colon = term.indexOf(":");
    const field = colon > 0 ? term.slice(0, colon).trimEnd() : undefined;
    // Field names come off the wire: only the table's own keys are fields (`constructor:x` is free text).
    const known = field !== undefined && Object.hasOwn(query.fields, field) ? query.fields[field] : undefined;
    const member = known === "Tags" && tagsTerm === "none" ? undefined : known;
    if (field === undefined || member === undefined) {
      parsed.push({ member: undefined, field: undefined, value: term });
      continue;
    }
    const value = term.slice(colon + 1).trimStart();
    if (member === "Tags" && tagsTerm === "key-value") {
      const equals = value.indexOf("=");
      if (equals > 0) {
        parsed.push({
          member,
          field,
          value: value.slice(equals + 1).trimStart(),
          tagKey: value.slice(0, equals).trimEnd(),
        });
        continue;
      }
    }
    parsed.push({ member, field, value });
  }
  return parsed;
}

const asIs = (text: string): string => text;
const lowerCase = (text: string): string => text.toLowerCase();

export function compileMatcher(terms: readonly SearchTerm[], query: QueryTable, settings: FakeSettings): Matcher {
  if (terms.length === 0) {
    return () => true;
  }
  const caseSensitive = settings.searchCaseSensitive;
  const fold = caseSensitive ? asIs : lowerCase;
  const searchable = [...new Set(Object.values(query.fields))];
  // A tester gets a text already folded, and its needle is folded once per query.
  const tester = (mode: FakeSettings["searchFieldMatch"], needle: string) => {
    switch (mode) {
      case "exact":
        return (text: string) => text === needle;
      case "prefix":
        return (text: string) => text.startsWith(needle);
      default:
        return (text: string) => text.includes(needle);
    }
  };
  const matchers = terms.map((term): Matcher => {
    const needle = fold(term.value);
    if (term.member === undefined) {
      const test = tester("contains", needle);
      return (product) => searchable.some((member) => someText(product, member, caseSensitive, test));
    }
    const test = tester(settings.searchFieldMatch, needle);
    if (term.tagKey !== undefined) {
      const key = fold(term.tagKey);
      return (product) =>
        (product.Tags ?? []).some((tag) => fold(tag.Key ?? "") === key && test(fold(tag.Value ?? "")));
    }
    const member = term.member;
    return (product) => someText(product, member, caseSensitive, test);
  });
  if (settings.searchTermsCombine === "or") {
    return (product) => matchers.some((match) => match(product));
  }
  return (product) => matchers.every((match) => match(product));
}

/**
 * Whether any text a member offers to a search passes `test`, folded unless the search is case-sensitive: a string
 * as is, a time as ISO 8601, each tag's key and value. Runs for every stored product on a search after a write, so
 * it builds no arrays.
 */
function someText(
  product: Readonly<ProvisionedProduct>,
  member: string,
  caseSensitive: boolean,
  test: (text: string) => boolean,
): boolean {
  const value = (product as unknown as Record<string, unknown>)[member];
  if (value === undefined || value === null) {
    return false;
  }
  const fold = caseSensitive ? asIs : lowerCase;
  if (typeof value === "string") {
    return test(fold(value));
  }
  if (value instanceof Date) {
    return test(fold(value.toISOString()));
  }
  if (Array.isArray(value)) {
    return value.some(
      (tag: { Key?: string; Value?: string }) => test(fold(tag.Key ?? "")) || test(fold(tag.Value ?? "")),
    );
  }
  return test(fold(String(value)));
}
