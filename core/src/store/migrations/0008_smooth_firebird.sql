DROP INDEX "messages_fingerprint_bands_idx";--> statement-breakpoint
ALTER TABLE "messages" DROP COLUMN "minhash";--> statement-breakpoint
ALTER TABLE "messages" DROP COLUMN "fingerprint_bands";