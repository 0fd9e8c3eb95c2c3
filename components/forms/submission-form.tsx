"use client";

import { useActionState, useEffect } from "react";

import { FormField } from "./form-field";
import type { FieldView, SubmitState } from "./types";

type Props = {
  title: string;
  fields: FieldView[];
  consentText: string;
  hidden: Record<string, string>;
  honeypotName: string;
  action: (state: SubmitState, formData: FormData) => Promise<SubmitState>;
  // Origin of the page embedding this form; set only inside the embed iframe.
  parentOrigin: string | null;
  slug: string;
};

const CONTACT_FIELD_IDS = new Set(["name", "email", "company", "country", "phone", "jobRole"]);

export function SubmissionForm({ title, fields, consentText, hidden, honeypotName, action, parentOrigin, slug }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });

  useEmbedMessages(parentOrigin, slug, state.status === "success");

  if (state.status === "success") {
    return (
      <section className="thank-you" role="status" aria-live="polite">
        <h2>Request received</h2>
        <p>{state.message}</p>
        {state.assetUrl ? (
          <p>
            <a href={state.assetUrl} target="_blank" rel="noopener">
              Download now
            </a>
          </p>
        ) : null}
      </section>
    );
  }

  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const contactFields = fields.filter((field) => CONTACT_FIELD_IDS.has(field.id));
  const projectFields = fields.filter((field) => !CONTACT_FIELD_IDS.has(field.id));

  return (
    <form action={formAction} className="form" noValidate>
      <h1>{title}</h1>
      {state.status === "error" ? (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {Object.entries({ ...hidden, ...(state.status === "error" ? state.hidden : {}) }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="field-hp">Leave this field empty</label>
        <input id="field-hp" type="text" name={honeypotName} tabIndex={-1} autoComplete="off" />
      </div>
      {projectFields.map((field) => (
        <FormField key={field.id} field={field} value={values[field.id]} error={errors[field.id]} />
      ))}
      <div className="columns">
        {contactFields.map((field) => (
          <FormField key={field.id} field={field} value={values[field.id]} error={errors[field.id]} />
        ))}
      </div>
      <div className="field">
        <label className="check">
          <input type="checkbox" name="consent" required defaultChecked={values.consent === "on"} aria-invalid={errors.consent ? true : undefined} />
          {consentText}
        </label>
        {errors.consent ? <span className="error">{errors.consent}</span> : null}
      </div>
      <button type="submit" className="submit" disabled={pending}>
        {pending ? "Sending…" : "Send request"}
      </button>
    </form>
  );
}

/** Inside the embed iframe: report the page height and the completed submission to the embedding page, and to no other origin. */
function useEmbedMessages(parentOrigin: string | null, slug: string, submitted: boolean) {
  useEffect(() => {
    if (!parentOrigin || window.parent === window) return;
    // The body's height, not the root element's: the root's scrollHeight never drops below the iframe's own height, so the iframe could never shrink.
    const post = () => window.parent.postMessage({ type: "pellet:resize", form: slug, height: document.body.scrollHeight }, parentOrigin);
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [parentOrigin, slug]);

  useEffect(() => {
    if (!parentOrigin || !submitted || window.parent === window) return;
    window.parent.postMessage({ type: "pellet:submitted", form: slug }, parentOrigin);
  }, [parentOrigin, slug, submitted]);
}
