import { boolean, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { alertChannelKinds, alertLevels } from '../../domain/alert';
import { stamp } from './columns';

/** Where alerts go besides the desk: WeCom / DingTalk robots and e-mail, each with quiet hours. */
export const alertChannels = pgTable('alert_channels', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: alertChannelKinds }).notNull(),
  /** Robot webhook URL, or an e-mail address; empty e-mail = the on-duty officer of the rota. */
  target: text('target'),
  minLevel: text('min_level', { enum: alertLevels }).notNull().default('orange'),
  /** "HH:MM-HH:MM" Beijing time; inside it only red alerts are sent. */
  quietHours: text('quiet_hours'),
  active: boolean('active').notNull().default(true),
  createdAt: stamp('created_at').notNull().defaultNow(),
});

export const alertDeliveries = pgTable(
  'alert_deliveries',
  {
    id: serial('id').primaryKey(),
    alertId: integer('alert_id').notNull(),
    channelId: integer('channel_id').notNull(),
    recipient: text('recipient'),
    status: text('status', { enum: ['sent', 'failed', 'skipped'] }).notNull(),
    detail: text('detail'),
    createdAt: stamp('created_at').notNull().defaultNow(),
  },
  (t) => [index('alert_deliveries_alert_idx').on(t.alertId)],
);
