import type { Endpoint } from "@painplan/core";
import type { z } from "zod";

/**
 * One hostile request derived from an endpoint's contract: `url` is the full path with query;
 * `body` is sent as JSON, `rawBody` byte for byte with `content-type: application/json` (unless
 * `headers` say otherwise). `label` names the variant in failure messages.
 */
export type HostileRequest = {
  label: string;
  url: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
};

/** A valid request for the endpoint (as the authorization matrix builds it), the fuzzer's base. */
export type BaseRequest = { params?: Record<string, string>; body?: unknown; query?: string };

/** Nobody's id: a well-formed UUID that names no record. */
export const nobodysId = "00000000-0000-4000-8000-000000000000";

/** An object nested `depth` levels deep: `{ a: { a: … { a: 1 } } }`. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

/**
 * The hostile values tried in each body field, in a fixed order (no randomness: every run sends
 * the same requests). `base` is the field's valid value; the wrong-type variant depends on it.
 */
export function hostileFieldValues(base: unknown): [string, unknown][] {
  const wrongType: [string, unknown][] =
    typeof base === "number" ? [["number as string", String(base)]] : [["string as number", 12345]];
  return [
    ["null", null],
    ...wrongType,
    ["boolean", true],
    ["object", {}],
    ["array", []],
    ["array of strings", ["a", "b"]],
    ["empty string", ""],
    ["blank string", "   "],
    ["60 kB string", "x".repeat(60_000)],
    ["100 kB string", "x".repeat(100_000)],
    ["NUL character", "a\u0000b"],
    ["control characters", "a\u0001\u0008\u001b\u007fb"],
    ["lone surrogate", "a\ud800b"],
    ["very large number", 1e308],
    ["very negative number", -1e308],
    ["negative number", -1],
    ["fractional number", 0.5],
    ["unsafe integer", 2 ** 53 + 1],
    ["1e309 as string", "1e309"],
    ["NaN as string", "NaN"],
    ["Infinity as string", "Infinity"],
    ["date far away", "99999-12-31"],
    ["nested 200 deep", deeplyNested(200)],
    ["prototype key in value", JSON.parse('{"__proto__":{"polluted":true}}') as unknown],
  ];
}

/** The keys of an object schema, looking through optional, default, nullable, pipe and union. */
export function schemaKeys(schema: z.ZodType | undefined): string[] {
  const keys = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (node === undefined || depth > 10) return;
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (def === undefined) return;
    switch (def.type) {
      case "object":
        for (const key of Object.keys(def.shape as object)) keys.add(key);
        return;
      case "pipe":
        visit(def.in, depth + 1);
        return;
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "readonly":
      case "catch":
        visit(def.innerType, depth + 1);
        return;
      case "union":
        for (const option of def.options as unknown[]) visit(option, depth + 1);
        return;
      case "intersection":
        visit(def.left, depth + 1);
        visit(def.right, depth + 1);
        return;
      default:
        return;
    }
  };
  visit(schema, 0);
  return [...keys];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `path` with each `:name` replaced by `params[name]` taken as is (already URL-safe or hostile). */
function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return value;
  });
}

function encodedParams(params: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [name, encodeURIComponent(value)]),
  );
}

/** JSON text of `body` with `key: value` written first, so `__proto__` reaches the parser as text. */
function withRawKey(body: unknown, key: string, valueJson: string): string {
  const rest = isPlainObject(body) ? JSON.stringify(body).slice(1, -1) : "";
  return `{${JSON.stringify(key)}:${valueJson}${rest === "" ? "" : `,${rest}`}}`;
}

/** The values tried in nested fields: one of each kind, to keep the request count bounded. */
const nestedLabels = new Set([
  "null",
  "string as number",
  "number as string",
  "object",
  "array",
  "empty string",
  "60 kB string",
  "NUL character",
  "control characters",
  "very large number",
  "negative number",
  "fractional number",
  "nested 200 deep",
]);

type FieldPath = (string | number)[];

/**
 * Paths below the top level of `body` (depth 2 to 4): object keys, and index 0 of arrays, the
 * leaf and container fields a schema checks inside a body.
 */
