import { type AlertLevel, alertLevelLabels, alertLevels } from '../domain/alert';
import type { MessageChannel } from '../domain/message';

/** How a report names what the store keeps as codes (a leader reads words, never `feed` or `yellow`). */
export const messageChannelNames: Record<MessageChannel, string> = {
  web: '网站',
  letter: '信函',
  phone: '电话',
  wechat: '微信',
  feed: '网络媒体',
  import: '批量导入',
};

export const alertLevelNames = Object.fromEntries(
  alertLevels.map((level) => [level, `${alertLevelLabels[level].zh}预警`]),
) as Record<AlertLevel, string>;

export const alertKindNames: Record<string, string> = {
  burst: '信息量突增',
  negative: '负面信息激增',
  scheme: '监测方案命中',
  'source-health': '信息源异常',
  overdue: '工单超期',
  manual: '人工预警',
  risk: '风险研判',
};

/** A stored code's name, or the code itself for one added later (never an empty cell). */
export const nameOf = (names: Record<string, string>, code: string | null, none: string): string =>
  code === null ? none : (names[code] ?? code);
