"use server";

import type { FormValues, SubmitState } from "@/components/forms/types";
import { ATTRIBUTION_KEYS } from "@/lib/capture/attribution";
import { HONEYPOT_FIELD, RENDER_TOKEN_FIELD } from "@/lib/capture/constants";
import { formDataToValues } from "@/lib/capture/form-data";
import { originOf } from "@/lib/capture/origin";
import { submitForm } from "@/lib/capture/submit";

const HIDDEN_FIELDS = new Set<string>([RENDER_TOKEN_FIELD, "embed", ...ATTRIBUTION_KEYS]);
const NOT_ECHOED = new Set<string>([HONEYPOT_FIELD, ...HIDDEN_FIELDS]);

/**
 * Submit a hosted or embedded form. Public by design: prospects have no
 * session, so every check is the pipeline's (form, origin, validation, spam).
 */
export async function submitHostedForm(slug: string, _previous: SubmitState, formData: FormData): Promise<SubmitState> {
  const values = formDataToValues(formData);
  const embedded = values.embed === "1";
  const pageUrl = typeof values.page_url === "string" ? values.page_url : null;

  const result = await submitForm({
    slug,
    channel: embedded ? "embed" : "hosted",
    values,
    renderToken: typeof values[RENDER_TOKEN_FIELD] === "string" ? values[RENDER_TOKEN_FIELD] : null,
    origin: embedded ? originOf(pageUrl) : null,
  });

  const echoed: FormValues = Object.fromEntries(Object.entries(values).filter(([key]) => !NOT_ECHOED.has(key)));
  const hidden = Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => HIDDEN_FIELDS.has(entry[0]) && typeof entry[1] === "string"),
  );
  const failed = (message: string, fieldErrors: Record<string, string> = {}): SubmitState => ({ status: "error", message, fieldErrors, values: echoed, hidden });

  switch (result.kind) {
    case "accepted":
    case "spam":
      return { status: "success", message: result.thankYou.message, assetUrl: result.thankYou.assetUrl };
    case "invalid": {
      const { form: formMessage, ...fieldErrors } = result.fieldErrors;
      return failed(formMessage ?? "Some answers need another look. Correct the fields marked below and send the form again.", fieldErrors);
    }
    case "form_not_found":
      return failed("This form no longer exists. Reload the page to check for a newer version.");
    case "form_paused":
      return failed("This form is not taking requests at the moment. Please try again later.");
    case "origin_not_allowed":
      return failed("This form cannot be submitted from this website.");
    case "unavailable":
      return failed(
        `Your request was not saved because of a temporary problem on our side. Your answers are still here: send the form again in a moment. (Reference ${result.errorId})`,
      );
  }
}
