import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyPassword } from "@/lib/auth/passwords";
import type { Role } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/session";
import { users } from "@/lib/db/schema";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { resetPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update-user";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createActor } from "../helpers/sales";

const NEW_PASSWORD = "a brand new long password";
const NON_ADMIN_ROLES: Role[] = ["manager", "rep", "marketing"];

let database: TestDatabase;
let admin: Actor;
let target: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  admin = await createActor(database.db, "admin");
  target = await createActor(database.db, "rep");
});

afterAll(async () => {
  await database?.close();
});

async function storedUser(id: string) {
  const [user] = await database.db.select().from(users).where(eq(users.id, id));

  return user!;
}

describe("admin user management", () => {
  it("admin creates a user", async () => {
    const created = await createUser({
      db: database.db,
      actor: admin,
      user: { email: " New.Rep@Supplier.Example ", name: "Nia Rep", role: "rep", password: "a long enough password", countries: ["de", "at"] },
    });

    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const stored = await storedUser(created.value.id);
    expect(stored.email).toBe("new.rep@supplier.example");
    expect(stored.name).toBe("Nia Rep");
    expect(stored.role).toBe("rep");
    expect(stored.countries).toEqual(["DE", "AT"]);
    expect(stored.active).toBe(true);
  });

  it("admin lists users without hashes", async () => {
    const listed = await listUsers({ db: database.db, actor: admin });

    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.value.map((user) => user.id)).toContain(target.id);
    for (const user of listed.value) expect(user).not.toHaveProperty("passwordHash");
  });

  it("admin updates role, name, countries", async () => {
    const user = await createActor(database.db, "rep");

    const updated = await updateUser({ db: database.db, actor: admin, input: { userId: user.id, role: "manager", name: "Max Lead", countries: ["us"] } });

    expect(updated.ok).toBe(true);
    const stored = await storedUser(user.id);
    expect(stored.role).toBe("manager");
    expect(stored.name).toBe("Max Lead");
    expect(stored.countries).toEqual(["US"]);
  });

  it("admin deactivates and reactivates a user", async () => {
    const user = await createActor(database.db, "rep");

    const deactivated = await updateUser({ db: database.db, actor: admin, input: { userId: user.id, active: false } });
    expect(deactivated.ok).toBe(true);
    expect((await storedUser(user.id)).active).toBe(false);

    const reactivated = await updateUser({ db: database.db, actor: admin, input: { userId: user.id, active: true } });
    expect(reactivated.ok).toBe(true);
    expect((await storedUser(user.id)).active).toBe(true);
  });

  it("admin resets a password", async () => {
    const reset = await resetPassword({ db: database.db, actor: admin, input: { userId: target.id, password: NEW_PASSWORD } });

    expect(reset.ok).toBe(true);
    const stored = await storedUser(target.id);
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "correct horse battery staple")).toBe(false);
  });

  it("results never contain the password", async () => {
    const created = await createUser({
      db: database.db,
      actor: admin,
      user: { email: "secretive@supplier.example", name: "Sam", role: "rep", password: "my secret long password" },
    });
    const reset = await resetPassword({ db: database.db, actor: admin, input: { userId: target.id, password: "my other secret password" } });

    expect(JSON.stringify(created)).not.toContain("secret long password");
    expect(JSON.stringify(created)).not.toContain("$argon2");
    expect(JSON.stringify(reset)).not.toContain("other secret password");
    expect(JSON.stringify(reset)).not.toContain("$argon2");
  });
});

describe("non-admin user management", () => {
  for (const role of NON_ADMIN_ROLES) {
    it(`${role} cannot create users`, async () => {
      const actor = await createActor(database.db, role);

      const created = await createUser({
        db: database.db,
        actor,
        user: { email: `by-${role}@supplier.example`, name: "Nobody", role: "admin", password: "a long enough password" },
      });

      expect(created.ok).toBe(false);
      if (!created.ok) expect(created.error.code).toBe("forbidden");
      const [stored] = await database.db.select().from(users).where(eq(users.email, `by-${role}@supplier.example`));
      expect(stored).toBeUndefined();
    });

    it(`${role} cannot update users`, async () => {
      const actor = await createActor(database.db, role);

      const promoted = await updateUser({ db: database.db, actor, input: { userId: actor.id, role: "admin" } });
      const deactivated = await updateUser({ db: database.db, actor, input: { userId: target.id, active: false } });

      expect(promoted.ok).toBe(false);
      if (!promoted.ok) expect(promoted.error.code).toBe("forbidden");
      expect(deactivated.ok).toBe(false);
      if (!deactivated.ok) expect(deactivated.error.code).toBe("forbidden");
      expect((await storedUser(actor.id)).role).toBe(role);
      expect((await storedUser(target.id)).active).toBe(true);
    });

    it(`${role} cannot reset passwords`, async () => {
      const actor = await createActor(database.db, role);
      const before = (await storedUser(target.id)).passwordHash;

      const reset = await resetPassword({ db: database.db, actor, input: { userId: target.id, password: "taken over by someone" } });

      expect(reset.ok).toBe(false);
      if (!reset.ok) expect(reset.error.code).toBe("forbidden");
      expect((await storedUser(target.id)).passwordHash).toBe(before);
    });

    it(`${role} cannot list users`, async () => {
      const actor = await createActor(database.db, role);

      const listed = await listUsers({ db: database.db, actor });

      expect(listed.ok).toBe(false);
      if (!listed.ok) expect(listed.error.code).toBe("forbidden");
    });
  }
});

