CREATE TABLE "intake_reservations" (
	"source_id" integer NOT NULL,
	"external_id" text NOT NULL,
	"message_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "intake_reservations_source_external_key" UNIQUE("source_id","external_id")
);
--> statement-breakpoint
ALTER TABLE "intake_reservations" ADD CONSTRAINT "intake_reservations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;