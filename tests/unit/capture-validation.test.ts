import { describe, expect, it } from "vitest";

import { validateSubmission, type FieldErrors, type ValidationResult, type ValidSubmission } from "@/lib/capture/validation";
import { MAX_LENGTH, type FormFieldConfig } from "@/lib/forms/catalog";
import { DEMO_FORMS } from "@/lib/forms/demo-forms";

function demoFormFields(slug: string): FormFieldConfig[] {
  const form = DEMO_FORMS.find((candidate) => candidate.slug === slug);
  if (!form) throw new Error(`Demo form ${slug} not found in DEMO_FORMS.`);

  return form.fields;
}

const SAMPLE_FIELDS = demoFormFields("sample-request");
const TDS_FIELDS = demoFormFields("tds-request");

/** Build valid raw values for the sample-request form, with `overrides` replacing or adding keys. */
function sampleValues(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "Ana Souza",
    email: "ana@moldworks.example",
    company: "Moldworks GmbH",
    country: "DE",
    application: "packaging",
    polymer: "PP",
    timeline: "lt3m",
    processingMethod: "injection",
    annualVolume: "10to100t",
    compliance: ["fda_food_contact", "eu_10_2011"],
    consent: "on",
    ...overrides,
  };
}

function validateSample(overrides: Record<string, unknown> = {}): ValidationResult {
  return validateSubmission(SAMPLE_FIELDS, sampleValues(overrides));
}

function validateSampleWithout(field: string): ValidationResult {
  const values = sampleValues();
  delete values[field];

  return validateSubmission(SAMPLE_FIELDS, values);
}

/** Return the accepted value, or throw with the field errors when validation failed. */
function acceptedValue(result: ValidationResult): ValidSubmission {
  if (!result.ok) throw new Error(`Expected the submission to be valid, but got: ${JSON.stringify(result.fieldErrors)}`);

  return result.value;
}

/** Return the field errors, or throw when validation passed. */
function fieldErrorsOf(result: ValidationResult): FieldErrors {
  if (result.ok) throw new Error("Expected field errors, but the submission was accepted.");

  return result.fieldErrors;
}

/** Build a valid address of exactly `length` characters from a 64-character local part and domain labels of at most 63. */
function emailOfLength(length: number): string {
  const local = "a".repeat(64);
  const lastLabelLength = length - local.length - "@".length - 64 - 64 - ".com".length;
  const domain = `${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(lastLabelLength)}.com`;

  return `${local}@${domain}`;
}

describe("validateSubmission names", () => {
  it.each<{ label: string; name: string }>([
    { label: "accented Latin name", name: "José Álvarez Núñez" },
    { label: "CJK name", name: "山田 太郎" },
    { label: "Arabic name", name: "أحمد الخطيب" },
    { label: "name with emoji", name: "Ana 🌱 Souza" },
  ])("name kept: $label", ({ name }) => {
    expect(acceptedValue(validateSample({ name })).contact.name).toBe(name);
  });

  it("decomposed accent stored composed", () => {
    expect(acceptedValue(validateSample({ name: "Jose\u0301" })).contact.name).toBe("Jos\u00E9");
  });

  it("name spaces collapsed", () => {
    expect(acceptedValue(validateSample({ name: "  Ana   Souza " })).contact.name).toBe("Ana Souza");
  });
});

