/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// getViteConfig gives the component tests Astro's compiler, so the Container API can render .astro files.
export default getViteConfig(
  {
    root,
    test: {
      root,
      include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/build/**/*.test.ts'],
    },
  },
  { root },
);
