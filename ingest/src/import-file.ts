import { basename } from 'node:path';
import { MAX_INGEST_BATCH } from '@desk/core';
import { type Db, ensureSource } from '@desk/core/store';
import { runIngestBatch } from './batch';
import { type ImportFormat, type ImportMapping, readImportFile } from './sources/file-import';
import { memoryBandIndex, rebuildBandIndex } from './stages/band-index';
import { defaultTuning } from './tuning';

export interface ImportSummary {
  source: string;
  read: number;
  new: number;
  nearDuplicates: number;
  duplicates: number;
  rejected: number;
  /** Reason → count, with the first few line numbers of each. */
  reasons: Record<string, { count: number; lines: number[] }>;
  columns: Record<string, string>;
}

export interface ImportOptions {
  source?: string;
  format?: ImportFormat;
  mapping?: ImportMapping;
  encoding?: string;
  sheet?: string;
  onProgress?(done: number, total: number): void;
}

function reject(summary: ImportSummary, reason: string, count: number, line?: number) {
  const entry = summary.reasons[reason] ?? { count: 0, lines: [] };
  summary.reasons[reason] = entry;
  entry.count += count;
  if (line !== undefined && entry.lines.length < 5) entry.lines.push(line);
  summary.rejected += count;
}

/**
 * Import a CSV / XLSX / JSONL file through the same stages as every other message (normalize, dedupe,
 * enrich, classify, store) in this process; the indexer of the running desk makes the stored messages
 * searchable from the outbox. Importing the same file twice adds nothing.
 */
export async function importFile(db: Db, file: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { columns, rows } = await readImportFile(file, options);
  const source = await ensureSource(db, { name: options.source ?? `导入 ${basename(file)}`, type: 'import' });
  const summary: ImportSummary = {
    source: source.name,
    read: rows.length,
    new: 0,
    nearDuplicates: 0,
    duplicates: 0,
    rejected: 0,
    reasons: {},
    columns: columns as Record<string, string>,
  };
  // No Redis here: near duplicates are found against the window's stored fingerprints held in memory.
  const bands = memoryBandIndex();
  await rebuildBandIndex(db, bands, defaultTuning.nearDuplicateWindowDays);
  const items = [];
  for (const row of rows) {
    if ('item' in row) items.push(row.item);
    else reject(summary, row.rejected, 1, row.line);
  }
  for (let i = 0; i < items.length; i += MAX_INGEST_BATCH) {
    const batch = items.slice(i, i + MAX_INGEST_BATCH);
    const result = await runIngestBatch(
      { sourceId: source.id, fetchedAt: new Date().toISOString(), items: batch },
      { db, tuning: defaultTuning, bands },
    );
    summary.new += result.stored - result.nearDuplicates;
    summary.nearDuplicates += result.nearDuplicates;
    summary.duplicates += result.dropped.duplicate;
    if (result.dropped.empty) reject(summary, 'empty after cleaning', result.dropped.empty);
    options.onProgress?.(i + batch.length, items.length);
  }
  return summary;
}