describe("validateSubmission maximum lengths", () => {
  // Phone values are valid numbers, padded with an extension, because the phone is parsed after the length check.
  const cases: { label: string; field: string; fieldLabel: string; max: number; atMax: string; overMax: string }[] = [
    { label: "name", field: "name", fieldLabel: "Full name", max: MAX_LENGTH.name, atMax: "", overMax: "" },
    { label: "company", field: "company", fieldLabel: "Company", max: MAX_LENGTH.company, atMax: "", overMax: "" },
    { label: "jobRole", field: "jobRole", fieldLabel: "Job role", max: MAX_LENGTH.jobRole, atMax: "", overMax: "" },
    {
      label: "phone",
      field: "phone",
      fieldLabel: "Phone",
      max: MAX_LENGTH.phone,
      atMax: "+1 650 253 0000 ext. 12345678901",
      overMax: "+1 650 253 0000 ext. 123456789012",
    },
    {
      label: "performanceTarget",
      field: "performanceTarget",
      fieldLabel: "Performance target",
      max: MAX_LENGTH.performanceTarget,
      atMax: "",
      overMax: "",
    },
    { label: "message", field: "message", fieldLabel: "Message", max: MAX_LENGTH.message, atMax: "", overMax: "" },
    {
      label: "email",
      field: "email",
      fieldLabel: "Work email",
      max: MAX_LENGTH.email,
      atMax: emailOfLength(MAX_LENGTH.email),
      overMax: emailOfLength(MAX_LENGTH.email + 1),
    },
  ].map((entry) => ({
    ...entry,
    atMax: entry.atMax || "x".repeat(entry.max),
    overMax: entry.overMax || "x".repeat(entry.max + 1),
  }));

  it.each(cases)("case value lengths: $label", ({ max, atMax, overMax }) => {
    expect(atMax).toHaveLength(max);
    expect(overMax).toHaveLength(max + 1);
  });

  it.each(cases)("at maximum accepted: $label", ({ field, atMax }) => {
    const result = validateSample({ [field]: atMax });

    expect(result.ok ? {} : result.fieldErrors).toEqual({});
  });

  it.each(cases)("over maximum names field: $label", ({ field, fieldLabel, overMax }) => {
    expect(fieldErrorsOf(validateSample({ [field]: overMax }))[field]).toContain(fieldLabel);
  });

  it.each(cases)("over maximum states limit: $label", ({ field, max, overMax }) => {
    expect(fieldErrorsOf(validateSample({ [field]: overMax }))[field]).toContain(String(max));
  });

  it("email at 254 kept whole", () => {
    const email = emailOfLength(MAX_LENGTH.email);

    expect(acceptedValue(validateSample({ email })).contact.email).toBe(email);
  });
});

describe("validateSubmission required fields", () => {
  const REQUIRED: { field: string; message: string }[] = [
    { field: "name", message: "Full name is required." },
    { field: "email", message: "Work email is required." },
    { field: "company", message: "Company is required." },
    { field: "country", message: "Country is required." },
    { field: "application", message: "Application / end-use industry is required." },
    { field: "polymer", message: "Polymer type or product family is required." },
    { field: "timeline", message: "Project timeline is required." },
    { field: "processingMethod", message: "Processing method is required." },
    { field: "annualVolume", message: "Expected annual volume is required." },
  ];
  const BLANKS: { label: string; value: unknown }[] = [
    { label: "empty", value: "" },
    { label: "whitespace-only", value: " \t " },
    { label: "null", value: null },
  ];

  it.each(REQUIRED.map(({ field, message }) => ({ label: `${field} missing`, field, message })))("required: $label", ({ field, message }) => {
    expect(fieldErrorsOf(validateSampleWithout(field))[field]).toBe(message);
  });

  it.each(REQUIRED.flatMap(({ field, message }) => BLANKS.map((blank) => ({ label: `${field} ${blank.label}`, field, message, value: blank.value }))))(
    "required: $label",
    ({ field, message, value }) => {
      expect(fieldErrorsOf(validateSample({ [field]: value }))[field]).toBe(message);
    },
  );

  it("required checkbox list empty", () => {
    const fields: FormFieldConfig[] = [{ id: "compliance", required: true }];
    const result = validateSubmission(fields, sampleValues({ compliance: [] }));

    expect(fieldErrorsOf(result).compliance).toBe("Compliance requirements is required.");
  });

  it("optional fields may be missing", () => {
    const result = validateSubmission(TDS_FIELDS, {
      name: "Kenji Tanaka",
      email: "kenji@injectpro.example",
      company: "InjectPro KK",
      country: "JP",
      application: "automotive",
      polymer: "PA66",
      consent: true,
    });

    expect(acceptedValue(result).answers).toEqual({ application: "automotive", polymer: "PA66" });
  });

  it("blank optional answer omitted", () => {
    const answers = acceptedValue(validateSample({ performanceTarget: "   ", message: "" })).answers;

    expect(Object.keys(answers)).not.toContain("performanceTarget");
    expect(Object.keys(answers)).not.toContain("message");
  });
});

