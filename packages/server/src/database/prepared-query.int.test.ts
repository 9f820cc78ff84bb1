import { describe, expect, it } from "vitest";
import { signedInPatient } from "../testing/accounts.js";
import { aRegistration } from "../testing/factories.js";
import { useTestApp } from "../testing/test-app.js";
import { preparedQuery } from "./prepared-query.js";

const testApp = useTestApp();

/** A constant (the role) stays in the query; the arguments change with every call. */
const patientNamed = preparedQuery(2, (db, email: string, displayName: string) =>
  db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("email", "=", email)
    .where("display_name", "=", displayName)
    .where("role", "=", "patient"),
);

describe("a prepared query", () => {
  it("binds each call's arguments to the query compiled once, on the database and in a transaction", async () => {
    const ada = await signedInPatient(
      testApp,
      undefined,
      aRegistration({ displayName: "Ada" }).build(),
    );
    const bea = await signedInPatient(
      testApp,
      undefined,
      aRegistration({ displayName: "Bea" }).build(),
    );
    const { db } = testApp.database;
    const find = async (email: string, name: string) =>
      (await patientNamed(db, email, name)).rows.map((row) => row.id);
    expect(await find(ada.user.email, "Ada")).toEqual([ada.user.id]);
    expect(await find(bea.user.email, "Bea")).toEqual([bea.user.id]);
    expect(await find(bea.user.email, "Ada")).toEqual([]);
    const inTransaction = await db
      .transaction()
      .execute(async (trx) => (await patientNamed(trx, ada.user.email, "Ada")).rows);
    expect(inTransaction).toEqual([{ id: ada.user.id, display_name: "Ada" }]);
  });
});
