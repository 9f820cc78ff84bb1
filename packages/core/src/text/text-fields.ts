import type { z } from "zod";
import { isPersonText } from "./text.schema.js";

/**
 * One place in a request schema where a string is accepted. `path` is dotted, with `*` for any
 * array element or record value (e.g. `medications.*.name`). `kind` says how the string is
 * checked: `person-text` (the `personText` schema), `format` (email, UUID, date… or a regex) or
 * `plain` (a bare `z.string()`, which a free-text field must never be).
 */
export type TextField = { path: string; kind: "person-text" | "format" | "plain" };

type Def = { type: string } & Record<string, unknown>;

const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;
const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

function stringKind(def: Def): TextField["kind"] {
  if (typeof def["format"] === "string") return "format";
  const checks = (def["checks"] ?? []) as { _zod: { def: { check: string } } }[];
  const hasPattern = checks.some((check) => check._zod.def.check === "string_format");
  return hasPattern ? "format" : "plain";
}

/**
 * Every string a request schema accepts, with its path and how it is checked; walks objects,
 * arrays, records (keys under `path.<key>`), unions and the usual wrappers. A `personText`
 * schema is one field; its inner strings are not listed again.
 */
export function textFieldsOf(schema: z.ZodType, path = ""): TextField[] {
  if (isPersonText(schema)) return [{ path, kind: "person-text" }];
  const def = defOf(schema);
  const child = (key: string) => def[key] as z.ZodType;
  switch (def.type) {
    case "string":
      return [{ path, kind: stringKind(def) }];
    case "object":
      return Object.entries(def["shape"] as Record<string, z.ZodType>).flatMap(([key, value]) =>
        textFieldsOf(value, join(path, key)),
      );
    case "array":
      return textFieldsOf(child("element"), join(path, "*"));
    case "record":
      return [
        ...textFieldsOf(child("keyType"), join(path, "<key>")),
        ...textFieldsOf(child("valueType"), join(path, "*")),
      ];
    case "union":
      return (def["options"] as z.ZodType[]).flatMap((option) => textFieldsOf(option, path));
    case "intersection":
      return [...textFieldsOf(child("left"), path), ...textFieldsOf(child("right"), path)];
    case "pipe": {
      // A string trimmed, then checked as an email: the output's check is the one that counts.
      const output = textFieldsOf(child("out"), path);
      const checked = new Set(output.filter((f) => f.kind !== "plain").map((f) => f.path));
      const input = textFieldsOf(child("in"), path).filter((f) => !checked.has(f.path));
      return [...input, ...output];
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return textFieldsOf(child("innerType"), path);
    case "lazy":
      return textFieldsOf((def["getter"] as () => z.ZodType)(), path);
    default:
      return [];
  }
}
