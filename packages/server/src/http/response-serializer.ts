import { serializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

/** Writes one value as JSON text; undefined when the value is left out (like JSON.stringify). */
type Writer = (value: unknown) => string | undefined;

type CompiledSchema = z.core.$ZodType;

/** A handler answered with a value that does not have the shape its response schema promises. */
export class ResponseShapeError extends Error {
  override name = "ResponseShapeError";
}

const primitive: Writer = (value) => JSON.stringify(value);

/** Schemas whose output is their input, written as JSON.stringify writes it. */
const plainTypes = new Set<string>([
  "string",
  "number",
  "boolean",
  "null",
  "enum",
  "literal",
  "unknown",
  "any",
]);

function objectWriter(def: z.core.$ZodObjectDef): Writer | undefined {
  // A catchall (loose or typed extra keys) keeps keys the shape does not name: leave it to zod.
  if (def.catchall !== undefined && def.catchall._zod.def.type !== "never") return undefined;
  const keys = Object.keys(def.shape);
  const writers: Writer[] = [];
  for (const key of keys) {
    const writer = writerFor(def.shape[key] as CompiledSchema);
    if (writer === undefined) return undefined;
    writers.push(writer);
  }
  const quotedKeys = keys.map((key) => `${JSON.stringify(key)}:`);
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new ResponseShapeError(`Expected an object, got ${typeof value}.`);
    }
    const record = value as Record<string, unknown>;
    let out = "";
    for (let index = 0; index < keys.length; index += 1) {
      const field = record[keys[index] as string];
      if (field === undefined) continue;
      const written = (writers[index] as Writer)(field);
      if (written === undefined) continue;
      out += `${out === "" ? "" : ","}${quotedKeys[index] as string}${written}`;
    }
    return `{${out}}`;
  };
}

function arrayWriter(def: z.core.$ZodArrayDef): Writer | undefined {
  const element = writerFor(def.element);
  if (element === undefined) return undefined;
  return (value) => {
    if (!Array.isArray(value))
      throw new ResponseShapeError(`Expected an array, got ${typeof value}.`);
    let out = "";
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      out += `${index === 0 ? "" : ","}${(item === undefined ? undefined : element(item)) ?? "null"}`;
    }
    return `[${out}]`;
  };
}

/**
 * A writer that projects a value onto the schema's shape (keys the schema does not name are left
 * out, as zod's parse strips them) without re-checking every string and number. Undefined for
 * schemas whose output differs from their input (transforms, defaults) or that must choose
 * between shapes (unions): those keep zod's parse.
 */
function writerFor(schema: CompiledSchema): Writer | undefined {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  // `.trim()`, `.toLowerCase()` and the like rewrite the value as they check it.
  if (def.checks?.some((check) => check._zod.def.check === "overwrite") === true) return undefined;
  if (plainTypes.has(def.type)) return primitive;
  if (def.type === "object") return objectWriter(def);
  if (def.type === "array") return arrayWriter(def);
  if (def.type === "nullable") {
    const inner = writerFor(def.innerType);
    return inner === undefined ? undefined : (value) => (value === null ? "null" : inner(value));
  }
  if (def.type === "optional" || def.type === "readonly") return writerFor(def.innerType);
  return undefined;
}

type SerializerRoute = { schema: unknown; method: string; url: string; httpStatus?: string };

/**
 * Fastify's serializer compiler for the contract's zod response schemas. Responses are built by
 * the server from its own rows (checked when they were written), so checking every field again
 * on the way out cost more than the work itself (a 90-day diary list, bench/). Each schema is
 * compiled once into a writer that keeps only the keys the schema names, refuses a value that is
 * not an object or array where one is promised (a 500), and writes the rest with JSON.stringify.
 * Schemas it cannot write faithfully (transforms, defaults, unions) keep zod's parse.
 */
export function responseSerializerCompiler(route: SerializerRoute): (data: unknown) => string {
  const writer = route.schema instanceof z.core.$ZodType ? writerFor(route.schema) : undefined;
  if (writer === undefined) {
    return serializerCompiler(route as Parameters<typeof serializerCompiler>[0]);
  }
  return (data) => writer(data) ?? "null";
}