describe("admin self-protection", () => {
  it("admin cannot demote themself", async () => {
    const demoted = await updateUser({ db: database.db, actor: admin, input: { userId: admin.id, role: "manager" } });

    if (demoted.ok || demoted.error.code !== "invalid") throw new Error("Expected an invalid result.");
    expect(demoted.error.fieldErrors?.role).toMatch(/cannot demote or deactivate yourself/);
    expect((await storedUser(admin.id)).role).toBe("admin");
  });

  it("admin cannot deactivate themself", async () => {
    const deactivated = await updateUser({ db: database.db, actor: admin, input: { userId: admin.id, active: false } });

    if (deactivated.ok || deactivated.error.code !== "invalid") throw new Error("Expected an invalid result.");
    expect(deactivated.error.fieldErrors?.active).toMatch(/cannot demote or deactivate yourself/);
    expect((await storedUser(admin.id)).active).toBe(true);
  });

  it("admin can rename themself", async () => {
    const renamed = await updateUser({ db: database.db, actor: admin, input: { userId: admin.id, name: "Alex Admin" } });

    expect(renamed.ok).toBe(true);
    expect((await storedUser(admin.id)).name).toBe("Alex Admin");
  });

  it("admin demotes another admin", async () => {
    const other = await createActor(database.db, "admin");

    const demoted = await updateUser({ db: database.db, actor: admin, input: { userId: other.id, role: "manager" } });

    expect(demoted.ok).toBe(true);
    expect((await storedUser(other.id)).role).toBe("manager");
  });

  it("demoted admin loses access at once", async () => {
    const other = await createActor(database.db, "admin");
    await updateUser({ db: database.db, actor: admin, input: { userId: other.id, role: "rep" } });

    // `other` still carries the role "admin", as a session read before the change would.
    const attempt = await updateUser({ db: database.db, actor: other, input: { userId: target.id, active: false } });

    expect(attempt.ok).toBe(false);
    if (!attempt.ok) expect(attempt.error.code).toBe("forbidden");
  });
});

describe("user input checks", () => {
  it("duplicate email gives a conflict", async () => {
    const duplicate = await createUser({
      db: database.db,
      actor: admin,
      user: { email: target.email.toUpperCase(), name: "Twin", role: "rep", password: "a long enough password" },
    });

    expect(duplicate.ok).toBe(false);
    if (duplicate.ok) return;
    expect(duplicate.error.code).toBe("conflict");
    expect(duplicate.error.message).toContain(target.email);
  });

  it("invalid input gives field errors", async () => {
    const created = await createUser({
      db: database.db,
      actor: admin,
      user: { email: "not an email", name: " ", role: "owner" as Role, password: "short", countries: ["Germany"] },
    });

    expect(created.ok).toBe(false);
    if (created.ok || created.error.code !== "invalid") throw new Error("Expected an invalid result.");
    expect(created.error.fieldErrors?.email).toMatch(/valid email/);
    expect(created.error.fieldErrors?.name).toMatch(/required/);
    expect(created.error.fieldErrors?.role).toMatch(/admin, marketing, manager, rep/);
    expect(created.error.fieldErrors?.password).toMatch(/at least 12/);
    expect(created.error.fieldErrors?.countries).toMatch(/two-letter/);
  });

  it("invalid update gives field errors", async () => {
    const updated = await updateUser({ db: database.db, actor: admin, input: { userId: target.id, role: "owner" as Role, countries: ["DEU"] } });

    expect(updated.ok).toBe(false);
    if (updated.ok || updated.error.code !== "invalid") throw new Error("Expected an invalid result.");
    expect(updated.error.fieldErrors?.role).toMatch(/admin, marketing, manager, rep/);
    expect(updated.error.fieldErrors?.countries).toMatch(/two-letter/);
  });

  it("weak reset password is rejected", async () => {
    const reset = await resetPassword({ db: database.db, actor: admin, input: { userId: target.id, password: "short" } });

    expect(reset.ok).toBe(false);
    if (reset.ok || reset.error.code !== "invalid") throw new Error("Expected an invalid result.");
    expect(reset.error.fieldErrors?.password).toMatch(/at least 12/);
  });

  it("unknown user is not found", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";

    const updated = await updateUser({ db: database.db, actor: admin, input: { userId: missing, name: "Ghost" } });
    const reset = await resetPassword({ db: database.db, actor: admin, input: { userId: missing, password: NEW_PASSWORD } });

    expect(updated.ok).toBe(false);
    if (!updated.ok) expect(updated.error.code).toBe("not_found");
    expect(reset.ok).toBe(false);
    if (!reset.ok) expect(reset.error.code).toBe("not_found");
  });
});

describe("last active admin", () => {
  it("command line cannot remove it", async () => {
    const otherAdmins = await database.db.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, admin.id)));
    for (const other of otherAdmins) await updateUser({ db: database.db, actor: "cli", input: { userId: other.id, role: "manager" } });

    const demoted = await updateUser({ db: database.db, actor: "cli", input: { userId: admin.id, role: "rep" } });
    const deactivated = await updateUser({ db: database.db, actor: "cli", input: { userId: admin.id, active: false } });

    expect(demoted.ok).toBe(false);
    if (!demoted.ok) expect(demoted.error.code).toBe("conflict");
    if (!demoted.ok) expect(demoted.error.message).toContain(`${admin.email} is the only active admin`);
    expect(deactivated.ok).toBe(false);
    if (!deactivated.ok) expect(deactivated.error.code).toBe("conflict");
    expect((await storedUser(admin.id)).role).toBe("admin");
    expect((await storedUser(admin.id)).active).toBe(true);
  });
});
