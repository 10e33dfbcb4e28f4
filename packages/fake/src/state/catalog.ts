import {
  formatValidationMessage,
  type LaunchPath,
  type ProductViewSummary,
  type ProvisioningArtifact,
  type RecordOutput,
  serviceTables,
  validateDocument,
} from "@svccat/model";
import { createdTimeFromJson, plainRecord, StoreError } from "./product-shape.js";

/**
 * A product of the catalog, as a test seeds it: the spec's `ProductViewSummary` members (all but `Id`, which is
 * the view's and made from the product's), its provisioning artifacts, and the launch paths through which it may
 * be launched. An artifact may declare the outputs a product launched from it will have.
 * @public
 */
export interface CatalogProduct extends Omit<ProductViewSummary, "Id" | "ProductId" | "Name"> {
  Id: string;
  Name: string;
  ProvisioningArtifacts: CatalogArtifact[];
  /** The launch paths (portfolios) that share it; one made from the product's Id when none is given. */
  LaunchPaths?: LaunchPath[];
}

/** A provisioning artifact (a version) of a catalog product. @public */
export interface CatalogArtifact extends Omit<ProvisioningArtifact, "Id" | "Name" | "CreatedTime"> {
  Id: string;
  Name: string;
  CreatedTime?: Date;
  /** The outputs a provisioned product launched or updated from it has (GetProvisionedProductOutputs). */
  Outputs?: RecordOutput[];
}

/** The members the spec's shapes give each part, and what the catalog adds. */
const PRODUCT_MEMBERS = membersOf(
  "ProductViewSummary",
  ["Id", "ProductId"],
  ["Id", "ProvisioningArtifacts", "LaunchPaths"],
);
const ARTIFACT_MEMBERS = membersOf("ProvisioningArtifact", [], ["Outputs"]);

/**
 * The products a fake's callers may launch. Every write is checked first and applied whole or not at all; reads
 * hand out copies. Lookups go through `Map`s: an Id or name off the wire is data, never a property name.
 * @public
 */
export class ProductCatalog {
  private readonly products = new Map<string, Readonly<CatalogProduct>>();

  constructor(initial: readonly CatalogProduct[] = []) {
    this.add(initial);
  }

  /** Adds products; throws `StoreError` (adding none) when one is malformed or an Id or name is taken. */
  add(products: CatalogProduct | readonly CatalogProduct[]): void {
    const list = Array.isArray(products) ? products : [products as CatalogProduct];
    const checked = list.map((product, index) => checkedCatalogProduct(product, `products[${index}]`));
    const ids = new Set(this.products.keys());
    const names = new Set([...this.products.values()].map((product) => product.Name));
    for (const product of checked) {
      if (ids.has(product.Id)) {
        throw new StoreError(`the catalog already has a product with Id '${product.Id}'`);
      }
      if (names.has(product.Name)) {
        throw new StoreError(`the catalog already has a product named '${product.Name}'`);
      }
      ids.add(product.Id);
      names.add(product.Name);
    }
    for (const product of checked) {
      this.products.set(product.Id, product);
    }
  }

  /** Replaces every product with these (none by default), checked whole first. */
  reset(products: readonly CatalogProduct[] = []): void {
    const replacement = new ProductCatalog(products);
    this.products.clear();
    for (const [id, product] of replacement.products) {
      this.products.set(id, product);
    }
  }

  /** The product with this Id, or undefined. */
  get(id: string): CatalogProduct | undefined {
    const found = this.products.get(id);
    return found === undefined ? undefined : structuredClone(found);
  }

  /** The product with this name, or undefined. */
  byName(name: string): CatalogProduct | undefined {
    for (const product of this.products.values()) {
      if (product.Name === name) {
        return structuredClone(product);
      }
    }
    return undefined;
  }

  list(): CatalogProduct[] {
    return [...this.products.values()].map((product) => structuredClone(product));
  }

  get size(): number {
    return this.products.size;
  }
}

/**
 * Reads a catalog file: `{"Products": [{"Id": "prod-…", "Name": "…", "ProvisioningArtifacts": [{"Id": "pa-…",
 * "Name": "v1"}]}]}`, with the members `CatalogProduct` allows; a refusal names the product and the member.
 * @public
 */
export function parseCatalogFile(text: string, source = "catalog file"): CatalogProduct[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StoreError(`${source}: not JSON (${(error as Error).message})`);
  }
  return catalogFromJson(parsed, source);
}

/** The same, for JSON already parsed (a control API request). @internal */
export function catalogFromJson(parsed: unknown, source: string): CatalogProduct[] {
  const list =
    typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) && Object.hasOwn(parsed, "Products")
      ? (parsed as { Products: unknown }).Products
      : parsed;
  if (!Array.isArray(list)) {
    throw new StoreError(`${source}: expected {"Products": [...]} or an array of products`);
  }
  return list.map((item: unknown, index) => {
    const label = `${source}: products[${index}]`;
    const record = plainRecord(item, label);
    const artifacts = record.ProvisioningArtifacts;
    if (!Array.isArray(artifacts)) {
      // Refused here, where the file's name is known.
      return checkedCatalogProduct(record, label);
    }
    const product = {
      ...record,
      ProvisioningArtifacts: artifacts.map((artifact: unknown, at) => {
        const fields = plainRecord(artifact, `${source}: products[${index}].ProvisioningArtifacts[${at}]`);
        if (!Object.hasOwn(fields, "CreatedTime")) {
          return fields;
        }
        const time = createdTimeFromJson(fields.CreatedTime);
        if (typeof time === "string") {
          throw new StoreError(`${source}: products[${index}].ProvisioningArtifacts[${at}].CreatedTime ${time}`);
        }
        return { ...fields, CreatedTime: time };
      }),
    };
    return checkedCatalogProduct(product, label);
  });
}

