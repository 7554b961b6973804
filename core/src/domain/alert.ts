import { z } from 'zod';
import { updateOf } from './update';

export const alertLevels = ['red', 'orange', 'yellow', 'blue'] as const;
/** What raised an alert. */
export const alertKinds = [
  'burst',
  'negative',
  'scheme',
  'source-health',
  'overdue',
  'manual',
  'risk',
] as const;
export type AlertKind = (typeof alertKinds)[number];
export type AlertLevel = (typeof alertLevels)[number];

/** The kinds' display names: the admin and the daily briefing (`黄色预警·信息量突增：…`) read these. */
export const alertKindLabels: Record<AlertKind, { zh: string; en: string }> = {
  burst: { zh: '信息量突增', en: 'Burst' },
  negative: { zh: '负面信息激增', en: 'Negative swing' },
  scheme: { zh: '监测方案命中', en: 'Scheme hit' },
  'source-health': { zh: '信息源异常', en: 'Source health' },
  overdue: { zh: '工单超期', en: 'Overdue case' },
  manual: { zh: '人工预警', en: 'Manual' },
  risk: { zh: '风险研判', en: 'Risk rule' },
};

/** The levels' display names: the admin, robot messages and reports (`红色预警`) all read these. */
export const alertLevelLabels: Record<AlertLevel, { zh: string; en: string }> = {
  red: { zh: '红色', en: 'Red' },
  orange: { zh: '橙色', en: 'Orange' },
  yellow: { zh: '黄色', en: 'Yellow' },
  blue: { zh: '蓝色', en: 'Blue' },
};

/** Severity order: red is the most urgent. */
export const alertLevelRank = (level: AlertLevel): number => alertLevels.indexOf(level);

/** Where alerts are delivered: a WeCom or DingTalk group robot, or e-mail. */
export const alertChannelKinds = ['wecom', 'dingtalk', 'email'] as const;
export type AlertChannelKind = (typeof alertChannelKinds)[number];

export const AlertChannelCreateSchema = z.object({
  name: z.string().trim().min(1).max(64),
  kind: z.enum(alertChannelKinds),
  target: z.string().trim().max(500).nullable().default(null),
  minLevel: z.enum(alertLevels).default('orange'),
  quietHours: z
    .string()
    .regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/)
    .nullable()
    .default(null),
  active: z.boolean().default(true),
});
export type AlertChannelCreate = z.infer<typeof AlertChannelCreateSchema>;
/** An update changes only what it sends. */
export const AlertChannelUpdateSchema = updateOf(AlertChannelCreateSchema);
export type AlertChannelUpdate = z.infer<typeof AlertChannelUpdateSchema>;

export const ManualAlertSchema = z.object({
  title: z.string().trim().min(1).max(200),
  level: z.enum(alertLevels).default('yellow'),
  eventId: z.number().int().positive().nullable().default(null),
  departmentId: z.number().int().positive().nullable().default(null),
});
export type ManualAlert = z.infer<typeof ManualAlertSchema>;

/** Payload of the `notify` job that delivers an alert to robots and e-mail. */
export const NotifyJobSchema = z.object({ alertId: z.number().int().positive() });
export type NotifyJob = z.infer<typeof NotifyJobSchema>;
