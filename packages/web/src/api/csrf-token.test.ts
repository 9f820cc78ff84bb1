import { expect, test } from "vitest";
import { readCsrfToken } from "./csrf-token";

test("reads the pp_csrf cookie among others", () => {
  expect(readCsrfToken("theme=dark; pp_csrf=abc-123_x; other=1")).toBe("abc-123_x");
});

test("undefined when signed out", () => {
  expect(readCsrfToken("theme=dark")).toBeUndefined();
  expect(readCsrfToken("")).toBeUndefined();
});

test("reads the __Host-pp_csrf cookie the server sets over TLS", () => {
  expect(readCsrfToken("theme=dark; __Host-pp_csrf=tls-token; other=1")).toBe("tls-token");
});
