/**
 * Manage dashboard users from the command line. This is how the first admin
 * of a new installation is made. Usage: `npm run users -- --help`.
 */
import "@/lib/log-to-stderr";

import { parseArgs } from "node:util";

import { read } from "read";

import { ROLES, type Role } from "@/lib/auth/roles";
import { closeDatabase, getDatabaseHandle } from "@/lib/db";
import { DatabaseLockedError } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import type { UseCaseError } from "@/lib/result";
import { createUser } from "@/lib/users/create-user";
import { findUserByEmail } from "@/lib/users/find-user";
import { listUsers, type UserSummary } from "@/lib/users/list-users";
import { resetPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update-user";
import { fieldErrorsOf, parseCountryList, passwordSchema, userInputSchema } from "@/lib/users/validation";

const USAGE = `Usage: npm run users -- COMMAND [options]

Commands:
  create --email EMAIL --role ROLE [--name NAME] [--countries DE,AT]
      Add a user. NAME defaults to the part of the email before the @.
      --countries lists the two-letter ISO 3166-1 codes of the countries a
      rep covers when leads are assigned by country. A rep without countries
      gets a lead only when no rep covers the lead's country.
  list
      Print every user's email, name, role, countries and whether the user
      is active.
  set-role --email EMAIL --role ROLE
      Change a user's role.
  activate --email EMAIL
      Let a deactivated user sign in again.
  deactivate --email EMAIL
      Stop a user from signing in. The user's leads and history stay.
  reset-password --email EMAIL
      Replace a user's password and clear the user's failed sign-ins.

Roles: ${ROLES.join(", ")}.

create and reset-password read the password from the PELLET_PASSWORD
environment variable. Without it they prompt for the password twice, which
needs a terminal. Passwords have at least 12 characters.

The command uses the PostgreSQL server in DATABASE_URL, or else the embedded
database in PELLET_DATA_DIR (default .pellet/db). The embedded database
allows one process at a time, so stop a running Pellet server first.
`;

const HELP_HINT = 'Run "npm run users -- --help" for usage.';

type Command = "create" | "list" | "set-role" | "activate" | "deactivate" | "reset-password";
type OptionName = "email" | "role" | "name" | "countries";

const COMMAND_OPTIONS: Record<Command, { required: OptionName[]; optional: OptionName[] }> = {
  create: { required: ["email", "role"], optional: ["name", "countries"] },
  list: { required: [], optional: [] },
  "set-role": { required: ["email", "role"], optional: [] },
  activate: { required: ["email"], optional: [] },
  deactivate: { required: ["email"], optional: [] },
  "reset-password": { required: ["email"], optional: [] },
};

// The option or input that sets each use-case field, for error messages.
const FIELD_SOURCES: Record<string, string> = {
  email: "--email",
  name: "--name",
  role: "--role",
  countries: "--countries",
  password: "password",
};

/** A mistake in the command line itself: exit code 2. */
class UsageError extends Error {}

/** A command that was understood but could not be carried out: exit code 1. */
class CommandError extends Error {}

type Options = Partial<Record<OptionName, string>>;

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function parseCommandLine(args: string[]): { command: Command; options: Options } | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        countries: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} ${HELP_HINT}`);
  }
  const { values, positionals } = parsed;

  if (values.help || positionals[0] === "help") return "help";
  if (positionals.length === 0) throw new UsageError(`Missing command. ${HELP_HINT}`);
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}". ${HELP_HINT}`);

  const command = positionals[0]!;
  if (!Object.hasOwn(COMMAND_OPTIONS, command)) {
    throw new UsageError(`Unknown command "${command}". Use one of: ${Object.keys(COMMAND_OPTIONS).join(", ")}. ${HELP_HINT}`);
  }
  const { required, optional } = COMMAND_OPTIONS[command as Command];

  const options: Options = { email: values.email, role: values.role, name: values.name, countries: values.countries };
  for (const name of required) {
    if (!options[name]?.trim()) throw new UsageError(`Missing --${name}: ${command} needs --${name} ${name.toUpperCase()}. ${HELP_HINT}`);
  }
  for (const [name, value] of Object.entries(options)) {
    const allowed = [...required, ...optional] as string[];
    if (value !== undefined && !allowed.includes(name)) throw new UsageError(`--${name} does not apply to ${command}. ${HELP_HINT}`);
  }
  if (options.role !== undefined && !(ROLES as readonly string[]).includes(options.role)) {
    throw new UsageError(`Unknown role "${options.role}". Use one of: ${ROLES.join(", ")}.`);
  }

  return { command: command as Command, options };
}

/** Describe a failed use case, naming each invalid field by the option that sets it. */
function describeFailure(error: UseCaseError): string {
  if (error.code !== "invalid" || !error.fieldErrors) return error.message;

  return Object.entries(error.fieldErrors)
    .map(([field, message]) => `Invalid ${FIELD_SOURCES[field] ?? field}: ${message}`)
    .join("\n");
}

/**
 * Read and check PELLET_PASSWORD now, so a weak one fails before the database
 * opens. Returns null when it is unset and the command should prompt.
 */
