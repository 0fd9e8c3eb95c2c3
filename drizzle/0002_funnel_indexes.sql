DROP INDEX "stage_events_to_stage_idx";--> statement-breakpoint
CREATE INDEX "leads_assigned_at_idx" ON "leads" USING btree ("assigned_at","owner_id","first_touch_at") WHERE "leads"."owner_id" is not null;--> statement-breakpoint
CREATE INDEX "stage_events_to_stage_idx" ON "stage_events" USING btree ("to_stage","occurred_at","lead_id","from_stage","actor_id");