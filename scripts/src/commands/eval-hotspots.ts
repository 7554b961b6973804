import { type BatchMessage, groupBatch, scoreHotspots } from '@desk/core/classify';
import { readJsonl } from './jsonl';

interface MessageRow {
  id: string | number;
  title?: string;
  body?: string;
  created_at?: string;
  likes?: number;
  dislikes?: number;
}

/** Cluster the messages, rank events by hotness and compare the top ones with the reference clusters. */
export async function runHotspotEval(messagesFile: string, referenceFile: string, top: number) {
  const started = Date.now();
  const rows = await readJsonl<MessageRow>(messagesFile);
  const messages: BatchMessage[] = rows.map((r) => ({
    id: String(r.id),
    title: r.title ?? '',
    body: r.body,
    createdAt: new Date(`${r.created_at ?? '1970-01-01T00:00:00'}+08:00`),
    likes: r.likes ?? 0,
    dislikes: r.dislikes ?? 0,
  }));
  const reference = new Map<string, string[]>();
  for (const a of await readJsonl<{ cluster_id: string; message_id: string | number }>(referenceFile)) {
    const list = reference.get(a.cluster_id) ?? [];
    list.push(String(a.message_id));
    reference.set(a.cluster_id, list);
  }
  const events = groupBatch(messages);
  const score = scoreHotspots(events, reference, top);
  console.log(`${messages.length} messages → ${events.length} events`);
  events.slice(0, top).forEach((e, i) => {
    console.log(
      `#${i + 1} hot ${e.hotness.toFixed(1)} n ${e.messageIds.length} 「${e.title}」 ${e.keywords.slice(0, 6).join(' ')}`,
    );
  });
  for (const r of score.perReference) {
    const rank = r.rank === null ? 'no event' : `best event rank ${r.rank}${r.found ? '' : ' (not in top)'}`;
    console.log(
      `${r.cluster} (${r.size} messages): ${rank}, share ${r.share.toFixed(2)}, purity ${r.purity.toFixed(2)}`,
    );
  }
  const inTop = scoreHotspots(events.slice(0, top), reference, top);
  console.log(
    `counting only the top ${top} events: mean share ${inTop.meanShare.toFixed(2)}, mean purity ${inTop.meanPurity.toFixed(2)}`,
  );
  console.log(`found ${score.found}/${reference.size} in top ${top}`);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`mean share ${score.meanShare.toFixed(2)}`);
  console.log(`mean purity ${score.meanPurity.toFixed(2)}`);
  console.log(`hotspot-recall@${top} ${(score.found / (reference.size || 1)).toFixed(2)}`);
}
