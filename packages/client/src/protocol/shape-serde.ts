import type { TimestampFormat } from "@svccat/model";
import type { WireShape, WireTables } from "./wire-tables.js";

/** Turns a value of a shape into its awsJson1_1 form, or back. */
export type Converter = (value: unknown) => unknown;

/** Writing an input for the wire, or reading an output off it. */
type Direction = "read" | "write";

const identity: Converter = (value) => value;

/**
 * Converters compiled once per shape from the tables, so that a 100-item page costs one pass over the data and no
 * table lookups. Shapes whose subtree holds nothing to convert still copy only modelled members: the SDK drops
 * unknown members on the way in and out, and so do we.
 */
export class ShapeSerde {
  private readonly writers = new Map<string, Converter>();
  private readonly readers = new Map<string, Converter>();

  constructor(private readonly tables: WireTables) {}

  /** Input → JSON-ready value: undefined and null members dropped, members in model order, Dates as epoch seconds. */
  writer(shapeName: string): Converter {
    return this.compile(shapeName, "write");
  }

  /** Parsed JSON → output: unknown members ignored, epoch seconds (fractional too) as `Date`. */
  reader(shapeName: string): Converter {
    return this.compile(shapeName, "read");
  }

  private compile(shapeName: string, direction: Direction): Converter {
    const cache = direction === "read" ? this.readers : this.writers;
    const cached = cache.get(shapeName);
    if (cached !== undefined) {
      return cached;
    }
    // Placeholder first, so that a recursive shape refers to its own converter through the cache.
    let compiled: Converter = identity;
    const lazy: Converter = (value) => compiled(value);
    cache.set(shapeName, lazy);
    const shape = Object.hasOwn(this.tables.shapes, shapeName) ? this.tables.shapes[shapeName] : undefined;
    // A shape without an entry is a scalar (a string, enum, number or boolean): it travels as it is.
    compiled = shape === undefined ? identity : this.build(shape, direction);
    cache.set(shapeName, compiled);
    return compiled;
  }

  private build(shape: WireShape, direction: Direction): Converter {
    switch (shape.type) {
      case "structure": {
        const members = Object.entries(shape.members).map(
          ([name, target]) => [name, this.compile(target, direction)] as const,
        );
        const copy: Converter = (value) => {
          const source = value as Record<string, unknown>;
          const out: Record<string, unknown> = {};
          for (const [name, convert] of members) {
            const member = source[name];
            if (member !== undefined && member !== null) {
              out[name] = convert === identity ? member : convert(member);
            }
          }
          return out;
        };
        if (direction === "write") {
          // Inputs belong to the caller: always copy.
          return copy;
        }
        // A parsed response belongs to us. When it has only modelled, non-null members (the usual case), convert
        // the few that need it where they are instead of building a copy of every object of a 100-item page.
        const known = new Set(members.map(([name]) => name));
        const converting = members.filter(([, convert]) => convert !== identity);
        return (value) => {
          const source = value as Record<string, unknown>;
          for (const key in source) {
            if (!known.has(key) || source[key] === null) {
              return copy(source);
            }
          }
          for (const [name, convert] of converting) {
            const member = source[name];
            if (member !== undefined) {
              source[name] = convert(member);
            }
          }
          return source;
        };
      }
      case "list": {
        const convert = this.compile(shape.member, direction);
        const copy: Converter = (value) => {
          const out: unknown[] = [];
          for (const item of value as unknown[]) {
            if (item !== undefined && item !== null) {
              out.push(convert === identity ? item : convert(item));
            }
          }
          return out;
        };
        if (direction === "write") {
          return copy;
        }
        // A parsed list without nulls (the usual case) is converted where it is, as structures are.
        return (value) => {
          const items = value as unknown[];
          if (items.includes(null)) {
            return copy(items);
          }
          if (convert !== identity) {
            for (let i = 0; i < items.length; i++) {
              items[i] = convert(items[i]);
            }
          }
          return items;
        };
      }
      case "map": {
        const convert = this.compile(shape.value, direction);
        return (value) => {
          const out: Record<string, unknown> = {};
          for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
            if (entry !== undefined && entry !== null) {
              out[key] = convert === identity ? entry : convert(entry);
            }
          }
          return out;
        };
      }
      case "timestamp":
        return direction === "read" ? readTimestamp(shape.timestampFormat) : writeTimestamp(shape.timestampFormat);
    }
  }
}

function writeTimestamp(format: TimestampFormat): Converter {
  return (value) => {
    const date = value instanceof Date ? value : new Date(value as string | number);
    if (format === "epoch-seconds") {
      return date.getTime() / 1000;
    }
    return format === "http-date" ? date.toUTCString() : date.toISOString();
  };
}

function readTimestamp(format: TimestampFormat): Converter {
  return (value) => {
    if (typeof value === "number") {
      return new Date(Math.round(value * 1000));
    }
    if (
      format === "epoch-seconds" &&
      typeof value === "string" &&
      value.trim() !== "" &&
      !Number.isNaN(Number(value))
    ) {
      return new Date(Math.round(Number(value) * 1000));
    }
    return new Date(value as string);
  };
}