function passwordFromEnvironment(): string | null {
  const password = process.env.PELLET_PASSWORD;
  if (!password) {
    if (!process.stdin.isTTY) {
      throw new UsageError("No password given: set PELLET_PASSWORD to the password. Without it the command prompts, which needs a terminal.");
    }
    return null;
  }

  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new CommandError(`Invalid PELLET_PASSWORD: ${checked.error.issues[0]!.message}`);

  return password;
}

/** Prompt twice without echo; the prompts go to standard error so standard output stays the command's result. */
async function promptNewPassword(email: string): Promise<string> {
  const password = await promptSilently(`New password for ${email}: `);
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new CommandError(`Invalid password: ${checked.error.issues[0]!.message} Run the command again.`);

  const repeated = await promptSilently("Repeat the password: ");
  if (repeated !== password) throw new CommandError("The passwords do not match. Run the command again.");

  return password;
}

async function promptSilently(prompt: string): Promise<string> {
  try {
    const answer = await read({ prompt, silent: true, replace: "", output: process.stderr });
    // The muted prompt leaves the cursor after it, so end the line before anything else prints.
    process.stderr.write("\n");
    return answer;
  } catch (error) {
    // read rejects with "canceled" on Ctrl-C and "timed out" on a timeout.
    throw new CommandError(`Password prompt ended (${(error as Error).message}): nothing was changed.`);
  }
}

async function findExistingUser(email: string): Promise<UserSummary> {
  const { db } = await getDatabaseHandle();
  const user = await findUserByEmail(db, email);
  if (!user) throw new CommandError(`No user has the email ${email.trim()}. Run "npm run users -- list" to see the users.`);

  return user;
}

async function runCreate(options: Options): Promise<void> {
  const email = options.email!;
  const fields = {
    email,
    role: options.role as Role,
    name: options.name ?? email.trim().split("@")[0] ?? "",
    countries: parseCountryList(options.countries ?? ""),
  };
  const checked = userInputSchema.omit({ password: true }).safeParse(fields);
  if (!checked.success) throw new UsageError(describeFailure({ code: "invalid", message: "", fieldErrors: fieldErrorsOf(checked.error) }));
  let password = passwordFromEnvironment();

  const { db } = await getDatabaseHandle();
  if (await findUserByEmail(db, email)) {
    throw new CommandError(`A user with the email ${checked.data.email} already exists. Use set-role, activate or reset-password to change that user.`);
  }
  password ??= await promptNewPassword(checked.data.email);

  const created = await createUser({ db, actor: "cli", user: { ...fields, password } });
  if (!created.ok) throw new CommandError(describeFailure(created.error));

  print(`Created ${fields.role} ${created.value.email}.`);
}

async function runList(): Promise<void> {
  const { db } = await getDatabaseHandle();
  const listed = await listUsers({ db, actor: "cli" });
  if (!listed.ok) throw new CommandError(describeFailure(listed.error));
  if (listed.value.length === 0) {
    print('No users yet. Create the first admin: npm run users -- create --email EMAIL --role admin');
    return;
  }

  const rows = [["EMAIL", "NAME", "ROLE", "ACTIVE", "COUNTRIES"]];
  for (const user of listed.value) {
    rows.push([user.email, user.name, user.role, user.active ? "yes" : "no", user.countries.join(",") || "-"]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) print(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
}

async function runUpdate(options: Options, change: { role?: Role; active?: boolean }, done: (email: string) => string): Promise<void> {
  const user = await findExistingUser(options.email!);

  const { db } = await getDatabaseHandle();
  const updated = await updateUser({ db, actor: "cli", input: { userId: user.id, ...change } });
  if (!updated.ok) throw new CommandError(describeFailure(updated.error));

  print(done(updated.value.email));
}

async function runResetPassword(options: Options): Promise<void> {
  let password = passwordFromEnvironment();
  const user = await findExistingUser(options.email!);
  password ??= await promptNewPassword(user.email);

  const { db } = await getDatabaseHandle();
  const reset = await resetPassword({ db, actor: "cli", input: { userId: user.id, password } });
  if (!reset.ok) throw new CommandError(describeFailure(reset.error));

  print(`Password reset for ${user.email}.`);
}

async function main(): Promise<void> {
  const parsed = parseCommandLine(process.argv.slice(2));
  if (parsed === "help") {
    process.stdout.write(USAGE);
    return;
  }
  const { command, options } = parsed;

  switch (command) {
    case "create":
      return runCreate(options);
    case "list":
      return runList();
    case "set-role":
      return runUpdate(options, { role: options.role as Role }, (email) => `${email} is now ${options.role}.`);
    case "activate":
      return runUpdate(options, { active: true }, (email) => `${email} is active and can sign in.`);
    case "deactivate":
      return runUpdate(options, { active: false }, (email) => `${email} is deactivated and can no longer sign in.`);
    case "reset-password":
      return runResetPassword(options);
  }
}

main()
  .catch((error: unknown) => {
    // A usage error changed nothing and is shown on standard error, so it is not logged.
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof CommandError || error instanceof DatabaseLockedError) {
      process.stderr.write(`${error.message}\n`);
      logger.info({ command: process.argv[2] }, "users command rejected");
      process.exitCode = 1;
      return;
    }
    logger.error({ err: error, command: process.argv[2] }, "users command failed");
    process.stderr.write(`The command failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