export function nestedPaths(body: Record<string, unknown>): FieldPath[] {
  const paths: FieldPath[] = [];
  const visit = (value: unknown, path: FieldPath): void => {
    if (path.length > 4) return;
    if (path.length >= 2) paths.push(path);
    if (Array.isArray(value)) {
      if (value.length > 0) visit(value[0], [...path, 0]);
    } else if (isPlainObject(value)) {
      for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    }
  };
  for (const [key, value] of Object.entries(body)) visit(value, [key]);
  return paths;
}

function valueAt(body: unknown, path: FieldPath): unknown {
  let value: unknown = body;
  for (const step of path) value = (value as Record<string | number, unknown>)[step];
  return value;
}

/** A deep copy of `body` with the value at `path` replaced. */
function withValueAt(body: Record<string, unknown>, path: FieldPath, value: unknown): unknown {
  const copy = structuredClone(body);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last !== undefined) parent[last] = value;
  return copy;
}

const pathParamValues: [string, string][] = [
  ["not a UUID", "not-a-uuid"],
  ["UUID of nobody", nobodysId],
  ["dot-dot slash", "..%2f..%2fetc%2fpasswd"],
  ["dot-dot", ".."],
  ["very long", "a".repeat(2_000)],
  ["encoded NUL", "%00"],
  ["broken percent encoding", "%E0%A4%A"],
  ["UUID with trailing junk", `${nobodysId}'--`],
  ["nil UUID", "00000000-0000-0000-0000-000000000000"],
  ["UUID with spaces", `%20${nobodysId}%20`],
  ["SQL quote", "'%20OR%20'1'='1"],
];

function queryValues(key: string): [string, string][] {
  const common: [string, string][] = [
    ["empty", ""],
    ["wrong type", "abc"],
    ["negative", "-1"],
    ["zero", "0"],
    ["huge", "99999999999999999999"],
    ["fractional", "1.5"],
    ["1e309", "1e309"],
    ["NaN", "NaN"],
    ["encoded NUL", "%00"],
    ["5 kB value", "x".repeat(5_000)],
    ["array syntax", "[1]"],
  ];
  if (!/cursor/i.test(key)) return common;
  return [
    ...common,
    ["broken cursor", "!!!not-base64!!!"],
    ["cursor of JSON", Buffer.from('{"a":1}').toString("base64url")],
    ["cursor of garbage", Buffer.from("\u0000\u00ff garbage").toString("base64url")],
    ["cursor with huge date", Buffer.from("99999-01-01T00:00:00Z|x").toString("base64url")],
  ];
}

/**
 * Every hostile variant of one endpoint, derived from its contract and a valid `base` request,
 * in a fixed order. A variant is generated only where it applies: body variants for endpoints
 * with a body schema, path-parameter variants per parameter, query variants per query key;
 * the generic ones (unknown query keys, and for writes an unasked-for or malformed body) for all.
 */
