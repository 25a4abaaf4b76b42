/**
 * The build's parts talk through Astro's public hooks and the content report, never through each
 * other's modules: the loader loads, integrations run build steps.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const importsOf = (folder: string) =>
  globSync(`src/${folder}/**/*.ts`).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^import[^;]*?from '([^']+)'/gms)].map((match) => ({ file, from: match[1]! })),
  );

describe('the shape of the build code', () => {
  it('the content loader imports nothing from the integrations', () => {
    const imports = importsOf('loaders');
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((entry) => entry.from.includes('/integrations/'))).toEqual([]);
  });

  it('no integration imports the content loader', () => {
    const imports = importsOf('integrations');
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((entry) => entry.from.includes('/loaders/'))).toEqual([]);
  });

  it("the loader uses only the public loader context (no cast to Astro's private fields)", () => {
    const loaders = globSync('src/loaders/**/*.ts');
    expect(loaders.length).toBeGreaterThan(0);
    for (const file of loaders) expect(readFileSync(file, 'utf8'), file).not.toMatch(/as (LoaderContext|typeof store) &/);
  });
});
