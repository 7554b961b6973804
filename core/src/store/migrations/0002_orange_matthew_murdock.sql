CREATE TABLE "ingest_failures" (
	"id" serial PRIMARY KEY NOT NULL,
	"stage" text NOT NULL,
	"source_id" integer,
	"reason" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_pii" (
	"message_id" integer PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author" text,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_id" integer NOT NULL,
	"dedupe_key" text NOT NULL,
	"external_id" text,
	"url" text,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"inquiry_type" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author" text,
	"contact_masked" jsonb,
	"pii_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"region" text,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"likes" integer DEFAULT 0 NOT NULL,
	"replies" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone,
	"fetched_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fingerprint" bigint,
	"fingerprint_bands" integer[],
	"duplicate_of_id" integer,
	"duplicate_count" integer DEFAULT 0 NOT NULL,
	"department_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"topic" text,
	"topic_confidence" real,
	"topic_source" text,
	"sentiment" real,
	"sentiment_label" text,
	"event_id" integer,
	"case_id" integer,
	"status" text DEFAULT 'new' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"message_id" integer NOT NULL,
	"reason" text DEFAULT 'update' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"url" text,
	"interval_seconds" integer DEFAULT 300 NOT NULL,
	"encoding" text,
	"mapping" jsonb,
	"enabled" boolean DEFAULT true NOT NULL,
	"api_key_id" integer,
	"etag" text,
	"last_modified" text,
	"next_pull_at" timestamp with time zone,
	"last_fetch_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_new_item_at" timestamp with time zone,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"items_total" integer DEFAULT 0 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "sources_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "message_pii" ADD CONSTRAINT "message_pii_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ingest_failures_source_idx" ON "ingest_failures" USING btree ("source_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_source_key_idx" ON "messages" USING btree ("source_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "messages_published_idx" ON "messages" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "messages_received_idx" ON "messages" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "messages_duplicate_of_idx" ON "messages" USING btree ("duplicate_of_id");--> statement-breakpoint
CREATE INDEX "messages_fingerprint_bands_idx" ON "messages" USING gin ("fingerprint_bands");--> statement-breakpoint
CREATE INDEX "messages_department_ids_idx" ON "messages" USING gin ("department_ids");--> statement-breakpoint
CREATE INDEX "messages_status_idx" ON "messages" USING btree ("status");--> statement-breakpoint
CREATE INDEX "messages_event_idx" ON "messages" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "messages_case_idx" ON "messages" USING btree ("case_id");