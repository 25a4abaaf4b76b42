/**
 * The third test build (npm run build:import-site): the WordPress export fixture imported with
 * `npm run import:wordpress` into an empty content folder, then built as a site of its own, so the
 * browser tests see what a clinic sees after moving in from WordPress.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const output = join(root, 'tests/.output');
const content = join(output, 'import-content');
const fixtures = join(root, 'tests/fixtures/wordpress');
rmSync(content, { recursive: true, force: true });
mkdirSync(content, { recursive: true });

const env = { ...process.env, CONTENT_ROOT: content, ASTRO_CACHE_DIR: join(output, 'import-site-cache'), ASTRO_TELEMETRY_DISABLED: '1' };
const steps: string[][] = [
  [
    join(root, 'src/cli/import-wordpress.ts'),
    join(fixtures, 'export.xml'),
    '--uploads',
    join(fixtures, 'uploads'),
    '--report',
    join(output, 'import-report.md'),
  ],
  [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(output, 'import-site')],
];
for (const args of steps) {
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
