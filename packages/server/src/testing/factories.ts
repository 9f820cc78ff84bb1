import type { RegisterRequest } from "@painplan/core";
import { randomBytes } from "node:crypto";

/** Builder for registration bodies: `aRegistration().withTimeZone("Asia/Tokyo").build()`. */
export function aRegistration(overrides: Partial<RegisterRequest> = {}) {
  const unique = randomBytes(4).toString("hex");
  const value: RegisterRequest = {
    email: `person-${unique}@example.org`,
    password: "correct horse battery staple",
    displayName: `Person ${unique}`,
    timeZone: "Europe/Paris",
    role: "patient",
    ...overrides,
  };
  return {
    withEmail: (email: string) => aRegistration({ ...value, email }),
    withPassword: (password: string) => aRegistration({ ...value, password }),
    withTimeZone: (timeZone: string) => aRegistration({ ...value, timeZone }),
    withRole: (role: RegisterRequest["role"]) => aRegistration({ ...value, role }),
    build: (): RegisterRequest => ({ ...value }),
  };
}
