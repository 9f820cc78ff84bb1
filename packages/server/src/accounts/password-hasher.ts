import { hash, verify } from "@node-rs/argon2";
import { passwordHashParameters } from "@painplan/core";

/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, which isolated modules cannot read). */
const argon2id = 2;

const options = {
  algorithm: argon2id,
  memoryCost: passwordHashParameters.memoryKibibytes,
  timeCost: passwordHashParameters.iterations,
  parallelism: passwordHashParameters.parallelism,
};

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** Spends the same time as a real check, for sign-ins with an unknown email. */
  verifyAgainstNothing(password: string): Promise<false>;
};

export function argon2PasswordHasher(): PasswordHasher {
  let decoy: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, options),
    verify: (passwordHash, password) => verify(passwordHash, password),
    verifyAgainstNothing: async (password) => {
      decoy ??= hash("decoy password that never matches", options);
      await verify(await decoy, password);
      return false;
    },
  };
}
