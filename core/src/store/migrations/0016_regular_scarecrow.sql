ALTER TABLE "sources" ADD COLUMN "html" jsonb;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "sitemap" jsonb;