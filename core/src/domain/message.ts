import { z } from 'zod';
import { type AlertLevel, alertLevels } from './alert';
import type { CaseType } from './case';
import { caseTypeByChineseName, caseTypeLabels } from './case-labels';
import { dateTime, idValue } from './fields';
import { HttpUrlSchema } from './source';

export const messageKinds = ['web', 'inquiry'] as const;
export const MessageKindSchema = z.enum(messageKinds);
export type MessageKind = z.infer<typeof MessageKindSchema>;

/** Channels a portal inquiry can arrive by; web messages also come from feeds and imports. */
export const inquiryChannels = ['web', 'letter', 'phone', 'wechat'] as const;
export type InquiryChannel = (typeof inquiryChannels)[number];
export const messageChannels = [...inquiryChannels, 'feed', 'import'] as const;
export const MessageChannelSchema = z.enum(messageChannels);
export type MessageChannel = z.infer<typeof MessageChannelSchema>;
/** The channels' display names: the admin and the reports (`网络媒体 3 条`; a leader never reads `feed`). */
export const messageChannelLabels: Record<MessageChannel, { zh: string; en: string }> = {
  web: { zh: '网站', en: 'Web' },
  letter: { zh: '信函', en: 'Letter' },
  phone: { zh: '电话', en: 'Phone' },
  wechat: { zh: '微信', en: 'WeChat' },
  feed: { zh: '网络媒体', en: 'Feed' },
  import: { zh: '批量导入', en: 'Import' },
};

/**
 * The request types of a portal inquiry: the case types of a 12345 work order, one vocabulary for the
 * intake, messages, cases and the annual report. Codes in the API and the database; the Chinese labels
 * (caseTypeLabels: 咨询 投诉 建议 求助 举报 依申请公开) are for display and accepted as input aliases.
 */
export const inquiryTypes = [
  'consultation',
  'complaint',
  'suggestion',
  'help',
  'report',
  'disclosure',
] as const satisfies readonly CaseType[];
export const InquiryTypeSchema = z.enum(inquiryTypes);
export type InquiryType = z.infer<typeof InquiryTypeSchema>;

/** A request type from its code or its Chinese label (what portals and 12345 exports send), else undefined. */
export const inquiryTypeOf = (value: string): InquiryType | undefined =>
  InquiryTypeSchema.safeParse(caseTypeByChineseName[value] ?? value).data;

const inquiryTypeLabels = inquiryTypes.map((code) => caseTypeLabels[code].zh) as [string, ...string[]];
/** Input of a request type: the code, or its Chinese label as an alias; always the code once parsed. */
export const InquiryTypeInputSchema = z.union([
  InquiryTypeSchema,
  z.enum(inquiryTypeLabels).transform((label) => inquiryTypeOf(label) as InquiryType),
]);

/**
 * A message's identity within its source (`messages.dedupe_key`, unique per source), the first that
 * applies: the source's own id, the message id reserved for a portal inquiry without one, the canonical
 * URL of its page, else a SHA-1 of its text. The intake route and the normalize stage both build it here.
 */
export const externalIdDedupeKey = (externalId: string): string => `id:${externalId}`;
export const reservedIdDedupeKey = (messageId: number): string => `msg:${messageId}`;
export const urlDedupeKey = (canonical: string): string => `url:${canonical}`;
export const textDedupeKey = (sha1Hex: string): string => `hash:${sha1Hex}`;

/** A pasted link (`POST /api/messages/from-link`): the desk reads the page and stores its main text. */
export const LinkPasteSchema = z.object({ url: HttpUrlSchema });
export type LinkPaste = z.infer<typeof LinkPasteSchema>;

/** new → noise (dismissed) | triaged (seen, grouped) | case (became or joined a case). */
export const messageStatuses = ['new', 'noise', 'triaged', 'case'] as const;
export const MessageStatusSchema = z.enum(messageStatuses);
export type MessageStatus = z.infer<typeof MessageStatusSchema>;

/** Where a message's topic and sentiment come from (first guess, trained model, confirmed on the desk). */
export const topicSources = ['rule', 'model', 'confirmed'] as const;
export type TopicSource = (typeof topicSources)[number];
export const sentimentSources = ['lexicon', 'model', 'confirmed'] as const;
export type SentimentSource = (typeof sentimentSources)[number];

export const piiKindValues = ['id-card', 'mobile', 'landline', 'email'] as const;

/** A message as the API shows it: personal data already masked. */
export interface Message {
  id: number;
  sourceId: number;
  externalId: string | null;
  url: string | null;
  kind: MessageKind;
  channel: MessageChannel;
  inquiryType: InquiryType | null;
  title: string;
  body: string;
  author: string | null;
  contact: { name?: string; phone?: string; email?: string } | null;
  piiKinds: string[];
  region: string | null;
  keywords: string[];
  likes: number;
  replies: number;
  publishedAt: Date | null;
  receivedAt: Date;
  duplicateOfId: number | null;
  duplicateCount: number;
  departmentIds: number[];
  topic: string | null;
  topicConfidence: number | null;
  topicSource: TopicSource | null;
  sentiment: number | null;
  sentimentLabel: string | null;
  sentimentSource: SentimentSource | null;
  /** Words, patterns and signals that decided the sentiment (see classify/sentiment-rules.ts). */
  sentimentReasons: { kind: string; text: string; polarity: string; weight: number; modifier?: string }[];
  riskLevel: AlertLevel | null;
  riskHits: { ruleId: number; name: string; level: string; words: string[] }[];
  eventId: number | null;
  caseId: number | null;
  status: MessageStatus;
}

const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema).max(500)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
const id = idValue();
const shortText = z.string().trim().min(1).max(64);

/** `GET /api/messages?filter=…`: full text (`q`) plus facets; every value is validated before use. */
export const MessageListFilterSchema = z
  .object({
    q: z.string().trim().max(200),
    id: oneOrMany(id),
    sourceId: oneOrMany(id),
    channel: oneOrMany(MessageChannelSchema),
    kind: MessageKindSchema,
    inquiryType: oneOrMany(InquiryTypeInputSchema),
    region: oneOrMany(shortText),
    topic: oneOrMany(shortText),
    sentimentLabel: oneOrMany(shortText),
    /** Same as sentimentLabel (the facet is called "sentiment" on the desk). */
    sentiment: oneOrMany(shortText),
    /** 研判: messages that fired a risk rule of these levels. */
    riskLevel: oneOrMany(z.enum(alertLevels)),
    status: oneOrMany(MessageStatusSchema),
    eventId: id,
    caseId: id,
    duplicateOf: id,
    from: dateTime(),
    to: dateTime(),
  })
  .partial()
  .strict()
  .transform(({ sentiment, ...filter }) =>
    sentiment ? { ...filter, sentimentLabel: [...(filter.sentimentLabel ?? []), ...sentiment] } : filter,
  );
export type MessageListFilter = z.infer<typeof MessageListFilterSchema>;

export const messageSortFields = [
  'id',
  'publishedAt',
  'receivedAt',
  'likes',
  'replies',
  'sentiment',
] as const;

/** What the duty officer may change on a message here; topic and case links belong to their own flows. */
export const MessageUpdateSchema = z.object({ status: MessageStatusSchema }).strict();
export type MessageUpdate = z.infer<typeof MessageUpdateSchema>;
