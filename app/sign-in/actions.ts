"use server";

import { AuthError } from "next-auth";

import { signIn } from "@/lib/auth/auth";

export type SignInState = { error: string | null; email: string };

// One message for every failure, so it does not reveal which accounts exist.
const FAILED = "Sign-in failed: the email or password is incorrect, or the account is paused for 15 minutes after repeated failures.";

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  try {
    await signIn("credentials", { email, password: String(formData.get("password") ?? ""), redirectTo: "/queue" });
  } catch (error) {
    // signIn redirects by throwing; only its own auth errors are sign-in failures.
    if (error instanceof AuthError) return { error: FAILED, email };
    throw error;
  }

  return { error: null, email };
}
