import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

/**
 * A software passkey authenticator for tests (WebAuthn §6: authenticator data, "none"
 * attestation, ES256 signatures), so the server's checks run against real signatures without a
 * browser. Each `Authenticator` holds one P-256 key and a signature counter.
 */

type Cbor = number | Uint8Array | string | Map<Cbor, Cbor>;

function head(major: number, length: number): Buffer {
  if (length < 24) return Buffer.from([(major << 5) | length]);
  if (length < 256) return Buffer.from([(major << 5) | 24, length]);
  const bytes = Buffer.alloc(3);
  bytes[0] = (major << 5) | 25;
  bytes.writeUInt16BE(length, 1);
  return bytes;
}

/** A minimal CBOR encoder (RFC 8949): small integers, byte and text strings, maps. */
function cbor(value: Cbor): Buffer {
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") {
    const text = Buffer.from(value, "utf8");
    return Buffer.concat([head(3, text.length), text]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  const parts = [head(5, value.size)];
  for (const [key, item] of value) parts.push(cbor(key), cbor(item));
  return Buffer.concat(parts);
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const b64 = (data: Buffer | Uint8Array) => Buffer.from(data).toString("base64url");

function coseKeyOf(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: "jwk" });
  return cbor(
    new Map<Cbor, Cbor>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x ?? "", "base64url")],
      [-3, Buffer.from(jwk.y ?? "", "base64url")],
    ]),
  );
}

export type Authenticator = ReturnType<typeof softAuthenticator>;

/** A new authenticator with one credential for `rpId`, answering as the browser at `origin`. */
export function softAuthenticator(rpId: string, origin: string) {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const credentialId = randomBytes(16);
  let counter = 0;
  const flags = { userPresent: 0x01, userVerified: 0x04, attested: 0x40 };

  function authData(withCredential: boolean): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    const parts: Buffer[] = [
      sha256(rpId),
      Buffer.from([flags.userPresent | flags.userVerified | (withCredential ? flags.attested : 0)]),
      count,
    ];
    if (withCredential) {
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(credentialId.length);
      parts.push(Buffer.alloc(16), idLength, credentialId, coseKeyOf(publicKey));
    }
    return Buffer.concat(parts);
  }

  const clientData = (type: string, challenge: string, at = origin) =>
    Buffer.from(JSON.stringify({ type, challenge, origin: at, crossOrigin: false }));

  return {
    credentialId: b64(credentialId),
    /** Sets the counter the next answer will carry (to replay an old one, for example). */
    setCounter(value: number) {
      counter = value;
    },
    /** The answer to creation options (RegistrationResponseJSON). */
    register(options: { challenge: string }, at = origin) {
      const attestationObject = cbor(
        new Map<Cbor, Cbor>([
          ["fmt", "none"],
          ["attStmt", new Map()],
          ["authData", authData(true)],
        ]),
      );
      return {
        id: b64(credentialId),
        rawId: b64(credentialId),
        type: "public-key" as const,
        response: {
          clientDataJSON: b64(clientData("webauthn.create", options.challenge, at)),
          attestationObject: b64(attestationObject),
          transports: ["internal" as const],
        },
        clientExtensionResults: {},
      };
    },
    /** The answer to request options (AuthenticationResponseJSON); the counter moves on by 1. */
    assert(options: { challenge: string }, at = origin) {
      counter += 1;
      const data = authData(false);
      const client = clientData("webauthn.get", options.challenge, at);
      const signature = sign("sha256", Buffer.concat([data, sha256(client)]), privateKey);
      return {
        id: b64(credentialId),
        rawId: b64(credentialId),
        type: "public-key" as const,
        response: {
          clientDataJSON: b64(client),
          authenticatorData: b64(data),
          signature: b64(signature),
        },
        clientExtensionResults: {},
      };
    },
  };
}
