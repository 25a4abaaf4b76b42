import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

// The Nu HTML Checker (the W3C validator's engine) over every page in dist/: zero errors.
test('every built page is valid HTML', () => {
  test.setTimeout(120_000);
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const vnuJar = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
  const result = spawnSync('java', ['-jar', String(vnuJar), '--errors-only', '--format', 'gnu', '--skip-non-html', dist], { encoding: 'utf8' });
  expect(result.error, 'Java is needed for the HTML checker: install a JRE (Debian: default-jre-headless)').toBeUndefined();
  const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.includes('error:'));
  expect(errors).toEqual([]);
  expect(result.status).toBe(0);
});
