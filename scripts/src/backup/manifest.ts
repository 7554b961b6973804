import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const TableSchema = z.object({ rows: z.number().int().min(0), md5: z.string().regex(/^[0-9a-f]{32}$/) });

/** `manifest.json` of a backup folder: what it holds and how to check a restore against it. */
export const ManifestSchema = z.object({
  format: z.literal('opinion-desk-backup'),
  version: z.literal(1),
  engine: z.enum(['pglite', 'postgres']),
  /** The dump beside the manifest: a PGlite data-folder tarball or a pg_dump custom-format archive. */
  file: z.enum(['database.tar.gz', 'database.dump']),
  createdAt: z.iso.datetime(),
  tables: z.record(z.string(), TableSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const writeManifest = (dir: string, manifest: Manifest) =>
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

export function readManifest(dir: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch (error) {
    throw new Error(
      `${dir} 不是工作台备份 / is not a desk backup (manifest.json: ${(error as Error).message})`,
    );
  }
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`备份清单无效 / invalid manifest.json: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}
