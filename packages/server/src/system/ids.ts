import { randomUUID } from "node:crypto";

/** Source of new record ids (UUID v4); injected so tests can make them predictable. */
export type IdSource = { newId(): string };

export const randomIds: IdSource = { newId: () => randomUUID() };
