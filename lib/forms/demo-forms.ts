import type { NewForm } from "@/lib/db/schema";

const CONSENT_TEXT =
  "I agree that the supplier may store my details and contact me about this request. I can withdraw this consent at any time.";

/** The three forms a demo installation starts with. They may be embedded on any site. */
export const DEMO_FORMS: NewForm[] = [
  {
    slug: "tds-request",
    name: "Technical datasheet request",
    offerKind: "tds",
    fields: [
      { id: "application", required: true },
      { id: "polymer", required: true },
      { id: "timeline", required: false },
      { id: "compliance", required: false },
      { id: "performanceTarget", required: false },
      { id: "processingMethod", required: false },
    ],
    consentText: CONSENT_TEXT,
    consentVersion: "2026-01",
    thankYouMessage: "Thank you. Your datasheet is ready to download.",
    assetUrl: "/assets/pellet-pp-compound-tds.pdf",
    allowedOrigins: [],
    status: "live",
  },
  {
    slug: "sample-request",
    name: "Sample request",
    offerKind: "sample",
    fields: [
      { id: "application", required: true },
      { id: "polymer", required: true },
      { id: "timeline", required: true },
      { id: "processingMethod", required: true },
      { id: "annualVolume", required: true },
      { id: "compliance", required: false },
      { id: "performanceTarget", required: false },
      { id: "message", required: false },
    ],
    consentText: CONSENT_TEXT,
    consentVersion: "2026-01",
    thankYouMessage: "Thank you. Your sample request is confirmed; an application engineer will contact you within one working day.",
    assetUrl: null,
    allowedOrigins: [],
    status: "live",
  },
  {
    slug: "technical-guide",
    name: "Technical guide: designing with engineering polymers",
    offerKind: "guide",
    fields: [
      { id: "application", required: false },
      { id: "polymer", required: false },
      { id: "timeline", required: false },
      { id: "compliance", required: false },
      { id: "performanceTarget", required: false },
    ],
    consentText: CONSENT_TEXT,
    consentVersion: "2026-01",
    thankYouMessage: "Thank you. Your guide is ready to download.",
    assetUrl: "/assets/pellet-design-guide.pdf",
    allowedOrigins: [],
    status: "live",
  },
];
