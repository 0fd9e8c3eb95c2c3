import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/authenticate";
import { createSignInThrottle, type SignInThrottle } from "@/lib/auth/throttle";
import { users } from "@/lib/db/schema";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";

import { createTestDatabase, type TestDatabase } from "../helpers/database";

const PASSWORD = "correct horse battery staple";
const WRONG_PASSWORD = "incorrect horse battery staple";

let database: TestDatabase;
let throttle: SignInThrottle;
let userCount = 0;
let addressCount = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  throttle = createSignInThrottle(database.db);
});

afterAll(async () => {
  await database?.close();
});

/** Create an active rep. Each test uses its own accounts and addresses, because failed sign-ins are counted per account and per address. */
async function createRep(email = `rep${++userCount}@supplier.example`): Promise<{ id: string; email: string }> {
  const created = await createUser({ db: database.db, actor: "cli", user: { email, name: "Rita Rep", role: "rep", password: PASSWORD } });
  if (!created.ok) throw new Error(created.error.message);

  return created.value;
}

function newAddress(): string {
  addressCount += 1;
  return `192.0.2.${addressCount}`;
}

function signIn(email: string, password: string, address: string) {
  return authenticate(database.db, throttle, { email, password, address });
}

async function failSignIns(times: number, email: string, address: string): Promise<void> {
  for (let attempt = 0; attempt < times; attempt += 1) {
    const result = await signIn(email, WRONG_PASSWORD, address);
    if (result !== null) throw new Error(`Sign-in ${attempt + 1} with a wrong password succeeded.`);
  }
}

describe("sign-in", () => {
  it("accepts the correct password", async () => {
    const rep = await createRep();

    const user = await signIn(rep.email, PASSWORD, newAddress());

    expect(user?.id).toBe(rep.id);
    expect(user?.email).toBe(rep.email);
    expect(user?.role).toBe("rep");
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("matches email trimmed, any case", async () => {
    const rep = await createRep("rep@supplier.example");

    const user = await signIn("  Rep@Supplier.Example ", PASSWORD, newAddress());

    expect(user?.id).toBe(rep.id);
  });

  it("rejects a wrong password", async () => {
    const rep = await createRep();

    expect(await signIn(rep.email, WRONG_PASSWORD, newAddress())).toBeNull();
  });

  it("rejects an unknown email", async () => {
    expect(await signIn("nobody@supplier.example", PASSWORD, newAddress())).toBeNull();
  });

  it("rejects a deactivated user", async () => {
    const rep = await createRep();
    const deactivated = await updateUser({ db: database.db, actor: "cli", input: { userId: rep.id, active: false } });
    expect(deactivated.ok).toBe(true);

    expect(await signIn(rep.email, PASSWORD, newAddress())).toBeNull();
  });
});

describe("sign-in throttle", () => {
  it("blocks an account after 5 failures", async () => {
    const rep = await createRep();
    const address = newAddress();
    await failSignIns(5, rep.email, address);

    expect(await signIn(rep.email, PASSWORD, address)).toBeNull();
    expect(await signIn(rep.email, PASSWORD, newAddress())).toBeNull();
  });

  it("allows 4 failures, then the right password", async () => {
    const rep = await createRep();
    const address = newAddress();
    await failSignIns(4, rep.email, address);

    expect(await signIn(rep.email, PASSWORD, address)).not.toBeNull();
  });

  it("blocks per account, then per address", async () => {
    const blocked = await createRep();
    const other = await createRep();
    const address = newAddress();
    await failSignIns(5, blocked.email, address);

    expect(await signIn(blocked.email, PASSWORD, address)).toBeNull();
    expect(await signIn(other.email, PASSWORD, address)).not.toBeNull();

    // The 5 failures and the blocked sign-in count 6 against this address, so 13 more make 19: one below the limit of 20.
    await failSignIns(13, "unknown@supplier.example", address);
    expect(await signIn(other.email, PASSWORD, address)).not.toBeNull();

    await failSignIns(1, "unknown@supplier.example", address);
    expect(await signIn(other.email, PASSWORD, address)).toBeNull();
    expect(await signIn(other.email, PASSWORD, newAddress())).not.toBeNull();
  });

  it("success resets the account counter", async () => {
    const rep = await createRep();
    const address = newAddress();
    await failSignIns(4, rep.email, address);
    expect(await signIn(rep.email, PASSWORD, address)).not.toBeNull();

    await failSignIns(4, rep.email, address);

    expect(await signIn(rep.email, PASSWORD, address)).not.toBeNull();
  });
});

describe("stored password hash", () => {
  it("is Argon2id with m=19456,t=2,p=1", async () => {
    const rep = await createRep();
    const [row] = await database.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, rep.id));

    // PHC string format: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
    const [empty, algorithm, version, parameters, salt, hash] = row!.passwordHash.split("$");
    const parameterValues = Object.fromEntries(parameters!.split(",").map((pair) => pair.split("=")));

    expect(empty).toBe("");
    expect(algorithm).toBe("argon2id");
    expect(version).toBe("v=19");
    expect(parameterValues.m).toBe("19456");
    expect(parameterValues.t).toBe("2");
    expect(parameterValues.p).toBe("1");
    expect(salt).toMatch(/^[A-Za-z0-9+/]{16,}$/);
    expect(hash).toMatch(/^[A-Za-z0-9+/]{32,}$/);
  });
});
