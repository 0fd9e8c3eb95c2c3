import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";

import { SubmissionForm } from "@/components/forms/submission-form";
import type { FieldView } from "@/components/forms/types";
import { ATTRIBUTION_KEYS } from "@/lib/capture/attribution";
import { HONEYPOT_FIELD, RENDER_TOKEN_FIELD } from "@/lib/capture/constants";
import { isOriginAllowed, originOf } from "@/lib/capture/origin";
import { issueRenderToken } from "@/lib/capture/render-token";
import { getDb } from "@/lib/db";
import type { Form } from "@/lib/db/schema";
import { CONTACT_FIELDS, FIELDS } from "@/lib/forms/catalog";
import { COUNTRY_OPTIONS } from "@/lib/forms/countries";
import { findFormBySlug } from "@/lib/forms/queries";
import { getSigningSecret } from "@/lib/settings/signing-secret";

import { submitHostedForm } from "./actions";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadForm = cache(async (slug: string) => findFormBySlug(await getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const form = await loadForm((await params).slug);

  return { title: form?.name ?? "Form not found", robots: { index: false } };
}

function fieldViews(form: Form): FieldView[] {
  return [...form.fields, ...CONTACT_FIELDS].map(({ id, required }) => {
    const definition = FIELDS[id];
    return {
      ...definition,
      label: definition.label,
      required,
      options: definition.kind === "country" ? COUNTRY_OPTIONS : "options" in definition ? definition.options : undefined,
    };
  });
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function FormPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const form = await loadForm(slug);
  if (!form) notFound();

  const embedded = first(query.embed) === "1";
  const pageClass = embedded ? "page page--embedded" : "page";

  if (form.status !== "live") {
    return (
      <main className={pageClass}>
        <h1>{form.name}</h1>
        <p>This form is not taking requests at the moment. Please try again later.</p>
      </main>
    );
  }

  const hidden: Record<string, string> = {
    [RENDER_TOKEN_FIELD]: issueRenderToken(await getSigningSecret(await getDb())),
  };
  for (const key of ATTRIBUTION_KEYS) {
    const value = first(query[key]);
    if (value) hidden[key] = value;
  }
  // On the hosted page the browser's Referer is the page that linked here; the embed passes the host page's own referrer.
  const referer = (await headers()).get("referer");
  if (!hidden.referrer && referer && !embedded) hidden.referrer = referer;
  if (embedded) hidden.embed = "1";

  const parentOrigin = embedded ? originOf(hidden.page_url) : null;
  const trustedParent = parentOrigin && isOriginAllowed(form.allowedOrigins, parentOrigin) ? parentOrigin : null;

  return (
    <main className={pageClass}>
      <SubmissionForm
        title={form.name}
        slug={form.slug}
        fields={fieldViews(form)}
        consentText={form.consentText}
        hidden={hidden}
        honeypotName={HONEYPOT_FIELD}
        action={submitHostedForm.bind(null, form.slug)}
        parentOrigin={trustedParent}
      />
    </main>
  );
}