describe("validateSubmission wrong types", () => {
  it.each<{ label: string; field: string; value: unknown; message: string }>([
    { label: "number for name", field: "name", value: 42, message: "Full name must be text." },
    { label: "array for name", field: "name", value: ["Ana"], message: "Full name must be text." },
    { label: "boolean for company", field: "company", value: true, message: "Company must be text." },
    { label: "number for email", field: "email", value: 5, message: "Work email must be text." },
    { label: "object for polymer", field: "polymer", value: { value: "PP" }, message: "Polymer type or product family must be text." },
    { label: "number for compliance", field: "compliance", value: 5, message: "Compliance requirements must be a list of options." },
    { label: "array for country", field: "country", value: ["DE"], message: "Country must be text." },
  ])("wrong type: $label", ({ field, value, message }) => {
    expect(fieldErrorsOf(validateSample({ [field]: value }))[field]).toBe(message);
  });
});

describe("validateSubmission options", () => {
  it.each<{ label: string; field: string; value: string; message: string }>([
    { label: "unknown application", field: "application", value: "aerospace", message: "Choose one of the listed options for application / end-use industry." },
    { label: "polymer in wrong case", field: "polymer", value: "pp", message: "Choose one of the listed options for polymer type or product family." },
    { label: "option label not value", field: "timeline", value: "Within 3 months", message: "Choose one of the listed options for project timeline." },
    { label: "unknown processing method", field: "processingMethod", value: "casting", message: "Choose one of the listed options for processing method." },
    { label: "unknown annual volume", field: "annualVolume", value: "5t", message: "Choose one of the listed options for expected annual volume." },
  ])("select rejects: $label", ({ field, value, message }) => {
    expect(fieldErrorsOf(validateSample({ [field]: value }))[field]).toBe(message);
  });

  it.each<{ label: string; value: unknown }>([
    { label: "one unknown in list", value: ["reach", "halal"] },
    { label: "unknown single value", value: "halal" },
  ])("checkboxes reject: $label", ({ value }) => {
    expect(fieldErrorsOf(validateSample({ compliance: value })).compliance).toBe("Choose only the listed options for compliance requirements.");
  });

  it.each<{ label: string; value: unknown; expected: string[] }>([
    { label: "list of known values", value: ["reach", "rohs"], expected: ["reach", "rohs"] },
    { label: "single string value", value: "reach", expected: ["reach"] },
    { label: "duplicate values", value: ["reach", "reach"], expected: ["reach"] },
  ])("checkboxes accept: $label", ({ value, expected }) => {
    expect(acceptedValue(validateSample({ compliance: value })).answers.compliance).toEqual(expected);
  });
});

describe("validateSubmission country", () => {
  it.each<{ label: string; value: string; expected: string }>([
    { label: "upper-case code", value: "DE", expected: "DE" },
    { label: "lower-case code", value: "de", expected: "DE" },
    { label: "code with spaces", value: " fr ", expected: "FR" },
  ])("country accepted: $label", ({ value, expected }) => {
    expect(acceptedValue(validateSample({ country: value })).contact.country).toBe(expected);
  });

  it.each<{ label: string; value: string }>([
    { label: "unassigned code", value: "XX" },
    { label: "country name", value: "Germany" },
    { label: "three-letter code", value: "DEU" },
  ])("country rejected: $label", ({ value }) => {
    expect(fieldErrorsOf(validateSample({ country: value })).country).toBe("Choose a country from the list.");
  });
});