/** A product checked against the spec's shapes, with its launch paths filled in; a frozen copy. */
function checkedCatalogProduct(product: unknown, label: string): Readonly<CatalogProduct> {
  const record = plainRecord(product, label);
  const name = typeof record.Id === "string" ? `${label} (${record.Id})` : label;
  checkMembers(record, PRODUCT_MEMBERS, name);
  for (const required of ["Id", "Name", "ProvisioningArtifacts"]) {
    if (!Object.hasOwn(record, required)) {
      throw new StoreError(`${name}: ${required} is required`);
    }
  }
  const { Id, ProvisioningArtifacts, LaunchPaths, ...summary } = record as Record<string, unknown> & CatalogProduct;
  checkValue("Id", Id, name, "ProductViewSummary");
  checkValue("ProductViewSummary", summary, name);
  if (!Array.isArray(ProvisioningArtifacts) || ProvisioningArtifacts.length === 0) {
    throw new StoreError(`${name}: ProvisioningArtifacts must be a list of at least one artifact`);
  }
  const artifactIds = new Set<string>();
  const artifacts = ProvisioningArtifacts.map((artifact: unknown, index) => {
    const where = `${name}.ProvisioningArtifacts[${index}]`;
    const fields = plainRecord(artifact, where);
    checkMembers(fields, ARTIFACT_MEMBERS, where);
    checkValue("Id", fields.Id, where, "ProvisioningArtifact");
    if (typeof fields.Id !== "string" || typeof fields.Name !== "string") {
      throw new StoreError(`${where}: Id and Name are required strings`);
    }
    if (artifactIds.has(fields.Id)) {
      throw new StoreError(`${where}: the Id '${fields.Id}' is used twice`);
    }
    artifactIds.add(fields.Id);
    const { Outputs, CreatedTime, ...rest } = fields;
    if (CreatedTime !== undefined && !(CreatedTime instanceof Date && !Number.isNaN(CreatedTime.getTime()))) {
      throw new StoreError(`${where}: CreatedTime must be a Date`);
    }
    checkValue("ProvisioningArtifact", rest, where);
    if (Outputs !== undefined) {
      checkValue("RecordOutputs", Outputs, `${where}.Outputs`);
    }
    return fields as unknown as CatalogArtifact;
  });
  let paths = LaunchPaths as LaunchPath[] | undefined;
  if (paths === undefined) {
    // A product an end user can see is shared with them through a portfolio, which is its launch path.
    paths = [{ Id: `lpv3-${String(Id).replace(/^prod-/, "")}`.slice(0, 100), Name: "svccat fake portfolio" }];
  }
  checkValue("LaunchPaths", paths, `${name}.LaunchPaths`);
  for (const [index, path] of paths.entries()) {
    if (typeof path.Id !== "string" || path.Id === "") {
      throw new StoreError(`${name}.LaunchPaths[${index}]: Id is required`);
    }
  }
  return Object.freeze(
    structuredClone({ ...record, ProvisioningArtifacts: artifacts, LaunchPaths: paths }) as CatalogProduct,
  );
}

function membersOf(shape: string, left: readonly string[], added: readonly string[]): ReadonlySet<string> {
  const table = serviceTables.shapes[shape as keyof typeof serviceTables.shapes];
  if (table?.type !== "structure") {
    throw new Error(`The shape tables have no structure named ${shape}`);
  }
  return new Set([...Object.keys(table.members).filter((member) => !left.includes(member)), ...added]);
}

function checkMembers(record: Record<string, unknown>, allowed: ReadonlySet<string>, label: string): void {
  for (const [member, value] of Object.entries(record)) {
    if (!allowed.has(member)) {
      throw new StoreError(
        `${label}: ${JSON.stringify(member.slice(0, 64))} is not a member; known: ${[...allowed].join(", ")}`,
      );
    }
    if (value === null) {
      throw new StoreError(`${label}: ${member} is null; leave it out instead`);
    }
  }
}

/** A value checked against a shape of the spec (or a member of `ProductViewSummary`, for `Id`). */
function checkValue(shapeOrMember: string, value: unknown, label: string, owner?: string): void {
  const shape = owner === undefined ? shapeOrMember : "Id";
  const result = validateDocument(serviceTables, shape, value);
  if (!result.ok) {
    const detail =
      result.kind === "SerializationException" ? result.issue.message : formatValidationMessage(result.violations);
    throw new StoreError(`${label}: ${owner === undefined ? "" : `${shapeOrMember} `}${detail}`);
  }
}
