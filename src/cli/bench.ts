/**
 * `npm run bench -- [N]`: prints figures, asserts nothing.
 *  1. Scale: builds the full site and a bare Astro blog from the same N synthetic posts
 *     (default 1,000), cold, then the full site again after editing one post; wall time,
 *     pages per second, peak memory and the ratios.
 *  2. Related posts for 10,000 posts.
 *  3. Lighthouse (mobile) on home, articles index and the lead article of this site.
 * `npm run bench -- 4000 --skip-lighthouse` runs only the scale part at another size.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticContent } from './synthetic-content.ts';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import { blogPageUrl, homeUrl, postUrl } from '../lib/routes.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const count = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 1000);
const skipLighthouse = args.includes('--skip-lighthouse');
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

interface Run {
  seconds: number;
  peakMiB: number;
  pages: number;
}

/** Runs a command, sampling the peak resident memory of its whole process tree. */
function measure(command: string, commandArgs: string[], env: Record<string, string>, outDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd: root, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    let peak = 0;
    const sample = setInterval(() => {
      const ps = spawnSync('ps', ['-o', 'rss=', '--ppid', String(child.pid), '-p', String(child.pid)], { encoding: 'utf8' });
      const rss = ps.stdout.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0);
      peak = Math.max(peak, rss);
    }, 200);
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) return reject(new Error(`${commandArgs.join(' ')} failed:\n${log.slice(-3000)}`));
      resolve({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024, pages: globSync('**/*.html', { cwd: outDir }).length });
    });
  });
}

function line(label: string, run: Run) {
  return `${label.padEnd(34)} ${run.seconds.toFixed(1).padStart(7)} s  ${(run.pages / run.seconds).toFixed(0).padStart(6)} pages/s  ${run.peakMiB.toFixed(0).padStart(6)} MiB peak  (${run.pages} pages)`;
}

async function scale() {
  const content = join(work, 'content');
  writeSyntheticContent(work, count, root);
  const env = (name: string) => ({
    CONTENT_ROOT: content,
    ASTRO_CACHE_DIR: join(work, `cache-${name}`),
    // Astro's compile cache grows by tens of MB per large build: keep it in the temp folder.
    NODE_COMPILE_CACHE: join(work, `compile-cache-${name}`),
  });
  const fullOut = join(work, 'dist-full');
  const bareOut = join(work, 'dist-bare');
  console.log(`\nScale: ${count} synthetic posts (800-1,200 words each), cold builds on ${process.platform} with ${process.version}`);
  const bare = await measure(process.execPath, [astroBin, 'build', '--root', join(root, 'tests/bench/bare-blog'), '--outDir', bareOut], env('bare'), bareOut);
  console.log(line('bare Astro blog, cold', bare));
  const full = await measure(process.execPath, [astroBin, 'build', '--outDir', fullOut], env('full'), fullOut);
  console.log(line('full site, cold', full));
  // Edit one post and build again with the caches of the first build.
  const edited = join(content, 'posts/synthetic-00000/index.md');
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('\n## ', '\nAn edited sentence for the benchmark.\n\n## '));
  const rebuild = await measure(process.execPath, [astroBin, 'build', '--outDir', fullOut], env('full'), fullOut);
  console.log(line('full site, after editing one post', rebuild));
  console.log(
    `ratio full/bare (cold): ${(full.seconds / bare.seconds).toFixed(2)}x (target <= 2x); rebuild vs bare cold: ${(rebuild.seconds / bare.seconds).toFixed(2)}x (target <= 1x)`,
  );
  return { bare, full, rebuild };
}

function related() {
  const result = spawnSync(process.execPath, [join(root, 'src/cli/bench-related.ts'), '10000'], { cwd: root, encoding: 'utf8' });
  console.log(`\n${result.stdout.trim()}`);
}

/**
 * Lighthouse and its Chrome launcher (about 150 MB, 85 packages) are installed only when the
 * benchmark runs, not by everyone's `npm install`: the next `npm install` removes them again.
 */
const LIGHTHOUSE_PACKAGES = ['lighthouse@^13.5.0', 'chrome-launcher@^1.2.1'];

/** The parts of Lighthouse's and chrome-launcher's APIs the benchmark uses (they are not installed for type checks). */
interface LighthouseResult {
  lhr: { categories: Record<string, { score: number | null } | undefined>; audits: Record<string, { numericValue?: number } | undefined> };
}
interface LighthouseTools {
  run(url: string, flags: { port: number; output: 'json'; logLevel: 'error' }): Promise<LighthouseResult | undefined>;
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }>;
}

async function loadLighthouse(): Promise<LighthouseTools> {
  // Checked on disk before any import: Node remembers a package it could not find for the whole run.
  if (!['lighthouse', 'chrome-launcher'].every((name) => existsSync(join(root, 'node_modules', name, 'package.json')))) {
    console.log(`\nInstalling ${LIGHTHOUSE_PACKAGES.join(' and ')} for this run (npm install --no-save)...`);
    const installed = spawnSync('npm', ['install', '--no-save', ...LIGHTHOUSE_PACKAGES], { cwd: root, stdio: 'inherit' });
    if (installed.status !== 0) throw new Error('Could not install Lighthouse for the benchmark (run with --skip-lighthouse to leave it out)');
  }
  // Names in variables: the type checker does not look for packages installed only for this run.
  const [lighthouseName, launcherName] = ['lighthouse', 'chrome-launcher'];
  return {
    run: ((await import(lighthouseName)) as { default: LighthouseTools['run'] }).default,
    launch: ((await import(launcherName)) as { launch: LighthouseTools['launch'] }).launch,
  };
}

async function lighthouse() {
  const { run, launch } = await loadLighthouse();
  const preview = spawn(process.execPath, [astroBin, 'preview', '--host', '127.0.0.1', '--port', '4391', '--force'], { cwd: root, stdio: 'ignore' });
  try {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const chrome = await launch({
      chromePath: chromiumPath,
      chromeFlags: ['--headless=new', ...chromiumFlags],
    });
    console.log('\nLighthouse (mobile preset, simulated slow 4G)');
    try {
      for (const path of [homeUrl(), blogPageUrl(), postUrl('ketamine-for-bipolar-disorder')]) {
        const result = await run(`http://127.0.0.1:4391${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        const lhr = result!.lhr;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? 0;
        console.log(
          `${path.padEnd(40)} perf ${score('performance')}  a11y ${score('accessibility')}  best ${score('best-practices')}  seo ${score('seo')}  ` +
            `LCP ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s  CLS ${audit('cumulative-layout-shift').toFixed(3)}  TBT ${audit('total-blocking-time').toFixed(0)} ms  ` +
            `${(audit('total-byte-weight') / 1024).toFixed(0)} KB`,
        );
      }
    } finally {
      chrome.kill();
    }
  } finally {
    preview.kill();
  }
}

try {
  const started = new Date().toISOString();
  await scale();
  related();
  if (!skipLighthouse) {
    const built = spawnSync(process.execPath, [astroBin, 'build'], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(built.stdout + built.stderr);
    await lighthouse();
  }
  if (process.env.BENCH_LOG) appendFileSync(process.env.BENCH_LOG, `bench run ${started}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
