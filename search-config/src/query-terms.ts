import { segment } from '@desk/core/text';
import { stopWords, synonymMap } from './chinese';

const stop = new Set(stopWords);
const synonyms = synonymMap();
/** A word worth marking holds a letter or a digit (not a space, a quote or punctuation). */
const WORDY = /[\p{L}\p{N}]/u;

/**
 * The words of a query to mark in a hit: each part of the query as typed (between spaces and quotes),
 * its jieba words (the index's tokenizer is jieba with the same city dictionary) without the index's
 * stop words, and every synonym of those. A single character cut from a longer part is left out: jieba
 * cuts 路灯不亮 into 路 / 灯不亮, and every 路 of a road name is no reason the message was found.
 */
export function queryTerms(q: string): string[] {
  const parts = q.split(/[\s"'“”]+/).filter((p) => WORDY.test(p) && !stop.has(p));
  const words = parts.flatMap((part) => [
    part,
    ...segment(part).filter((w) => WORDY.test(w) && !stop.has(w) && (w.length > 1 || part.length === 1)),
  ]);
  return [...new Set(words.flatMap((w) => [w, ...(synonyms[w] ?? [])]))];
}
