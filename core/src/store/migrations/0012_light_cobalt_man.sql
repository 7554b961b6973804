DROP INDEX "messages_status_idx";--> statement-breakpoint
CREATE INDEX "messages_status_idx" ON "messages" USING btree ("status") WHERE "messages"."status" <> 'new';