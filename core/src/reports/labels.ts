import {
  type AlertKind,
  type AlertLevel,
  alertKindLabels,
  alertKinds,
  alertLevelLabels,
  alertLevels,
} from '../domain/alert';
import { type MessageChannel, messageChannelLabels, messageChannels } from '../domain/message';

/** How a report names what the store keeps as codes (a leader reads words, never `feed` or `yellow`). */
export const messageChannelNames = Object.fromEntries(
  messageChannels.map((channel) => [channel, messageChannelLabels[channel].zh]),
) as Record<MessageChannel, string>;

export const alertLevelNames = Object.fromEntries(
  alertLevels.map((level) => [level, `${alertLevelLabels[level].zh}预警`]),
) as Record<AlertLevel, string>;

export const alertKindNames = Object.fromEntries(
  alertKinds.map((kind) => [kind, alertKindLabels[kind].zh]),
) as Record<AlertKind, string>;

/** A stored code's name, or the code itself for one added later (never an empty cell). */
export const nameOf = (names: Record<string, string>, code: string | null, none: string): string =>
  code === null ? none : (names[code] ?? code);
