import type { ScoringModelDocument } from "./model";

/**
 * The polymer model a new installation starts with. A sample request from a
 * packaging molder running PP within three months scores well above the
 * threshold; a guide download with no project details stays below it.
 */
export const DEFAULT_SCORING_MODEL: ScoringModelDocument = {
  name: "Polymer defaults",
  mqlThreshold: 60,
  dimensionCaps: { fit: 50, intent: 50, engagement: 25 },
  engagementHalfLifeDays: 30,
  gate: [
    { id: "application", label: "application", anyOf: ["answers.application"] },
    { id: "polymer", label: "polymer type", anyOf: ["answers.polymer"] },
    { id: "timeline", label: "timeline", anyOf: ["answers.timeline"] },
    { id: "keyNeed", label: "key need (performance target or compliance)", anyOf: ["answers.performanceTarget", "answers.compliance"] },
  ],
  disqualifiers: [],
  rules: [
    // Technical fit.
    {
      id: "fit.application.core",
      label: "Application in a served market",
      dimension: "fit",
      when: { field: "answers.application", op: "oneOf", values: ["packaging", "automotive", "medical", "electrical"] },
      points: 15,
    },
    {
      id: "fit.application.other",
      label: "Application in a secondary market",
      dimension: "fit",
      when: { field: "answers.application", op: "oneOf", values: ["coatings", "construction", "consumer"] },
      points: 8,
    },
    {
      id: "fit.polymer.core",
      label: "Polymer family in the portfolio",
      dimension: "fit",
      when: { field: "answers.polymer", op: "oneOf", values: ["PE", "PP", "PA6", "PA66", "PC", "PBT", "POM", "TPU_TPE", "PEEK", "PPS", "bio"] },
      points: 15,
    },
    {
      id: "fit.processing.core",
      label: "Processing method the grades are made for",
      dimension: "fit",
      when: { field: "answers.processingMethod", op: "oneOf", values: ["injection", "extrusion", "blow", "film", "compounding"] },
      points: 10,
    },
    {
      id: "fit.compliance",
      label: "Regulatory requirement stated",
      dimension: "fit",
      when: { field: "answers.compliance", op: "present" },
      points: 10,
    },
    {
      id: "fit.performance",
      label: "Performance target stated",
      dimension: "fit",
      when: { field: "answers.performanceTarget", op: "present" },
      points: 5,
    },
    // Intent.
    { id: "intent.sample", label: "Sample request", dimension: "intent", when: { field: "offerKind", op: "equals", value: "sample" }, points: 25 },
    { id: "intent.quote", label: "Quote request", dimension: "intent", when: { field: "offerKind", op: "equals", value: "quote" }, points: 25 },
    { id: "intent.tds", label: "Datasheet request", dimension: "intent", when: { field: "offerKind", op: "equals", value: "tds" }, points: 10 },
    { id: "intent.timeline.short", label: "Timeline within 3 months", dimension: "intent", when: { field: "answers.timeline", op: "equals", value: "lt3m" }, points: 20 },
    { id: "intent.timeline.mid", label: "Timeline 3–12 months", dimension: "intent", when: { field: "answers.timeline", op: "equals", value: "3to12m" }, points: 10 },
    {
      id: "intent.volume.large",
      label: "Annual volume of 10 t or more",
      dimension: "intent",
      when: { field: "answers.annualVolume", op: "oneOf", values: ["10to100t", "100to1000t", "gt1000t"] },
      points: 15,
    },
    { id: "intent.volume.small", label: "Annual volume of 1–10 t", dimension: "intent", when: { field: "answers.annualVolume", op: "equals", value: "1to10t" }, points: 5 },
    // Engagement: each event earns points that halve every 30 days.
    {
      id: "engagement.downloads",
      label: "Datasheet downloads",
      dimension: "engagement",
      when: { field: "engagement.submissions", op: "range", min: 1 },
      perEvent: { eventType: "tds_download" },
      points: 5,
      cap: 15,
    },
    {
      id: "engagement.guides",
      label: "Technical guide downloads",
      dimension: "engagement",
      when: { field: "engagement.submissions", op: "range", min: 1 },
      perEvent: { eventType: "guide_download" },
      points: 5,
      cap: 15,
    },
    {
      id: "engagement.repeat",
      label: "Came back with another request",
      dimension: "engagement",
      when: { field: "engagement.submissions", op: "range", min: 2 },
      points: 10,
    },
    // Junk signals.
    { id: "junk.freemail", label: "Free-mail address", dimension: "fit", when: { field: "contact.emailKind", op: "equals", value: "free" }, points: -15 },
    { id: "junk.academic", label: "Academic address", dimension: "fit", when: { field: "contact.emailKind", op: "equals", value: "academic" }, points: -30 },
    {
      id: "junk.competitor",
      label: "Competitor domain",
      dimension: "fit",
      when: { field: "contact.emailDomain", op: "oneOf", values: ["polyrival.example", "resincompete.example"] },
      points: -60,
    },
  ],
};
