import { createHmac } from "node:crypto";

import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { getDb } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getSigningSecret } from "@/lib/settings/signing-secret";

import { authenticate } from "./authenticate";
import type { Role } from "./roles";
import { createSignInThrottle } from "./throttle";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
  }
}

// Sessions last 12 hours: a working day, then sign in again.
const SESSION_SECONDS = 12 * 60 * 60;

/** Return the client's address for throttling: the first X-Forwarded-For hop, which a reverse proxy sets. */
function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();

  return forwarded || request.headers.get("x-real-ip") || "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  // A key of its own, derived from the installation secret, so session cookies and form tokens never share one.
  const secret = createHmac("sha256", await getSigningSecret(db)).update("auth.js session").digest("base64url");
  const throttle = createSignInThrottle(db);

  return {
    secret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_SECONDS },
    pages: { signIn: "/sign-in" },
    // Through the app's logger. A wrong password is already logged by authenticate(), without a stack trace.
    logger: {
      error: (error: Error) => {
        if (error.name === "CredentialsSignin") return;
        logger.error({ err: error }, "Auth.js error");
      },
      warn: (code: string) => logger.warn({ code }, "Auth.js warning"),
      debug: () => {},
    },
    providers: [
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: async (credentials, request) =>
          authenticate(db, throttle, { email: credentials?.email, password: credentials?.password, address: clientAddress(request) }),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.role = user.role;
        }
        return token;
      },
      session({ session, token }) {
        session.user.id = token.sub ?? "";
        session.user.role = token.role as Role;
        return session;
      },
    },
  };
});
