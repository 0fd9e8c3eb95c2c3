import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { currentActor } from "@/lib/auth/session";

import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await currentActor()) redirect("/queue");

  return (
    <main className="page" style={{ maxWidth: "26rem" }}>
      <SignInForm />
    </main>
  );
}
