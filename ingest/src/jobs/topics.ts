import { runTopicStages } from '../stages/topics';
import type { DeskJobHandler } from './deps';

/** `topics`: schemes, events, hotness and bursts for messages just stored (alerts are announced). */
export const topics: DeskJobHandler<'topics'> = (deps) => async (payload) =>
  runTopicStages(payload.messageIds, deps);
