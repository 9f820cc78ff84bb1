import { serializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

/**
 * One schema, compiled. `fits` says whether JSON.stringify of the value would write only what
 * the schema names (no extra keys, no object where a plain value is promised); `write` projects
 * a value that does not fit onto the schema's shape. Undefined `write` output means "left out".
 */
type Compiled = {
  fits: (value: unknown) => boolean;
  write: (value: unknown) => string | undefined;
};

type CompiledSchema = z.core.$ZodType;

/** A handler answered with a value that does not have the shape its response schema promises. */
export class ResponseShapeError extends Error {
  override name = "ResponseShapeError";
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Schemas whose output is their input: strings, numbers, choices. */
const plainTypes = new Set<string>(["string", "number", "boolean", "null", "enum", "literal"]);

const plain: Compiled = {
  // An object where a plain value is promised would be written whole: refuse it.
  fits: (value) => typeof value !== "object" || value === null,
  write: (value) => {
    if (typeof value === "object" && value !== null) {
      throw new ResponseShapeError("Expected a plain value, got an object.");
    }
    return JSON.stringify(value);
  },
};

/** `unknown` and `any` pass through zod's parse as they are. */
const anything: Compiled = { fits: () => true, write: (value) => JSON.stringify(value) };

function compiledObject(def: z.core.$ZodObjectDef): Compiled | undefined {
  // A catchall (loose or typed extra keys) keeps keys the shape does not name: leave it to zod.
  if (def.catchall !== undefined && def.catchall._zod.def.type !== "never") return undefined;
  const keys = Object.keys(def.shape);
  const fields: Compiled[] = [];
  for (const key of keys) {
    const field = compiledFor(def.shape[key] as CompiledSchema);
    if (field === undefined) return undefined;
    fields.push(field);
  }
  const fieldOf = new Map(keys.map((key, index) => [key, fields[index] as Compiled]));
  const quotedKeys = keys.map((key) => `${JSON.stringify(key)}:`);
  return {
    fits: (value) => {
      if (!isPlainObject(value)) return false;
      for (const key in value) {
        const field = fieldOf.get(key);
        const item = value[key];
        if (field === undefined || (item !== undefined && !field.fits(item))) return false;
      }
      return true;
    },
    write: (value) => {
      if (!isPlainObject(value)) throw new ResponseShapeError("Expected an object.");
      let out = "";
      for (let index = 0; index < keys.length; index += 1) {
        const item = value[keys[index] as string];
        if (item === undefined) continue;
        const written = (fields[index] as Compiled).write(item);
        if (written === undefined) continue;
        out += `${out === "" ? "" : ","}${quotedKeys[index] as string}${written}`;
      }
      return `{${out}}`;
    },
  };
}

function compiledArray(def: z.core.$ZodArrayDef): Compiled | undefined {
  const element = compiledFor(def.element);
  if (element === undefined) return undefined;
  return {
    fits: (value) =>
      Array.isArray(value) && value.every((item) => item === undefined || element.fits(item)),
    write: (value) => {
      if (!Array.isArray(value)) throw new ResponseShapeError("Expected an array.");
      const items = value.map((item: unknown) =>
        item === undefined ? "null" : (element.write(item) ?? "null"),
      );
      return `[${items.join(",")}]`;
    },
  };
}

function orNull(inner: Compiled | undefined, empty: null | undefined): Compiled | undefined {
  if (inner === undefined) return undefined;
  return {
    fits: (value) => value === empty || inner.fits(value),
    write: (value) => (value === empty ? JSON.stringify(value) : inner.write(value)),
  };
}

/**
 * Compiles a schema whose output is its input. Undefined for schemas whose output differs from
 * their input (transforms, defaults, `.trim()`) or that must choose between shapes (unions):
 * those keep zod's parse.
 */
function compiledFor(schema: CompiledSchema): Compiled | undefined {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  // `.trim()`, `.toLowerCase()` and the like rewrite the value as they check it.
  if (def.checks?.some((check) => check._zod.def.check === "overwrite") === true) return undefined;
  if (plainTypes.has(def.type)) return plain;
  if (def.type === "unknown" || def.type === "any") return anything;
  if (def.type === "object") return compiledObject(def);
  if (def.type === "array") return compiledArray(def);
  if (def.type === "nullable") return orNull(compiledFor(def.innerType), null);
  if (def.type === "optional") return orNull(compiledFor(def.innerType), undefined);
  if (def.type === "readonly") return compiledFor(def.innerType);
  return undefined;
}

type SerializerRoute = { schema: unknown; method: string; url: string; httpStatus?: string };

/**
 * Fastify's serializer compiler for the contract's zod response schemas. Responses are built by
 * the server from its own rows (checked when they were written), so checking every string and
 * number again on the way out cost more than the work itself (a 90-day diary list, bench/).
 * Each schema is compiled once. An answer that holds only what the schema names is written by
 * JSON.stringify as it is; one with extra keys is projected onto the schema (extra keys left
 * out, as zod's parse strips them); an object or list missing where one is promised is refused
 * (a 500). Schemas it cannot write faithfully (transforms, defaults, unions) keep zod's parse.
 */
export function responseSerializerCompiler(route: SerializerRoute): (data: unknown) => string {
  const compiled = route.schema instanceof z.core.$ZodType ? compiledFor(route.schema) : undefined;
  if (compiled === undefined) {
    return serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);
  }
  return (data) => (compiled.fits(data) ? JSON.stringify(data) : compiled.write(data)) ?? "null";
}
