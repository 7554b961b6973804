-- Request types are stored as codes (complaint …), the vocabulary of cases; portals may still send the
-- Chinese labels (the intake reads them as aliases). Stored labels become codes, in the sentiment
-- signal too, and the changed messages are queued for the search index.
WITH "codes" ("label", "code") AS (
  VALUES ('咨询', 'consultation'), ('投诉', 'complaint'), ('建议', 'suggestion'), ('求助', 'help'),
    ('举报', 'report'), ('依申请公开', 'disclosure')
), "changed" AS (
  UPDATE "messages" SET
    "inquiry_type" = "codes"."code",
    "sentiment_reasons" = replace(
      "messages"."sentiment_reasons"::text,
      '"inquiryType:' || "codes"."label" || '"',
      '"inquiryType:' || "codes"."code" || '"'
    )::jsonb
  FROM "codes" WHERE "messages"."inquiry_type" = "codes"."label"
  RETURNING "messages"."id"
)
INSERT INTO "search_outbox" ("message_id", "reason") SELECT "id", 'update' FROM "changed";
