/**
 * Hands the build's fingerprint (src/lib/build-fingerprint.ts: all code, the config, the lockfile,
 * the Node version) to the pages as `import.meta.env.BUILD_FINGERPRINT`, where every page that
 * Astro may reuse from the last build puts it in its cacheKey. Being part of Vite's `define`, it is
 * also part of the configuration Astro hashes for its own page cache.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildFingerprint } from '../lib/build-fingerprint.ts';

export default function buildFingerprintIntegration(): AstroIntegration {
  return {
    name: 'sunshine:build-fingerprint',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const fingerprint = buildFingerprint(fileURLToPath(config.root));
        updateConfig({ vite: { define: { 'import.meta.env.BUILD_FINGERPRINT': JSON.stringify(fingerprint) } } });
      },
    },
  };
}
