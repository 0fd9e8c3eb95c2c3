/** Display names for the scoring model's closed sets. Pure, so client code may import this file. */
import type { Dimension, EngagementEventType } from "@/lib/scoring/model";

export const DIMENSION_LABELS: Record<Dimension, string> = { fit: "Fit", intent: "Intent", engagement: "Engagement" };

export const EVENT_TYPE_LABELS: Record<EngagementEventType, string> = {
  tds_download: "Datasheet download",
  sample_request: "Sample request",
  guide_download: "Guide download",
  quote_request: "Quote request",
  // A submission whose offer kind has no event type of its own.
  submission: "Other form submission",
};
