import {
  arnFormViolation,
  formatValidationMessage,
  type MemberTable,
  type ProvisionedProductAttribute,
  type ProvisionedProductDetail,
  type ServiceTables,
  type ShapeTable,
  serviceTables,
  validateDocument,
} from "@svccat/model";

/**
 * A provisioned product as the fake stores it: every member Search returns, plus Scan's `LaunchRoleArn`.
 * `Id`, `Name`, `Arn`, `CreatedTime` are required; the rest is optional as in the spec.
 * @public
 */
export type ProvisionedProduct = ProvisionedProductAttribute &
  Pick<ProvisionedProductDetail, "LaunchRoleArn"> &
  Required<Pick<ProvisionedProductAttribute, "Id" | "Name" | "Arn" | "CreatedTime">>;

/** A product the fake cannot keep; the message names the product, the member and the rule. @public */
export class StoreError extends Error {
  override readonly name = "StoreError";
}

/**
 * The earliest and latest `CreatedTime` a product may have. AWS Service Catalog became available on 2015-07-09, so
 * no answer of it holds an earlier time; the latest bound refuses times in milliseconds read as seconds (1.7e12 s
 * is the year 56,000, which boto3 cannot even parse) while leaving a test free to date products in the future.
 */
const CREATED_TIME_RANGE = {
  earliest: Date.parse("2015-07-09T00:00:00Z"),
  latest: Date.parse("2100-01-01T00:00:00Z"),
} as const;

/** The members a stored product may have: Search's item shape, then what Scan's item shape adds. */
const PRODUCT_MEMBERS: ReadonlyMap<string, { shape: string; member: MemberTable }> = productMembers(serviceTables);
const REQUIRED = ["Id", "Name", "Arn", "CreatedTime"] as const;

function productMembers(tables: ServiceTables): Map<string, { shape: string; member: MemberTable }> {
  const members = new Map<string, { shape: string; member: MemberTable }>();
  for (const shape of ["ProvisionedProductAttribute", "ProvisionedProductDetail"]) {
    const table = tables.shapes[shape];
    if (table?.type !== "structure") {
      throw new Error(`The shape tables have no structure named ${shape}`);
    }
    for (const [name, member] of Object.entries(table.members)) {
      if (!members.has(name)) {
        members.set(name, { shape, member });
      }
    }
  }
  return members;
}

/** Strict ISO 8601 date-time text with its offset: `2024-05-01T10:00:00Z`, `…T10:00:00.250+02:00`. */
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `CreatedTime` off the wire: ISO 8601 text with an offset, or epoch seconds, within `CREATED_TIME_RANGE`.
 * Returns the time or what is wrong with it.
 */
export function createdTimeFromJson(value: unknown): Date | string {
  if (typeof value === "number") {
    return Number.isFinite(value) ? inRange(new Date(value * 1000)) : "must be finite epoch seconds";
  }
  if (typeof value !== "string") {
    return "must be ISO 8601 text with an offset (2024-05-01T10:00:00Z) or epoch seconds";
  }
  const fields = ISO_WITH_OFFSET.exec(value);
  if (fields === null) {
    return `must be ISO 8601 text with an offset, such as 2024-05-01T10:00:00Z, or epoch seconds, not ${JSON.stringify(value.slice(0, 64))}`;
  }
  const [, year, month, day, hour, minute, second] = fields.map(Number) as number[];
  const daysInMonth = new Date(Date.UTC(year as number, month as number, 0)).getUTCDate();
  if (
    (month as number) < 1 ||
    (month as number) > 12 ||
    (day as number) < 1 ||
    (day as number) > daysInMonth ||
    (hour as number) > 23 ||
    (minute as number) > 59 ||
    (second as number) > 59
  ) {
    return `is not a date and time that exists: ${JSON.stringify(value)}`;
  }
  return inRange(new Date(value));
}

function inRange(date: Date): Date | string {
  const time = date.getTime();
  if (Number.isNaN(time) || time < CREATED_TIME_RANGE.earliest || time >= CREATED_TIME_RANGE.latest) {
    return `must lie from ${new Date(CREATED_TIME_RANGE.earliest).toISOString()} (Service Catalog's launch) to before ${new Date(CREATED_TIME_RANGE.latest).toISOString()}; ${Number.isNaN(time) ? "it is not a time" : `it is ${describeTime(time)}`} (epoch seconds, not milliseconds?)`;
  }
  return date;
}

function describeTime(time: number): string {
  const year = new Date(time).getUTCFullYear();
  return Number.isNaN(year) ? "beyond any calendar" : `in the year ${year}`;
}

/**
 * A product from JSON (a products file, the control API): `CreatedTime` as ISO 8601 text with an offset or epoch
 * seconds; everything else as the wire has it. Checked whole; throws `StoreError` naming `label`, the member and
 * the rule.
 */
export function productFromJson(item: unknown, label: string): ProvisionedProduct {
  const record = plainRecord(item, label);
  if (Object.hasOwn(record, "CreatedTime") && record.CreatedTime !== null) {
    const created = createdTimeFromJson(record.CreatedTime);
    if (typeof created === "string") {
      throw new StoreError(`${label}${idOf(record)}: CreatedTime ${created}`);
    }
    record.CreatedTime = created;
  }
  return checkedProduct(record, label);
}

