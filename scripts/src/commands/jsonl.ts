import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Read a JSON-lines file; blank lines are skipped, a bad line stops with its line number. */
export async function readJsonl<T = Record<string, unknown>>(path: string): Promise<T[]> {
  const rows: T[] = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    try {
      rows.push(JSON.parse(text) as T);
    } catch {
      throw new Error(`${path}:${line}: not valid JSON`);
    }
  }
  return rows;
}
