CREATE TABLE "case_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"author_id" integer,
	"author_name" text,
	"department_id" integer,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_contacts" (
	"case_id" integer PRIMARY KEY NOT NULL,
	"name" text,
	"phone" text,
	"email" text,
	"id_number" text,
	"address" text
);
--> statement-breakpoint
CREATE TABLE "case_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text GENERATED ALWAYS AS ('GD' || lpad(id::text, 7, '0')) STORED NOT NULL,
	"type" text NOT NULL,
	"severity" text,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"previous_status" text,
	"jurisdiction" text DEFAULT 'default' NOT NULL,
	"lead_department_id" integer,
	"co_department_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"department_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"message_id" integer,
	"event_id" integer,
	"merged_into_id" integer,
	"contact_masked" jsonb,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"clock" jsonb,
	"due_at" timestamp with time zone,
	"due_soon_at" timestamp with time zone,
	"clock_running" boolean DEFAULT false NOT NULL,
	"due_explanation" jsonb,
	"calendar_version" text,
	"escalation" text DEFAULT 'none' NOT NULL,
	"escalated_at" timestamp with time zone,
	"applicant_type" text,
	"disclosure_outcome" text,
	"outcome_at" timestamp with time zone,
	"satisfaction" text,
	"satisfaction_note" text,
	"followed_up_at" timestamp with time zone,
	"proposal" jsonb,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completed_on_time" boolean
);
--> statement-breakpoint
CREATE TABLE "calendar_overrides" (
	"id" serial PRIMARY KEY NOT NULL,
	"date" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_overrides_date_unique" UNIQUE("date")
);
--> statement-breakpoint
CREATE TABLE "deadline_policies" (
	"id" serial PRIMARY KEY NOT NULL,
	"jurisdiction" text DEFAULT 'default' NOT NULL,
	"case_type" text NOT NULL,
	"severity" text,
	"unit" text NOT NULL,
	"targets" jsonb NOT NULL,
	"max_extensions" integer DEFAULT 1 NOT NULL,
	"max_extension_amount" integer DEFAULT 0 NOT NULL,
	"notify_leader" boolean DEFAULT false NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"version" integer NOT NULL,
	"body" text NOT NULL,
	"template_id" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"review_comment" text,
	"author_id" integer,
	"author_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_challenges" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer,
	"kind" text NOT NULL,
	"lawsuit_path" text,
	"result" text DEFAULT 'pending' NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"reference" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"case_id" integer,
	"title" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"case_code" text NOT NULL,
	"case_type" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"department_id" integer,
	"department_name" text,
	"channels" text[] NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" integer,
	CONSTRAINT "responses_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"case_type" text,
	"status" text,
	"body" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_comments" ADD CONSTRAINT "case_comments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_comments" ADD CONSTRAINT "case_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_contacts" ADD CONSTRAINT "case_contacts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_history" ADD CONSTRAINT "case_history_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_lead_department_id_departments_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_overrides" ADD CONSTRAINT "calendar_overrides_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_challenges" ADD CONSTRAINT "legal_challenges_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_challenges" ADD CONSTRAINT "legal_challenges_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_comments_case_idx" ON "case_comments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_history_case_idx" ON "case_history" USING btree ("case_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_message_idx" ON "cases" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "cases_department_ids_idx" ON "cases" USING gin ("department_ids");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "cases_lead_idx" ON "cases" USING btree ("lead_department_id","id");--> statement-breakpoint
CREATE INDEX "cases_type_idx" ON "cases" USING btree ("type","id");--> statement-breakpoint
CREATE INDEX "cases_due_idx" ON "cases" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "cases_running_idx" ON "cases" USING btree ("clock_running","due_soon_at");--> statement-breakpoint
CREATE INDEX "cases_created_idx" ON "cases" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "cases_received_idx" ON "cases" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "cases_event_idx" ON "cases" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "drafts_case_version_idx" ON "drafts" USING btree ("case_id","version");--> statement-breakpoint
CREATE INDEX "legal_challenges_filed_idx" ON "legal_challenges" USING btree ("filed_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","read_at","id");--> statement-breakpoint
CREATE INDEX "responses_published_idx" ON "responses" USING btree ("published_at");