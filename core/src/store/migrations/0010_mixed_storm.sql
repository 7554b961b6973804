DROP INDEX "messages_duplicate_of_idx";--> statement-breakpoint
DROP INDEX "messages_department_ids_idx";--> statement-breakpoint
DROP INDEX "messages_event_idx";--> statement-breakpoint
DROP INDEX "messages_case_idx";--> statement-breakpoint
CREATE INDEX "messages_duplicate_of_idx" ON "messages" USING btree ("duplicate_of_id") WHERE "messages"."duplicate_of_id" is not null;--> statement-breakpoint
CREATE INDEX "messages_department_ids_idx" ON "messages" USING gin ("department_ids") WHERE cardinality("messages"."department_ids") > 0;--> statement-breakpoint
CREATE INDEX "messages_event_idx" ON "messages" USING btree ("event_id") WHERE "messages"."event_id" is not null;--> statement-breakpoint
CREATE INDEX "messages_case_idx" ON "messages" USING btree ("case_id") WHERE "messages"."case_id" is not null;