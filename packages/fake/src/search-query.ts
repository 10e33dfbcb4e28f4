import type { QueryTable } from "@svccat/model";
import type { FakeSettings } from "./settings.js";
import type { ProvisionedProduct } from "./store.js";

/**
 * SearchQuery terms, as the fake reads them (AWS documents the field names, not the matching rules; see the
 * package README, "Search rules"):
 * - `field:value`, where `field` is one of the spec's searchable fields (exact spelling), matches that field;
 *   anything else, including a term whose text before the first `:` is not a field, is free text and matches when
 *   any searchable field matches it.
 * - `tags:key=value` matches a tag with that key and value; `tags:text` a tag whose key or value matches.
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

export function parseTerms(terms: readonly string[], query: QueryTable): SearchTerm[] {
  const parsed: SearchTerm[] = [];
  for (const raw of terms) {
    const term = raw.trim();
    if (term === "") {
      continue;
    }
    const colon = term.indexOf(":");
    const field = colon > 0 ? term.slice(0, colon) : undefined;
    const member = field === undefined ? undefined : query.fields[field];
    if (field === undefined || member === undefined) {
      parsed.push({ member: undefined, field: undefined, value: term });
      continue;
    }
    const value = term.slice(colon + 1);
    if (member === "Tags") {
      const equals = value.indexOf("=");
      if (equals > 0) {
        parsed.push({ member, field, value: value.slice(equals + 1), tagKey: value.slice(0, equals) });
        continue;
      }
    }
    parsed.push({ member, field, value });
  }
  return parsed;
}

export function compileMatcher(terms: readonly SearchTerm[], query: QueryTable, settings: FakeSettings): Matcher {
  if (terms.length === 0) {
    return () => true;
  }
  const fold = settings.searchCaseSensitive ? (text: string) => text : (text: string) => text.toLowerCase();
  const searchable = [...new Set(Object.values(query.fields))];
  const compare = (mode: FakeSettings["searchFieldMatch"]) => {
    return (haystack: string, needle: string): boolean => {
      const h = fold(haystack);
      switch (mode) {
        case "exact":
          return h === needle;
        case "prefix":
          return h.startsWith(needle);
        default:
          return h.includes(needle);
      }
    };
  };
  const fieldMatch = compare(settings.searchFieldMatch);
  const freeMatch = compare("contains");
  const matchers = terms.map((term): Matcher => {
    const needle = fold(term.value);
    if (term.member === undefined) {
      return (product) => searchable.some((member) => textsOf(product, member).some((text) => freeMatch(text, needle)));
    }
    if (term.tagKey !== undefined) {
      const key = fold(term.tagKey);
      return (product) =>
        (product.Tags ?? []).some((tag) => fold(tag.Key ?? "") === key && fieldMatch(tag.Value ?? "", needle));
    }
    const member = term.member;
    return (product) => textsOf(product, member).some((text) => fieldMatch(text, needle));
  });
  if (settings.searchTermsCombine === "or") {
    return (product) => matchers.some((match) => match(product));
  }
  return (product) => matchers.every((match) => match(product));
}

/** The texts a member offers to a search: a string as is, a time as ISO 8601, each tag's key and value. */
function textsOf(product: Readonly<ProvisionedProduct>, member: string): string[] {
  const value = (product as unknown as Record<string, unknown>)[member];
  if (value === undefined || value === null) {
    return [];
  }
  if (value instanceof Date) {
    return [value.toISOString()];
  }
  if (Array.isArray(value)) {
    return value.flatMap((tag: { Key?: string; Value?: string }) => [tag.Key ?? "", tag.Value ?? ""]);
  }
  return [String(value)];
}
