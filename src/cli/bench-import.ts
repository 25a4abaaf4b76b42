/**
 * `npm run bench:import -- [N]`: times `npm run import:wordpress` on a synthetic export of N posts
 * (default 1,000; classic and block-editor bodies, links between posts, categories, one shared
 * picture) into an empty content folder, then checks the imported site with `npm run check:content`
 * for comparison. Prints time and peak memory; never fails on either.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const count = Number(process.argv[2] ?? 1000);
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
const words = 'ketamine infusion clinic depression treatment monitoring blood pressure nurse evidence trial dose session calm room care'.split(' ');
const sentence = (seed: number) => {
  const picked = Array.from({ length: 14 }, (_, i) => words[(seed * 7 + i * 3) % words.length]);
  return `${picked.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
};
const body = (n: number) =>
  n % 2
    ? Array.from(
        { length: 12 },
        (_, p) =>
          `<!-- wp:paragraph --><p>${sentence(n + p)} ${sentence(n + p + 1)} See <a href="https://old.example.com/post-${(n + 1) % count}/">the next post</a>.</p><!-- /wp:paragraph -->`,
      ).join('\n') +
      `\n<!-- wp:image --><figure class="wp-block-image"><img src="https://old.example.com/wp-content/uploads/2025/03/chair.jpg" alt="A chair"/></figure><!-- /wp:image -->`
    : Array.from(
        { length: 12 },
        (_, p) =>
          `${sentence(n + p)}\n${sentence(n + p + 2)} [caption id="x"]<img src="https://old.example.com/wp-content/uploads/2025/03/chair.jpg" alt="A chair" /> Caption[/caption]`,
      ).join('\n\n');
try {
  const items = Array.from(
    { length: count },
    (_, n) => `<item><title><![CDATA[Post ${n}: ${sentence(n).slice(0, 60)}]]></title><link>https://old.example.com/post-${n}/</link>
<dc:creator><![CDATA[writer]]></dc:creator><content:encoded><![CDATA[${body(n)}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${n + 1}</wp:post_id><wp:post_date_gmt>2025-01-01 10:00:00</wp:post_date_gmt><wp:post_name>post-${n}</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="category" nicename="topic-${n % 7}"><![CDATA[Topic ${n % 7}]]></category></item>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench</title><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old.example.com</wp:base_site_url>
<wp:author><wp:author_login>writer</wp:author_login><wp:author_display_name>A Writer</wp:author_display_name></wp:author>
${items.join('\n')}
</channel></rss>`;
  const exportFile = join(work, 'export.xml');
  writeFileSync(exportFile, xml);
  mkdirSync(join(work, 'uploads/2025/03'), { recursive: true });
  cpSync(join(root, 'tests/fixtures/wordpress/uploads/2025/03/chair.jpg'), join(work, 'uploads/2025/03/chair.jpg'));
  mkdirSync(join(work, 'content'));
  // --import prints a command's peak memory when it exits, without touching the command itself.
  const measured = (script: string, args: string[]) => {
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,process.on('exit',()=>process.stderr.write('peak memory: '+Math.round(process.resourceUsage().maxRSS/1024)+' MB\\n'))`,
        join(root, script),
        ...args,
      ],
      { cwd: root, env: { ...process.env, CONTENT_ROOT: join(work, 'content') }, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    const peak = /peak memory: (\d+ MB)/.exec(result.stderr)?.[1] ?? '?';
    return { result, seconds: (performance.now() - started) / 1000, peak };
  };
  const imported = measured('src/cli/import-wordpress.ts', [exportFile, '--uploads', join(work, 'uploads'), '--report', join(work, 'report.md')]);
  if (imported.result.status !== 0) {
    const saved = join(tmpdir(), 'bench-import-report.txt');
    writeFileSync(saved, imported.result.stdout);
    throw new Error(`${imported.result.stderr}(the report is in ${saved})`);
  }
  const megabytes = statSync(exportFile).size / 1e6;
  console.log(
    `import:wordpress: ${count} posts (${megabytes.toFixed(1)} MB export) in ${imported.seconds.toFixed(2)} s, peak memory ${imported.peak}, including Node start and the content check`,
  );
  console.log(imported.result.stdout.trim().split('\n').at(-1));
  // The import holds no more than checking the finished site does (which every build does too).
  const checked = measured('src/cli/check-content.ts', []);
  console.log(`check:content on the imported site: ${checked.seconds.toFixed(2)} s, peak memory ${checked.peak} (exit ${checked.result.status})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
