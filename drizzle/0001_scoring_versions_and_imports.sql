CREATE TABLE "historical_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"outcome_column" text NOT NULL,
	"id_column" text,
	"attribute_columns" text[] NOT NULL,
	"row_count" integer NOT NULL,
	"positives" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "historical_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"external_id" text,
	"outcome" integer NOT NULL,
	"attributes" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "handoff" text;--> statement-breakpoint
ALTER TABLE "scoring_models" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "scoring_models" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "scoring_models" ADD COLUMN "published_by" uuid;--> statement-breakpoint
ALTER TABLE "scoring_models" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "historical_imports" ADD CONSTRAINT "historical_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "historical_leads" ADD CONSTRAINT "historical_leads_import_id_historical_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."historical_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "historical_leads_import_id_idx" ON "historical_leads" USING btree ("import_id");--> statement-breakpoint
ALTER TABLE "scoring_models" ADD CONSTRAINT "scoring_models_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_models" ADD CONSTRAINT "scoring_models_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "scoring_models_one_draft_idx" ON "scoring_models" USING btree ("status") WHERE "scoring_models"."status" = 'draft';