/**
 * The check and the build read content through one pipeline, so they must give the same verdict.
 * This builds the bad-content fixtures with Astro: the build must stop with exactly the error
 * lines `npm run check:content` prints, under one title and a hint, without a stack trace into
 * our code and without Astro's "unhandled error in a hook" noise. (The valid fixtures are built
 * by `npm run build:test-site` and compared in tests/e2e/content-pipeline.spec.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkContentFolder, describeCheck } from '../../src/loaders/content-pipeline.ts';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'pipeline-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { CONTENT_ROOT: 'tests/fixtures/bad-content/content' };

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      NODE_COMPILE_CACHE: join(work, 'compile-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

it('the build stops on the bad fixtures with exactly the problems the check lists', { timeout: 120_000 }, () => {
  const expected = describeCheck(checkContentFolder(root, { env })).errors;
  expect(expected.length).toBeGreaterThan(30);

  const build = run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')]);
  expect(build.status).not.toBe(0);
  expect(build.output).toContain(`[ContentError] Content has ${expected.length} problem(s); nothing was built:`);
  for (const line of expected) expect(build.output).toContain(`  ${line}`);
  expect(build.output).toContain('Hint:');
  expect(build.output).not.toMatch(/Stack trace|An unhandled error occurred|at .*src\/(lib|loaders)\//);

  const check = run([join(root, 'src/cli/check-content.ts')]);
  expect(check.status).toBe(1);
  for (const line of expected) expect(check.output).toContain(line);
});