describe("validateSubmission phone", () => {
  it.each<{ label: string; overrides: Record<string, unknown>; expected: string | null }>([
    { label: "phone missing", overrides: {}, expected: null },
    { label: "phone empty", overrides: { phone: "" }, expected: null },
    { label: "national number, country DE", overrides: { phone: "030 1234567" }, expected: "+49301234567" },
    { label: "international number", overrides: { phone: "+49 30 1234567" }, expected: "+49301234567" },
    { label: "foreign international number", overrides: { phone: "+1 (650) 253-0000" }, expected: "+16502530000" },
    { label: "national number, country JP", overrides: { country: "jp", phone: "03-1234-5678" }, expected: "+81312345678" },
  ])("phone stored: $label", ({ overrides, expected }) => {
    expect(acceptedValue(validateSample(overrides)).contact.phone).toBe(expected);
  });

  it.each<{ label: string; phone: string }>([
    { label: "three digits", phone: "123" },
    { label: "Berlin code, short number", phone: "030 12" },
    { label: "letters only", phone: "call me" },
    { label: "unknown country code", phone: "+999 1234 5678" },
  ])("phone rejected: $label", ({ phone }) => {
    expect(fieldErrorsOf(validateSample({ phone })).phone).toMatch(/^Enter a valid phone number/);
  });
});

describe("validateSubmission consent", () => {
  it.each<{ label: string; consent: unknown }>([
    { label: "checkbox value on", consent: "on" },
    { label: "string true", consent: "true" },
    { label: "upper-case YES", consent: "YES" },
    { label: "string 1", consent: "1" },
    { label: "boolean true", consent: true },
  ])("consent accepted: $label", ({ consent }) => {
    expect(validateSample({ consent }).ok).toBe(true);
  });

  it.each<{ label: string; consent: unknown }>([
    { label: "consent missing", consent: undefined },
    { label: "empty string", consent: "" },
    { label: "string off", consent: "off" },
    { label: "boolean false", consent: false },
    { label: "number 1", consent: 1 },
  ])("consent rejected: $label", ({ consent }) => {
    expect(fieldErrorsOf(validateSample({ consent })).consent).toBe("Tick the consent box to continue.");
  });
});

describe("validateSubmission email", () => {
  it("email kept as typed", () => {
    expect(acceptedValue(validateSample({ email: " Ana@Moldworks.example " })).contact.email).toBe("Ana@Moldworks.example");
  });

  it("email normalized lower-case", () => {
    expect(acceptedValue(validateSample({ email: "Ana@Moldworks.example" })).contact.emailNormalized).toBe("ana@moldworks.example");
  });

  it.each<{ label: string; email: string }>([
    { label: "no domain", email: "ana@" },
    { label: "no at sign", email: "ana.moldworks.example" },
    { label: "space inside", email: "ana souza@moldworks.example" },
  ])("email rejected: $label", ({ email }) => {
    expect(fieldErrorsOf(validateSample({ email })).email).toBe("Enter a valid email address, such as ana@example.com.");
  });

  it("IDN email domain accepted", () => {
    expect(acceptedValue(validateSample({ email: "ana@bücher.de" })).contact.emailNormalized).toBe("ana@xn--bcher-kva.de");
  });
});

describe("validateSubmission extra keys", () => {
  const withExtras = sampleValues({ utm_source: "linkedin", gclid: "Cj0KCQ-test", isAdmin: true });

  it("extra keys accepted", () => {
    expect(validateSubmission(SAMPLE_FIELDS, withExtras).ok).toBe(true);
  });

  it("extra keys not in answers", () => {
    expect(acceptedValue(validateSubmission(SAMPLE_FIELDS, withExtras)).answers).toEqual({
      application: "packaging",
      polymer: "PP",
      timeline: "lt3m",
      processingMethod: "injection",
      annualVolume: "10to100t",
      compliance: ["fda_food_contact", "eu_10_2011"],
    });
  });

  it("contact fields not in answers", () => {
    const answers = acceptedValue(validateSample({ phone: "+49 30 1234567", jobRole: "Buyer" })).answers;

    expect(Object.keys(answers)).not.toContain("name");
    expect(Object.keys(answers)).not.toContain("phone");
    expect(Object.keys(answers)).not.toContain("jobRole");
  });
});

describe("validateSubmission email domains", () => {
  it.each([
    { label: "domain without a dot", email: "test@medform" },
    { label: "domain of a dot only", email: "test@." },
  ])("rejects $label", ({ email }) => {
    expect(fieldErrorsOf(validateSample({ email })).email).toContain("email");
  });
});
