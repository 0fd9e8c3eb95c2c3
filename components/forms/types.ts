import type { Option } from "@/lib/forms/catalog";

/** A form field as the browser renders it: catalog definition plus this form's required flag. */
export type FieldView = {
  id: string;
  kind: "text" | "email" | "tel" | "textarea" | "select" | "checkboxes" | "country";
  label: string;
  required: boolean;
  maxLength?: number;
  autoComplete?: string;
  options?: readonly Option[];
};

export type FormValues = Record<string, string | string[]>;

export type SubmitState =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      fieldErrors: Record<string, string>;
      values: FormValues;
      // The hidden fields as submitted (attribution and render token). Without JavaScript the page renders
      // again for the error, where its Referer is the form itself, so these keep the original ones.
      hidden: Record<string, string>;
    }
  | { status: "success"; message: string; assetUrl: string | null };