/**
 * A product as the store keeps it, checked against the spec's output shapes of a provisioned product: no member
 * the shapes lack, no nulls, every member's JSON type, length, pattern and enum from the tables, the ARN forms the
 * spec records, `CreatedTime` a `Date` in `CREATED_TIME_RANGE`, and `Id`, `Name`, `Arn`, `CreatedTime` present.
 * Returns a frozen copy; throws `StoreError` naming `label`, the member and the rule.
 */
export function checkedProduct(product: unknown, label: string): Readonly<ProvisionedProduct> {
  const record = plainRecord(product, label);
  const where = `${label}${idOf(record)}`;
  for (const name of Object.keys(record)) {
    if (!PRODUCT_MEMBERS.has(name)) {
      throw new StoreError(
        `${where}: ${JSON.stringify(name.slice(0, 64))} is not a member of a provisioned product (members: ${[...PRODUCT_MEMBERS.keys()].join(", ")})`,
      );
    }
    if (record[name] === null || record[name] === undefined) {
      // AWS leaves an absent member out; a JSON null is no value any answer holds.
      if (record[name] === null) {
        throw new StoreError(`${where}: ${name} is null; leave a member out instead`);
      }
      delete record[name];
    }
  }
  for (const name of REQUIRED) {
    if (!Object.hasOwn(record, name)) {
      throw new StoreError(`${where}: ${name} is required`);
    }
  }
  const created = record.CreatedTime;
  if (!(created instanceof Date)) {
    throw new StoreError(`${where}: CreatedTime must be a Date, not ${typeof created}`);
  }
  const ranged = inRange(created);
  if (typeof ranged === "string") {
    throw new StoreError(`${where}: CreatedTime ${ranged}`);
  }
  // Each member against its own shape's table, CreatedTime as the epoch seconds the wire carries.
  for (const shape of ["ProvisionedProductAttribute", "ProvisionedProductDetail"]) {
    const document: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(record)) {
      if (PRODUCT_MEMBERS.get(name)?.shape === shape) {
        document[name] = name === "CreatedTime" ? created.getTime() / 1000 : value;
      }
    }
    if (Object.keys(document).length === 0) {
      // Nothing of this shape's own (Scan's LaunchRoleArn is the only member the second adds): nothing to check.
      continue;
    }
    const result = validateDocument(serviceTables, shape, document);
    if (!result.ok) {
      const detail =
        result.kind === "ValidationException" ? formatValidationMessage(result.violations) : result.issue.message;
      throw new StoreError(`${where} does not fit the spec: ${detail}`);
    }
  }
  for (const [name, value] of Object.entries(record)) {
    const unknown = unknownMemberIn((PRODUCT_MEMBERS.get(name) as { member: MemberTable }).member.target, value, name);
    if (unknown !== undefined) {
      throw new StoreError(`${where}: ${unknown}`);
    }
  }
  for (const [name, { member }] of PRODUCT_MEMBERS) {
    const value = record[name];
    if (member.arn !== undefined && typeof value === "string") {
      const problem = arnFormViolation(member.arn, value, record);
      if (problem !== undefined) {
        throw new StoreError(`${where}: ${name} ${problem}`);
      }
    }
  }
  const stored = { ...record, CreatedTime: new Date(created.getTime()) } as ProvisionedProduct;
  if (stored.Tags !== undefined) {
    stored.Tags = Object.freeze(stored.Tags.map((tag) => Object.freeze({ Key: tag.Key, Value: tag.Value }))) as never;
  }
  return Object.freeze(stored);
}

/**
 * The first member below `value` that its structure in the tables does not have, as `path has "name"`; the
 * validator ignores such members, as AWS ignores them in a request, but no answer of AWS holds one. The walk
 * follows the tables (a member's shape, a list's element, a map's value), so it goes no deeper than they do.
 */
function unknownMemberIn(shapeName: string, value: unknown, path: string): string | undefined {
  const shape = Object.hasOwn(serviceTables.shapes, shapeName)
    ? (serviceTables.shapes as Readonly<Record<string, ShapeTable>>)[shapeName]
    : undefined;
  if (value === null || typeof value !== "object" || shape === undefined) {
    return undefined;
  }
  switch (shape.type) {
    case "structure": {
      for (const [name, member] of Object.entries(value)) {
        if (!Object.hasOwn(shape.members, name)) {
          const members = Object.keys(shape.members).join(", ");
          return `${path} has ${JSON.stringify(name.slice(0, 64))}, which is not a member of ${shapeName} (${members})`;
        }
        const found = unknownMemberIn((shape.members[name] as MemberTable).target, member, `${path}.${name}`);
        if (found !== undefined) {
          return found;
        }
      }
      return undefined;
    }
    case "list":
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const found = unknownMemberIn(shape.member.target, value[i], `${path}[${i}]`);
          if (found !== undefined) {
            return found;
          }
        }
      }
      return undefined;
    case "map":
      for (const [key, entry] of Object.entries(value)) {
        const found = unknownMemberIn(shape.value.target, entry, `${path}.${key}`);
        if (found !== undefined) {
          return found;
        }
      }
      return undefined;
    default:
      return undefined;
  }
}

/** A copy without a prototype, so that member names from outside are only data. */
/** A JSON object as a prototype-free copy (its member names are data); refused naming `label` otherwise. */
export function plainRecord(value: unknown, label: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new StoreError(`${label} is not an object`);
  }
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}

function idOf(record: Record<string, unknown>): string {
  return typeof record.Id === "string" ? ` (Id '${record.Id.slice(0, 100)}')` : "";
}