export function hostileRequests(endpoint: Endpoint, base: BaseRequest): HostileRequest[] {
  const params = encodedParams(base.params);
  const path = fillPath(endpoint.path, params);
  const baseQuery = new URLSearchParams(base.query ?? "");
  const url = (query: URLSearchParams | string = baseQuery, at = path): string => {
    const text = typeof query === "string" ? query : query.toString();
    return text === "" ? at : `${at}?${text}`;
  };
  const requests: HostileRequest[] = [];
  const add = (request: HostileRequest) => requests.push(request);
  const baseBody = base.body;

  // Path parameters.
  for (const name of Object.keys(params)) {
    const real = params[name] ?? "";
    const own: [string, string][] =
      real === real.toUpperCase() ? [] : [["upper case", real.toUpperCase()]];
    for (const [label, value] of [...pathParamValues, ...own]) {
      add({
        label: `param ${name}: ${label}`,
        url: url(baseQuery, fillPath(endpoint.path, { ...params, [name]: value })),
        body: baseBody,
      });
    }
  }

  // Query keys.
  if (endpoint.query !== undefined) {
    const keys = new Set([...schemaKeys(endpoint.query), ...baseQuery.keys()]);
    for (const key of keys) {
      for (const [label, value] of queryValues(key)) {
        const query = new URLSearchParams(baseQuery);
        query.set(key, value);
        add({ label: `query ${key}: ${label}`, url: url(query.toString().replaceAll("%25", "%")) });
      }
      const repeated = new URLSearchParams(baseQuery);
      repeated.set(key, "1");
      repeated.append(key, "2");
      add({ label: `query ${key}: repeated`, url: url(repeated) });
    }
  }

  // Body.
  if (endpoint.body !== undefined) {
    const fields = new Set([
      ...schemaKeys(endpoint.body),
      ...(isPlainObject(baseBody) ? Object.keys(baseBody) : []),
    ]);
    const bodyObject = isPlainObject(baseBody) ? baseBody : {};
    for (const field of fields) {
      for (const [label, value] of hostileFieldValues(bodyObject[field])) {
        add({
          label: `body ${field}: ${label}`,
          url: url(),
          body: { ...bodyObject, [field]: value },
        });
      }
      const without = Object.fromEntries(
        Object.entries(bodyObject).filter(([key]) => key !== field),
      );
      add({ label: `body ${field}: missing`, url: url(), body: without });
    }
    // Nested fields of the base body (objects, and the first item of arrays), fewer values each.
    for (const path of nestedPaths(bodyObject)) {
      const base = valueAt(bodyObject, path);
      for (const [label, value] of hostileFieldValues(base).filter(([l]) => nestedLabels.has(l))) {
        add({
          label: `body ${path.join(".")}: ${label}`,
          url: url(),
          body: withValueAt(bodyObject, path, value),
        });
      }
    }
    const whole: [string, string][] = [
      ["not JSON", "{not json"],
      ["JSON array", "[1,2,3]"],
      ["JSON string", '"a string"'],
      ["JSON number", "42"],
      ["JSON null", "null"],
      ["empty", ""],
      ["truncated JSON", JSON.stringify(bodyObject).slice(0, -1)],
      ["over the 64 KB limit", JSON.stringify({ ...bodyObject, padding: "z".repeat(70_000) })],
      ["arrays nested 200 deep", `${"[".repeat(200)}${"]".repeat(200)}`],
      ["objects nested 200 deep", JSON.stringify(deeplyNested(200))],
      ["__proto__ key", withRawKey(bodyObject, "__proto__", '{"polluted":true}')],
      ["constructor key", withRawKey(bodyObject, "constructor", '{"prototype":{"polluted":1}}')],
      ["prototype key", withRawKey(bodyObject, "prototype", '{"polluted":true}')],
      ["duplicate keys", withRawKey(bodyObject, Object.keys(bodyObject)[0] ?? "x", "null")],
    ];
    for (const [label, rawBody] of whole)
      add({ label: `whole body: ${label}`, url: url(), rawBody });
    add({ label: "whole body: unknown extra field", url: url(), body: { ...bodyObject, zzz: 1 } });
    add({
      label: "whole body: text/plain",
      url: url(),
      rawBody: JSON.stringify(bodyObject),
      headers: { "content-type": "text/plain" },
    });
    add({
      label: "whole body: form-encoded",
      url: url(),
      rawBody: "a=1&b=2",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    add({
      label: "whole body: charset latin1",
      url: url(),
      rawBody: JSON.stringify(bodyObject),
      headers: { "content-type": "application/json; charset=latin1" },
    });
  }
  // Generic, for every endpoint, last: the base body with them may succeed (and sign out).
  add({ label: "unknown query key", url: url(`${baseQuery.toString()}&zzz=1`), body: baseBody });
  add({ label: "__proto__ query key", url: url(`__proto__[polluted]=1`), body: baseBody });
  add({ label: "constructor query key", url: url(`constructor.prototype.x=1`), body: baseBody });
  add({ label: "10 kB query string", url: url(`q=${"y".repeat(10_000)}`), body: baseBody });
  if (endpoint.method !== "GET" && endpoint.body === undefined) {
    add({ label: "unasked-for body", url: url(), body: { unknown: true } });
    add({ label: "unasked-for malformed body", url: url(), rawBody: "{not json" });
  }
  return requests;
}
