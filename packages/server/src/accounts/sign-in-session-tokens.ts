import { signInSessionPolicy } from "@painplan/core";
import { createHash, randomBytes } from "node:crypto";

/** 256-bit random token; only its SHA-256 is stored, so a database leak reveals no session. */
export function newSignInSessionToken(): string {
  return randomBytes(signInSessionPolicy.tokenBytes).toString("base64url");
}

export function hashSignInSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
