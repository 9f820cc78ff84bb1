import type { Selectable } from "kysely";
import type { Timestamp } from "../database/columns.js";

/** A passkey (WebAuthn credential) of an account: its public key only (migration 0090). */
export type PasskeysTable = {
  /** The credential id, base64url. */
  id: string;
  user_id: string;
  /** The COSE public key, base64url. */
  public_key: string;
  /** The authenticator's signature counter (uint32; PostgreSQL `bigint`, read back as a string). */
  counter: number | string;
  /** JSON array of transports ("internal", "usb"…), as the browser reported them. */
  transports: string;
  name: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
};

/** What a challenge was given for. */
export type PasskeyChallengePurpose = "register" | "sign-in" | "confirm";

/** A WebAuthn challenge handed out: single use (`used_at`), expires (migration 0090). */
export type PasskeyChallengesTable = {
  id: string;
  /** The account it was given to; null for sign-in (nobody is signed in yet). */
  user_id: string | null;
  purpose: PasskeyChallengePurpose;
  /** The challenge, base64url, as sent in the options. */
  challenge: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
};

declare module "../database/tables.js" {
  interface Tables {
    passkeys: PasskeysTable;
    passkey_challenges: PasskeyChallengesTable;
  }
}

export type PasskeyRow = Selectable<PasskeysTable>;
