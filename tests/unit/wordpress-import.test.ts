import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToHast, markdownToHtml } from 'satteri';
import { readWxr, WxrError, type WxrItem } from '../../src/lib/wordpress/wxr.ts';
import { autop, convertBody } from '../../src/lib/wordpress/convert.ts';
import { runImport } from '../../src/lib/wordpress/import.ts';
import { checkContentFolder, listContentFiles } from '../../src/loaders/content-pipeline.ts';
import {
  describe as describePost,
  fitText,
  isPostToImport,
  placePages,
  type PageItem,
  planPost,
  slugOf,
  statusOf,
  withChecksum,
  wxrDate,
  type PlanContext,
  type WxrIndex,
  uploadsRelative,
} from '../../src/lib/wordpress/plan.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures/wordpress');
const exportText = readFileSync(join(fixtures, 'export.xml'), 'utf8');

async function readAll(chunks: Iterable<string> | AsyncIterable<Buffer>) {
  const items: WxrItem[] = [];
  const site = await readWxr(chunks, (item) => void items.push(item));
  return { site, items };
}

describe('reading a WordPress export', () => {
  it('reads the site, its authors and every item with its fields', async () => {
    const { site, items } = await readAll([exportText]);
    expect(site).toMatchObject({ title: 'Old Clinic Blog', baseUrl: 'https://old-clinic.example.com', wxrVersion: '1.2' });
    expect(site.authors).toEqual([{ login: 'nurse.ana', displayName: 'Ana Núñez, RN', email: 'ana@example.com', firstName: 'Ana', lastName: 'Núñez' }]);
    expect(items.map((item) => item.type)).toEqual([
      'attachment',
      'attachment',
      'post',
      'post',
      'post',
      'post',
      'post',
      'post',
      'post',
      'post',
      'post',
      'page',
      'page',
      'page',
      'page',
      'page',
      'page',
      'nav_menu_item',
    ]);
    // A page knows its parent page: its place in the old site's hierarchy.
    expect(items.find((item) => item.id === '33')).toMatchObject({ type: 'page', parent: '32', link: 'https://old-clinic.example.com/services/insurance/' });
    const first = items.find((item) => item.id === '21')!;
    expect(first).toMatchObject({
      title: 'What to expect at your first infusion &#8211; a nurse&#8217;s guide',
      link: 'https://old-clinic.example.com/2025/03/first-infusion/',
      slug: 'first-infusion',
      status: 'publish',
      creator: 'nurse.ana',
      dateGmt: '2025-03-10 14:00:00',
      meta: { _thumbnail_id: '10' },
    });
    expect(first.terms).toEqual([
      { domain: 'category', slug: 'getting-treatment', name: 'Getting treatment' },
      { domain: 'post_tag', slug: 'first-visit', name: 'First visit' },
    ]);
    expect(first.content).toContain('<!-- wp:heading -->');
  });

  it("reads a WordPress.com export: https namespaces, the blog's own address, its date permalinks and its media host", async () => {
    const { site, items } = await readAll([readFileSync(join(fixtures, 'wordpress-com-export.xml'), 'utf8')]);
    // base_site_url is wordpress.com itself; the blog's permalinks are under base_blog_url.
    expect(site).toMatchObject({ title: 'Sunny Clinic Notes', baseUrl: 'https://sunnyclinicnotes.wordpress.com', wxrVersion: '1.2' });
    expect(site.authors[0]).toMatchObject({ login: 'sunnyclinic', displayName: 'Sunny Clinic &amp; Team' });
    const post = items.find((item) => item.type === 'post')!;
    expect(post).toMatchObject({ id: '7', status: 'publish', slug: 'what-to-expect-after' });
    const plan = planPost(post, {
      site,
      index: { posts: new Map(), attachments: new Map() },
      authorId: () => 'writer',
      topicIds: () => ['aftercare'],
      reservedPaths: new Set(),
      imageFile: (url) => (url.includes('files.wordpress.com') ? 'recovery-room.jpg' : undefined),
      today: '2026-01-01',
    });
    // The title's markup does not show in the heading, the tab or the card.
    expect(plan.title).toBe('What to expect after an infusion');
    // The date permalink keeps working, beside the bare slug and the ?p= address.
    expect(plan.aliases).toEqual(['/2018/10/20/what-to-expect-after/', '/what-to-expect-after/', '/wp/7/']);
    // The picture on the blog's media host is one of its uploads, copied beside the post.
    expect(plan.text).toContain('![A quiet recovery room with a reclining chair](./recovery-room.jpg)');
    expect(uploadsRelative('https://sunnyclinicnotes.files.wordpress.com/2018/10/recovery-room.jpg?w=1024', site.baseUrl)).toBe('2018/10/recovery-room.jpg');
    expect(uploadsRelative('https://i0.wp.com/old.example.com/wp-content/uploads/2019/01/a%20b.png', site.baseUrl)).toBe('2019/01/a b.png');
    expect(uploadsRelative('https://example.org/picture.png', site.baseUrl)).toBeUndefined();
  });

  it("counts readers' comments and keeps their fields out of the post's", async () => {
    const { items } = await readAll([readFileSync(join(fixtures, 'shared-slug-export.xml'), 'utf8')]);
    const commented = items.find((item) => item.id === '41')!;
    expect(commented.comments).toBe(2);
    expect(commented.meta).not.toHaveProperty('akismet_result');
    expect(commented).toMatchObject({ status: 'publish', dateGmt: '2024-06-01 10:00:00' });
  });

  it.each([
    ['a byte-order mark and Windows line endings', (xml: string) => `\uFEFF${xml.replace(/\n/g, '\r\n')}`],
    [
      'WXR 1.0 namespaces',
      (xml: string) => xml.replaceAll('wordpress.org/export/1.2/', 'wordpress.org/export/1.0/').replace('<wp:wxr_version>1.2', '<wp:wxr_version>1.0'),
    ],
    [
      'WXR 1.1 with other prefixes',
      (xml: string) => xml.replaceAll('wp:', 'wpx:').replace('xmlns:wp=', 'xmlns:wpx=').replaceAll('wordpress.org/export/1.2/', 'wordpress.org/export/1.1/'),
    ],
  ])('reads an export with %s', async (_what, variant) => {
    const xml = readFileSync(join(fixtures, 'wordpress-com-export.xml'), 'utf8');
    const { site, items } = await readAll([variant(xml)]);
    expect(site.baseUrl).toBe('https://sunnyclinicnotes.wordpress.com');
    expect(items.find((item) => item.type === 'post')).toMatchObject({ id: '7', slug: 'what-to-expect-after', status: 'publish' });
  });

  it('joins a title whose CDATA is split around "]]>", and decodes entities in titles and excerpts', async () => {
    const xml = readFileSync(join(fixtures, 'wordpress-com-export.xml'), 'utf8')
      .replace('<![CDATA[What to expect <em>after</em> an infusion]]>', '<![CDATA[Arrays like a[b]]]]><![CDATA[> and &amp; in a title]]>')
      .replace(
        '<excerpt:encoded><![CDATA[]]></excerpt:encoded>',
        '<excerpt:encoded><![CDATA[Rest &amp; recovery &#8211; what to plan for after your visit to the clinic.]]></excerpt:encoded>',
      );
    const { site, items } = await readAll([xml]);
    const post = items.find((item) => item.type === 'post')!;
    expect(post.title).toBe('Arrays like a[b]]> and &amp; in a title');
    const plan = planPost(post, {
      site,
      index: { posts: new Map(), attachments: new Map() },
      authorId: () => 'writer',
      topicIds: () => ['aftercare'],
      reservedPaths: new Set(),
      imageFile: () => undefined,
      today: '2026-01-01',
    });
    expect(plan.title).toBe('Arrays like a[b]]> and & in a title');
    expect(plan.text).toContain('description: Rest & recovery – what to plan for after your visit to the clinic.');
  });

  it('gives the same items when the file arrives in small pieces that split letters in two', async () => {
    const bytes = Buffer.from(exportText, 'utf8');
    async function* pieces() {
      for (let at = 0; at < bytes.length; at += 7) yield bytes.subarray(at, at + 7);
    }
    expect(await readAll(pieces())).toEqual(await readAll([exportText]));
  });

  it.each([
    ['broken.xml', /^the file is not well-formed XML: .+/, true],
    ['not-wordpress.xml', /is an RSS feed, not a WordPress export/, false],
    ['empty-export.xml', /has no posts, pages or attachments/, false],
  ])('refuses %s with a clear reason', async (file, message, withLine) => {
    const error = await readAll([readFileSync(join(fixtures, file), 'utf8')]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WxrError);
    expect((error as WxrError).message).toMatch(message);
    if (withLine) expect((error as WxrError).line).toBeGreaterThan(1);
  });

  it('refuses an empty file, an HTML page and a file that is not UTF-8', async () => {
    await expect(readAll([''])).rejects.toThrow(/the file is empty/);
    await expect(readAll(['<html><body>Not an export</body></html>'])).rejects.toThrow(/starts with <html>, not <rss>/);
    await expect(
      readAll(
        (async function* () {
          yield Buffer.from([0x3c, 0x72, 0x73, 0x73, 0x3e, 0xff, 0xfe]);
        })(),
      ),
    ).rejects.toThrow(/not UTF-8/);
  });
});

describe('converting a post body', () => {
  const options = {
    rewriteLink: (href: string) => (href.startsWith('https://old.example.com/other/') ? '/blog/other/' : href.includes('/draft/') ? null : undefined),
    localImage: (src: string) => (src.includes('/uploads/') ? `./${src.split('/').pop()}` : undefined),
  };

  it('turns block-editor HTML into Markdown and drops the block comments', () => {
    const html = `<!-- wp:heading --><h2 class="wp-block-heading">What &#8220;response&#8221; means</h2><!-- /wp:heading -->
<!-- wp:paragraph --><p>See <a href="https://old.example.com/other/">the other post</a> and <a href="https://old.example.com/draft/">a draft</a>.</p><!-- /wp:paragraph -->
<!-- wp:image --><figure class="wp-block-image"><img src="https://old.example.com/wp-content/uploads/2025/01/chair.jpg" alt="A chair" srcset="a 300w"/><figcaption>Our room</figcaption></figure><!-- /wp:image -->
<!-- wp:embed --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=x
</div></figure><!-- /wp:embed -->`;
    const result = convertBody(html, options);
    expect(result.markdown).toBe(
      '## What “response” means\n\nSee [the other post](/blog/other/) and a draft.\n\n![A chair](./chair.jpg)\n\nOur room\n\n<https://www.youtube.com/watch?v=x>\n',
    );
    expect(result.images).toEqual(['https://old.example.com/wp-content/uploads/2025/01/chair.jpg']);
  });

  it('turns classic-editor text into paragraphs and converts or reports its shortcodes', () => {
    const html = `One line\nand the next.\n\nA paragraph with [words in brackets] and [contact-form-7 id="1"].\n\n[caption id="a"]<img src="https://old.example.com/wp-content/uploads/a.jpg" alt="Alt a" /> The caption[/caption]\n\n[embed]https://vimeo.com/1[/embed]\n\n[gallery ids="5"]\n\n[newsletter]\n\n<code>[not-a-shortcode]</code>`;
    const result = convertBody(html, options, (ids) =>
      ids.map((id) => ({ src: `https://old.example.com/wp-content/uploads/g${id}.jpg`, alt: `Gallery ${id}` })),
    );
    expect(result.markdown).toBe(
      'One line\\\nand the next.\n\nA paragraph with \\[words in brackets] and .\n\n![Alt a](./a.jpg)\n\nThe caption\n\n<https://vimeo.com/1>\n\n![Gallery 5](./g5.jpg)\n\n`[not-a-shortcode]`\n',
    );
    expect(result.unknownShortcodes).toEqual(['[contact-form-7]', '[newsletter]']);
  });

  it('wraps loose text in paragraphs like WordPress (wpautop) and leaves blocks alone', () => {
    expect(autop('First\nline\n\n<h2>Title</h2>\n\nLast')).toBe('<p>First<br>\nline</p>\n<h2>Title</h2>\n<p>Last</p>');
  });

  it('turns players, file blocks, media shortcodes and linked pictures into plain links and pictures, and drops every comment', () => {
    const html = [
      '<!-- wp:paragraph --><p>Before the break.</p><!-- /wp:paragraph -->',
      '<!-- wp:more --><!--more--><!-- /wp:more -->',
      '<!-- wp:audio --><figure class="wp-block-audio"><audio controls src="https://old.example.com/wp-content/uploads/2025/03/Breathing%20exercise.mp3"></audio></figure><!-- /wp:audio -->',
      '<!-- wp:video --><figure class="wp-block-video"><video controls><source src="https://old.example.com/wp-content/uploads/tour.mp4"></video></figure><!-- /wp:video -->',
      '<!-- wp:file --><div class="wp-block-file"><a href="https://old.example.com/wp-content/uploads/consent.pdf">Consent form</a><a href="https://old.example.com/wp-content/uploads/consent.pdf" class="wp-block-file__button" download>Download</a></div><!-- /wp:file -->',
      '<!-- wp:shortcode -->[youtube https://www.youtube.com/watch?v=abc123]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[video width="640" mp4="https://old.example.com/wp-content/uploads/clinic.mp4"][/video]<!-- /wp:shortcode -->',
      '<!-- wp:image --><figure class="wp-block-image"><a href="https://old.example.com/wp-content/uploads/chair.jpg"><img src="https://old.example.com/wp-content/uploads/chair-300x200.jpg" alt="A chair"/></a></figure><!-- /wp:image -->',
      '<!--nextpage--><p>After the page break.</p>',
    ].join('\n');
    const result = convertBody(html, { rewriteLink: () => undefined, localImage: (src) => (src.includes('chair') ? './chair.jpg' : undefined) });
    expect(result.markdown).toBe(
      [
        'Before the break.',
        '[Breathing exercise.mp3](https://old.example.com/wp-content/uploads/2025/03/Breathing%20exercise.mp3)',
        '[tour.mp4](https://old.example.com/wp-content/uploads/tour.mp4)',
        '[Consent form](https://old.example.com/wp-content/uploads/consent.pdf)',
        '<https://www.youtube.com/watch?v=abc123>',
        '<https://old.example.com/wp-content/uploads/clinic.mp4>',
        '![A chair](./chair.jpg)',
        'After the page break.',
      ].join('\n\n') + '\n',
    );
    expect(result.unknownShortcodes).toEqual([]);
  });

  it('keeps tables, lists and quotes', () => {
    const html =
      '<!-- wp:table --><figure class="wp-block-table"><table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></figure><!-- /wp:table --><ul><li>x</li></ul><blockquote><p>q</p></blockquote>';
    expect(convertBody(html, options).markdown).toBe('| A | B |\n| - | - |\n| 1 | 2 |\n\n- x\n\n> q\n');
  });

  it("keeps the classic editor's line breaks inside list items, quotes and cells: never a stray backslash", () => {
    // As the classic editor stores them: loose text, then a list with a line break typed inside an item.
    const html = [
      'Before your visit:\n<ul>\n<li>Bring a sweater,\nthe room is cool.</li>\n<li>Ask&nbsp;questions</li>\n</ul>',
      '<blockquote>It felt calm.<br>\n</blockquote>',
      '<table><tr><td>Before<br>the infusion</td><td><br>After</td></tr></table>',
    ].join('\n\n');
    expect(convertBody(html, options).markdown).toBe(
      [
        'Before your visit:',
        '',
        // The break inside the text stays a break (Markdown's backslash at the end of a line, then the next line).
        '- Bring a sweater,\\',
        '  the room is cool.',
        '- Ask\u00a0questions',
        '',
        '> It felt calm.',
        '',
        '|                     |       |',
        '| ------------------- | ----- |',
        '| Before the infusion | After |',
        '',
      ].join('\n'),
    );
  });

  it('keeps one h1 on the page: an h1 in the body moves every heading one level down', () => {
    const markdown = convertBody('<h1>What it is</h1><p>Text.</p><h2>How it works</h2><p>More.</p><h6>Deepest</h6>', options).markdown;
    expect(markdown).toBe('## What it is\n\nText.\n\n### How it works\n\nMore.\n\n###### Deepest\n');
    // Without an h1, headings stay where they are.
    expect(convertBody('<h2>Two</h2><h3>Three</h3>', options).markdown).toBe('## Two\n\n### Three\n');
  });
});

describe('what readers read after the move', () => {
  interface HastNode {
    type: string;
    value?: string;
    tagName?: string;
    children?: HastNode[];
  }
  /** The words a reader sees in HTML, in order: text only (no tags, comments, scripts or styles). */
  const wordsIn = (html: string): string[] => {
    const words: string[] = [];
    const walk = (node: HastNode) => {
      if (node.type === 'text') words.push(...(node.value ?? '').split(/[\s\u00a0]+/).filter(Boolean));
      if (node.type === 'element' && ['script', 'style', 'template'].includes(node.tagName ?? '')) return;
      for (const child of node.children ?? []) walk(child);
    };
    walk(htmlToHast(html, { fragment: true }) as unknown as HastNode);
    return words;
  };
  const keep = { rewriteLink: () => undefined, localImage: () => undefined };

  it.each([
    [
      'the classic editor (loose text, line breaks, non-breaking spaces, entities)',
      'Before your visit, eat&nbsp;lightly.\nBring a sweater &amp; socks.\n\nWe will call you <strong>the day before</strong>.\n<ul>\n<li>Ask about\nyour medicines</li>\n<li>Plan a ride&nbsp;home</li>\n</ul>\n<blockquote>It felt calm.<br>\nI slept well.</blockquote>',
    ],
    [
      'the block editor (headings, a list, a quote, a table, a button)',
      '<!-- wp:heading --><h2>What to expect</h2><!-- /wp:heading --><!-- wp:paragraph --><p>The infusion takes about <em>40 minutes</em>.</p><!-- /wp:paragraph --><!-- wp:list --><ul><li>Arrive early</li><li>Wear layers</li></ul><!-- /wp:list --><!-- wp:quote --><blockquote class="wp-block-quote"><p>Calm and kind staff.</p><cite>A patient</cite></blockquote><!-- /wp:quote --><!-- wp:table --><figure class="wp-block-table"><table><tbody><tr><td>Visit</td><td>Length</td></tr><tr><td>First</td><td>2 hours</td></tr></tbody></table></figure><!-- /wp:table --><!-- wp:buttons --><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://old.example.com/contact/">Book a call</a></div></div><!-- /wp:buttons -->',
    ],
    [
      "a page builder's nested divs (Divi, Elementor), with spans and inline styles",
      '<div class="et_pb_section"><div class="et_pb_row"><div class="et_pb_column"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><h3 style="text-align:center">Our <span style="color:#0a6">care team</span></h3><p>Nurses and doctors<br>work together.</p></div></div></div><div class="elementor-widget-container"><div><span>Call us</span> <span>any weekday.</span></div></div></div></div>',
    ],
  ])('keeps every word of %s, in order', (_shape, html) => {
    const markdown = convertBody(html, keep).markdown;
    expect(wordsIn(markdownToHtml(markdown, { features: { gfm: true } }).html)).toEqual(wordsIn(html.replace(/<!--[\s\S]*?-->/g, '')));
    // No Markdown mark shows as text on the page.
    expect(markdownToHtml(markdown, { features: { gfm: true } }).html).not.toMatch(/(^|[^\w])\\[^\n]|\*\*|__/);
  });
});

describe('planning a post', () => {
  it.each([
    [{ status: 'publish', password: '' }, 'published'],
    [{ status: 'future', password: '' }, 'scheduled'],
    [{ status: 'draft', password: '' }, 'draft'],
    [{ status: 'pending', password: '' }, 'draft'],
    [{ status: 'private', password: '' }, 'draft'],
    [{ status: 'publish', password: 'secret' }, 'draft'],
  ])('%o becomes %s', (item, status) => expect(statusOf(item).status).toBe(status));

  it('reads GMT dates and ignores the empty ones drafts have', () => {
    expect(wxrDate('2025-03-10 14:00:00')).toBe('2025-03-10 14:00');
    expect(wxrDate('0000-00-00 00:00:00')).toBeUndefined();
  });

  it('makes slugs from encoded WordPress slugs, else from titles', () => {
    expect(slugOf({ slug: '%c2%bfque-es-la-ketamina', title: '', id: '1' })).toBe('que-es-la-ketamina');
    expect(slugOf({ slug: '', title: 'Ketamine &amp; sleep', id: '2' })).toBe('ketamine-and-sleep');
    expect(slugOf({ slug: '', title: '', id: '3' })).toBe('post-3');
  });

  it('describes a post by its excerpt, else its first sentences, within 160 characters', () => {
    expect(describePost({ excerpt: 'A short excerpt &#8211; long enough to be a description on its own.', content: '' })).toBe(
      'A short excerpt – long enough to be a description on its own.',
    );
    const long = `${'Ketamine infusions are given in a clinic with monitoring. '.repeat(5)}`;
    const described = describePost({ excerpt: '', content: `<p>${long}</p>` })!;
    expect(described.length).toBeGreaterThanOrEqual(50);
    expect(described.length).toBeLessThanOrEqual(160);
    expect(describePost({ excerpt: '', content: 'Too short.' })).toBeUndefined();
    // What the clinic wrote for search results comes first; template text is passed over.
    const seo = 'How a first ketamine infusion goes, hour by hour, as our nurses explain it to new patients.';
    expect(describePost({ excerpt: 'An excerpt that is long enough to be used as a description.', content: '', meta: { _yoast_wpseo_metadesc: seo } })).toBe(
      seo,
    );
    expect(describePost({ excerpt: '', content: '', meta: { rank_math_description: `${seo} &amp; more` } })).toBe(`${seo} & more`);
    expect(
      describePost({
        excerpt: 'An excerpt that is long enough to be used as a description.',
        content: '',
        meta: { _yoast_wpseo_metadesc: '%%title%% %%sep%% %%sitename%% - read the whole article' },
      }),
    ).toBe('An excerpt that is long enough to be used as a description.');
    expect(fitText('one two three four', 10)).toBe('one two…');
  });

  it('says when a featured image is missing from the export (a "Posts only" export)', async () => {
    const { site, items } = await readAll([exportText]);
    const post = items.find((item) => item.type === 'post' && item.meta._thumbnail_id)!;
    const context: PlanContext = {
      site,
      index: { posts: new Map(), attachments: new Map() },
      authorId: () => 'writer',
      topicIds: () => ['general'],
      reservedPaths: new Set(),
      imageFile: () => 'hero.jpg',
      today: '2026-01-01',
    };
    const plan = planPost(post, context);
    expect(plan.notes).toContain(
      `its featured image (WordPress attachment ${post.meta._thumbnail_id}) is not in this export - export "All content" to bring it, or add a hero by hand`,
    );
    expect(plan.text).not.toContain('hero:');
  });

  it('lists links to documents that stay on the old site, once each', async () => {
    const { site, items } = await readAll([exportText]);
    const post = items.find((item) => item.type === 'post')!;
    const link = `${site.baseUrl}/wp-content/uploads/2025/03/consent.pdf`;
    const plan = planPost(
      { ...post, content: `<p><a href="${link}">Consent form</a> and <a href="${link}">again</a>.</p>` },
      {
        site,
        index: { posts: new Map(), attachments: new Map() },
        authorId: () => 'writer',
        topicIds: () => ['general'],
        reservedPaths: new Set(),
        imageFile: () => undefined,
        today: '2026-01-01',
      },
    );
    expect(plan.notes.filter((note) => note.includes('consent.pdf'))).toEqual([
      `links to ${link}, a file on the old site - copy it into public/ and link to it there before the old site goes offline`,
    ]);
    expect(plan.text).toContain(`[Consent form](${link})`);
  });

  it('reaches the same status, missing pictures and notes when it skips writing the body', async () => {
    const { site, items } = await readAll([exportText]);
    const index: WxrIndex = { posts: new Map(), attachments: new Map() };
    for (const item of items) {
      if (item.type === 'attachment')
        index.attachments.set(item.id, { url: item.attachmentUrl, alt: item.meta._wp_attachment_image_alt ?? '', caption: item.excerpt, title: item.title });
      if (item.type === 'post')
        index.posts.set(item.id, { slug: slugOf(item), link: item.link, title: item.title, published: statusOf(item).status === 'published' });
    }
    const context: PlanContext = {
      site,
      index,
      authorId: () => 'writer',
      topicIds: () => ['general'],
      reservedPaths: new Set(['/contact/']),
      imageFile: (url, hero) => (url.includes('not-in-uploads') ? undefined : hero ? 'hero.jpg' : url.split('/').at(-1)),
      today: '2026-01-01',
    };
    const posts = items.filter(isPostToImport);
    // The fixture's posts include a missing picture, a post without alt text, drafts and links to them.
    expect(posts.map((item) => planPost(item, context).status)).toEqual(expect.arrayContaining(['published', 'draft', 'scheduled']));
    expect(posts.filter((item) => planPost(item, context).missingImages.length > 0).length).toBeGreaterThan(0);
    for (const item of posts) {
      const { status, missingImages, notes, images } = planPost(item, context);
      const quick = planPost(item, context, { statusOnly: true });
      expect({ id: item.id, status: quick.status, missingImages: quick.missingImages, notes: quick.notes, images: quick.images }).toEqual({
        id: item.id,
        status,
        missingImages,
        notes,
        images,
      });
    }
  });
});

describe('placing WordPress pages', () => {
  const base = 'https://old-clinic.example.com';
  const page = (id: string, link: string, extra: Partial<PageItem> = {}): PageItem => ({
    id,
    slug: '',
    title: `Page ${id}`,
    link,
    parent: '0',
    status: 'publish',
    password: '',
    ...extra,
  });
  const sitePaths = new Set(['/', '/about/', '/contact/', '/blog/']);
  const place = (...items: PageItem[]) => placePages(items, base, sitePaths, ['/blog/', '/topics/', '/wp/']);

  it('keeps the old address, parents first, with folders made address-safe (percent-encoded, capitals)', () => {
    const { pages } = place(page('1', `${base}/services/insurance/`), page('2', `${base}/servicios/atenci%C3%B3n-Nocturna/`));
    expect(pages.get('1')).toMatchObject({ id: 'services/insurance', published: true });
    expect(pages.get('2')?.id).toBe('servicios/atencion-nocturna');
  });

  it('builds the address from the parents for plain permalinks (/?page_id=12), as drafts have', () => {
    const { pages } = place(
      page('32', `${base}/services/`, { slug: 'services' }),
      page('35', `${base}/?page_id=35`, { slug: '', title: 'Frequently asked questions', parent: '32', status: 'draft' }),
    );
    expect(pages.get('35')).toMatchObject({ id: 'services/frequently-asked-questions', published: false });
  });

  it("leaves the site's own addresses to the site and says so, and sends a page whose job the site does to the site's page", () => {
    const { pages, notImported } = place(
      page('3', `${base}/about/`),
      page('4', `${base}/`),
      page('5', `${base}/blog/archive/`),
      page('6', `${base}/contact-us/`),
    );
    expect([...pages.keys()]).toEqual(['6']);
    expect(pages.get('6')).toMatchObject({ id: 'contact-us', replacedBy: '/contact/' });
    expect(notImported.map((entry) => entry.reason)).toEqual([
      "this site's own /about/ is at that address - compare its words with the WordPress page",
      "this site's own / is at that address - compare its words with the WordPress page",
      "its address is inside /blog/, where this site's own pages are - recreate it under content/pages/ if it is still needed",
    ]);
  });

  it('gives two pages whose addresses become one the same folder once, the second with -2', () => {
    const { pages } = place(page('7', `${base}/Team/`), page('8', `${base}/team/`));
    expect([pages.get('7')?.id, pages.get('8')?.id]).toEqual(['team', 'team-2']);
  });
});

// Each run starts Node and the content check: a few seconds on these machines.
describe('runImport, called directly', () => {
  it('imports a WordPress.com export in a dry run and returns the report, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-import-'));
    cpSync(join(root, 'content/authors'), join(dir, 'content/authors'), { recursive: true });
    cpSync(join(root, 'content/topics'), join(dir, 'content/topics'), { recursive: true });
    const result = await runImport({
      exportFile: join(fixtures, 'wordpress-com-export.xml'),
      dryRun: true,
      root,
      env: { CONTENT_ROOT: join(dir, 'content') },
      today: new Date('2026-12-06T12:00:00Z'),
      pipeline: { checkContentFolder, listContentFiles },
    });
    expect(result.errors).toBe(0);
    expect(result.report).toContain('- /2018/10/20/what-to-expect-after/ -> /blog/what-to-expect-after/');
    expect(result.written).toBeUndefined();
    expect(existsSync(join(dir, 'content/posts'))).toBe(false);
  });

  it('refuses a file that is not there, with the reason, instead of ending the process', async () => {
    await expect(
      runImport({ exportFile: join(fixtures, 'no-such-export.xml'), root, env: {}, pipeline: { checkContentFolder, listContentFiles } }),
    ).rejects.toThrow(/no-such-export\.xml: no such file - check the path to the WordPress export/);
  });
});

describe('npm run import:wordpress', { timeout: 120_000 }, () => {
  function site() {
    const dir = mkdtempSync(join(tmpdir(), 'wordpress-import-'));
    cpSync(join(root, 'content/authors'), join(dir, 'content/authors'), { recursive: true });
    cpSync(join(root, 'content/topics'), join(dir, 'content/topics'), { recursive: true });
    cpSync(join(root, 'content/posts/how-ketamine-works'), join(dir, 'content/posts/how-ketamine-works'), { recursive: true });
    return dir;
  }
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'src/cli/import-wordpress.ts'), ...args, '--report', join(dir, 'report.md')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_ROOT: join(dir, 'content') },
    });
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)).map((file) => `${name}/${file}`) : [name]));
  const uploads = join(fixtures, 'uploads');

  it('imports two posts that share a slug, and fixes or unlinks addresses readers could not follow, instead of refusing the export', () => {
    const dir = site();
    const result = run(dir, join(fixtures, 'shared-slug-export.xml'));
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const first = readFileSync(join(dir, 'content/posts/breathing/index.md'), 'utf8');
    const second = readFileSync(join(dir, 'content/posts/breathing-2/index.md'), 'utf8');
    // The first keeps the slug and the shared old address; the second gets only its own.
    expect(first).toMatch(/aliases:\n {2}- \/breathing\/\n {2}- \/wp\/40\/\n/);
    expect(second).toMatch(/aliases:\n {2}- \/wp\/41\/\n/);
    expect(result.stdout).toContain('shares its old address /breathing/ with "Breathing before an infusion", which keeps it');
    // //host/x gains its https:; the video address with a letter missing stays as words, unlinked.
    expect(second).toContain('[printable guide](https://example.org/breathing-guide)');
    // (Markdown escapes it so no reader's app turns it into a link: htps\://www\.youtube.com.)
    expect(second).toMatch(/htps\\?:\/\/www\\?\.youtube\.com\/watch\?v=abc123/);
    expect(second).not.toContain('](htps:');
    expect(result.stdout).toContain('the link to htps://www.youtube.com/watch?v=abc123 was not a usable address');
    // Readers' comments are counted, never imported, and their fields never mix with the post's.
    expect(result.stdout).toContain('## Comments (not imported)\n\n2 reader comment(s) on 1 post(s) or page(s) stay in WordPress');
    expect(second).not.toContain('health details');
  });

  it('holds a post the content check refuses back as a draft with a TODO per problem, imports the rest, and unlinks what points at it', () => {
    const dir = site();
    const result = run(dir, join(fixtures, 'refused-post-export.xml'));
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const held = readFileSync(join(dir, 'content/posts/the-answer/index.md'), 'utf8');
    expect(held).toContain('draft: true');
    const lines = held.split('\n');
    const todos = lines.filter((line) => line.startsWith('TODO: line '));
    expect(todos).toHaveLength(2);
    // Each TODO names the line of the written file that holds the words, in the check's own words.
    for (const [todo, words] of [
      [todos.find((line) => line.includes('"cure"')), 'cure depression'],
      [todos.find((line) => line.includes('"no side effects"')), 'no side effects at all'],
    ] as const) {
      expect(todo).toBeDefined();
      expect(lines[Number(/^TODO: line (\d+)/.exec(todo!)![1]) - 1]).toContain(words);
    }
    // Nothing of the text is lost.
    expect(held).toContain('Ketamine can cure depression in a single session.');
    // The post that linked to it is published, with the words of the link and no link to a draft.
    const linking = readFileSync(join(dir, 'content/posts/preparing/index.md'), 'utf8');
    expect(linking).toContain('draft: false');
    expect(linking).toContain('read what we tell people at the first visit.');
    expect(linking).not.toContain('/blog/the-answer/');
    expect(result.stdout).toMatch(/held back as a draft until fixed: text: "cure": ketamine does not cure these conditions/);
    // What was written passes the check that every build runs (this test site's one article of our
    // own links to articles it does not hold: those errors are not the import's).
    const check = checkContentFolder(root, { env: { CONTENT_ROOT: join(dir, 'content') } });
    expect(check.problems.filter((problem) => problem.severity === 'error' && !problem.file.includes('how-ketamine-works'))).toEqual([]);
    expect(check.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', file: 'content/posts/the-answer/index.md', message: expect.stringContaining('it stops publishing') }),
    );
    // A second run changes nothing and asks for nothing.
    const snapshot = files(join(dir, 'content')).map((file) => [file, readFileSync(join(dir, 'content', file), 'utf8')]);
    const again = run(dir, join(fixtures, 'refused-post-export.xml'));
    expect(again.status, again.stdout).toBe(0);
    expect(again.stdout).not.toContain('--update');
    expect(files(join(dir, 'content')).map((file) => [file, readFileSync(join(dir, 'content', file), 'utf8')])).toEqual(snapshot);
  });

  it('with --strict, a post the check refuses stops the import and nothing is written', () => {
    const dir = site();
    const before = files(join(dir, 'content'));
    const result = run(dir, join(fixtures, 'refused-post-export.xml'), '--strict');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/## Problems to fix: nothing is written until they are \(2\)/);
    expect(result.stdout).toContain('content/posts/the-answer/index.md:');
    expect(files(join(dir, 'content'))).toEqual(before);
  });

  it('a dry run prints the report and writes nothing', () => {
    const dir = site();
    const before = files(join(dir, 'content'));
    const result = run(dir, join(fixtures, 'export.xml'), '--uploads', uploads, '--dry-run');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('## Posts (8)');
    expect(result.stdout).toContain('- /2025/03/first-infusion/ -> /blog/first-infusion/');
    // Where old `/?p=21` links land.
    expect(result.stdout).toContain('- /wp/21/ -> /blog/first-infusion/');
    expect(result.stdout).toContain('was password-protected on WordPress');
    expect(result.stdout).toContain('shortcode [contact-form-7] has no equivalent here');
    expect(result.stdout).toContain('/blog/missing-picture/: https://old-clinic.example.com/wp-content/uploads/2025/03/not-in-uploads.jpg');
    // WordPress exports its trash too: listed, never imported.
    expect(result.stdout).toContain('## In the WordPress trash (not imported)\n\n- post Spring offer: 10% off your first visit (/?p=29)');
    expect(result.stdout).not.toMatch(/\/blog\/spring-offer/);
    expect(files(join(dir, 'content'))).toEqual(before);
    expect(existsSync(join(dir, 'report.md'))).toBe(false);
  });

  it('with --download, fetches the pictures --uploads lacks from the old site, and lists those it cannot', async () => {
    const server = createServer((request, response) => {
      const file = join(uploads, decodeURIComponent(request.url!.replace(/^\/wp-content\/uploads\//, '')));
      if (request.url!.startsWith('/wp-content/uploads/') && existsSync(file))
        response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(readFileSync(file));
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const oldSite = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const dir = site();
      const exportFile = join(dir, 'export.xml');
      writeFileSync(exportFile, readFileSync(join(fixtures, 'export.xml'), 'utf8').replaceAll('https://old-clinic.example.com', oldSite));
      // The server runs in this process, so the command runs beside it rather than blocking it.
      const child = spawn(process.execPath, [join(root, 'src/cli/import-wordpress.ts'), exportFile, '--download', '--report', join(dir, 'report.md')], {
        cwd: root,
        env: { ...process.env, CONTENT_ROOT: join(dir, 'content') },
      });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      const status = await new Promise((resolve) => child.on('close', resolve));
      expect(status, stdout).toBe(0);
      expect(existsSync(join(dir, 'content/posts/first-infusion/chair.jpg'))).toBe(true);
      expect(readFileSync(join(dir, 'content/posts/first-infusion/index.md'), 'utf8')).not.toContain('draft: true');
      expect(stdout).toContain(`## Images downloaded from the old site`);
      expect(stdout).toContain(`- ${oldSite}/wp-content/uploads/2025/03/chair.jpg`);
      expect(stdout).toContain(`- tried to download ${oldSite}/wp-content/uploads/2025/03/not-in-uploads.jpg: the old site answered 404`);
      expect(readFileSync(join(dir, 'content/posts/missing-picture/index.md'), 'utf8')).toMatch(/draft: true/);
    } finally {
      server.close();
    }
  });

  it('imports posts, images, authors and topics that pass the content check, and a second run changes nothing', () => {
    const dir = site();
    // Existing topics are read as YAML, the way the site reads them: a comment is not part of the name.
    const topicFile = join(dir, 'content/topics/treatment.yaml');
    writeFileSync(topicFile, readFileSync(topicFile, 'utf8').replace(/^name: .*$/m, "name: 'Getting treatment' # the WordPress category's name"));
    const result = run(dir, join(fixtures, 'export.xml'), '--uploads', uploads);
    expect(result.status, result.stderr + result.stdout).toBe(0);
    const post = readFileSync(join(dir, 'content/posts/first-infusion/index.md'), 'utf8');
    expect(post).toContain('title: What to expect at your first infusion – a nurse’s guide');
    expect(post).toContain('author: ana-nunez-rn');
    expect(post).toMatch(/aliases:\n {2}- \/2025\/03\/first-infusion\/\n {2}- \/first-infusion\/\n {2}- \/wp\/21\/\n/);
    expect(post).toMatch(/topics:\n {2}- treatment\n {2}- first-visit\n/);
    expect(post).toContain('![A reclining chair by a sunny window](./chair.jpg)');
    expect(post).toContain('[our Spanish article](/blog/que-es-la-ketamina/)');
    expect(post).not.toMatch(/<!--|\[caption|wp:/);
    expect(existsSync(join(dir, 'content/posts/first-infusion/chair.jpg'))).toBe(true);
    expect(readFileSync(join(dir, 'content/posts/missing-picture/index.md'), 'utf8')).toMatch(/draft: true[\s\S]*TODO: add the missing image/);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('## Needs medical review and sources');
    // WordPress pages are site pages at their old addresses, parents first; a draft page stays a draft.
    const insurance = readFileSync(join(dir, 'content/pages/services/insurance/index.md'), 'utf8');
    expect(insurance).toMatch(/^title: Insurance & payment$/m);
    expect(insurance).toContain('See [our services](/services/) or [contact us](/contact/).');
    expect(readFileSync(join(dir, 'content/pages/services/frequently-asked-questions/index.md'), 'utf8')).toContain('draft: true');
    // "Contact Us" keeps its address and its text, and sends readers to the site's own contact page.
    expect(readFileSync(join(dir, 'content/pages/contact-us/index.md'), 'utf8')).toMatch(/redirect: \/contact\/[\s\S]*Call us on weekdays/);
    // The site's own /about/ and home page stay the site's: listed, not imported.
    expect(existsSync(join(dir, 'content/pages/about'))).toBe(false);
    expect(result.stdout).toContain('- "About us" (/about/): this site\'s own /about/ is at that address');
    // A post's link to an old page points at the page's new home.
    expect(readFileSync(join(dir, 'content/posts/side-effects-explained/index.md'), 'utf8')).toContain(
      'Read [insurance and payment](/services/insurance/), or [write to us](/contact/).',
    );
    // The pages pass the check every build runs.
    const check = checkContentFolder(root, { env: { CONTENT_ROOT: join(dir, 'content') } });
    expect(check.problems.filter((problem) => problem.severity === 'error' && problem.file.startsWith('content/pages/'))).toEqual([]);
    expect(check.pages.map((checked) => checked.id).sort()).toEqual(['contact-us', 'services', 'services/frequently-asked-questions', 'services/insurance']);

    const snapshot = files(join(dir, 'content')).map((file) => [file, readFileSync(join(dir, 'content', file)).toString('base64')]);
    const again = run(dir, join(fixtures, 'export.xml'), '--uploads', uploads);
    expect(again.status).toBe(0);
    expect(files(join(dir, 'content')).map((file) => [file, readFileSync(join(dir, 'content', file)).toString('base64')])).toEqual(snapshot);
  });

  it('never overwrites a post of the site, and --update refreshes only imported posts nobody edited', () => {
    const dir = site();
    expect(run(dir, join(fixtures, 'export.xml'), '--uploads', uploads).status).toBe(0);
    const edited = join(dir, 'content/posts/side-effects-explained/index.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('Most side effects', 'Most side effects (edited here)'));
    // As an earlier import wrote it (other words, its own checksum): nobody edited it here.
    const older = join(dir, 'content/posts/private-update/index.md');
    const current = readFileSync(older, 'utf8');
    writeFileSync(older, withChecksum(current.replace(/^ {2}checksum: .*\n/m, '').replace('calm colours', 'new colours')));
    expect(run(dir, join(fixtures, 'export.xml'), '--uploads', uploads).stdout).toContain('was imported before; run with --update to refresh it');
    const update = run(dir, join(fixtures, 'export.xml'), '--uploads', uploads, '--update');
    expect(update.status, update.stdout).toBe(0);
    expect(update.stdout).toContain('content/posts/side-effects-explained/index.md was edited here since the import: not updated, so no edit is lost');
    expect(readFileSync(edited, 'utf8')).toContain('(edited here)');
    expect(readFileSync(older, 'utf8')).toBe(current);
    // A post of the site at an address the export also wants is never touched.
    const ours = join(dir, 'content/posts/protected/index.md');
    const ourText = readFileSync(join(dir, 'content/posts/how-ketamine-works/index.md'), 'utf8').replace(
      /^title: .*$/m,
      'title: "Our own page about protection"',
    );
    writeFileSync(ours, ourText);
    const again = run(dir, join(fixtures, 'export.xml'), '--uploads', uploads, '--update');
    expect(again.stdout).toContain('content/posts/protected/index.md already exists and was not imported from post 27: left as it is');
    expect(readFileSync(ours, 'utf8')).toBe(ourText);
  });

  it('stops on a broken export, names the line, and writes nothing', () => {
    const dir = site();
    const before = files(join(dir, 'content'));
    const result = run(dir, join(fixtures, 'broken.xml'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.xml:\d+: the file is not well-formed XML: .+ Nothing was written\./);
    expect(files(join(dir, 'content'))).toEqual(before);
    expect(run(dir, join(fixtures, 'not-wordpress.xml')).stderr).toContain('is an RSS feed, not a WordPress export');
    expect(run(dir, join(fixtures, 'no-such-file.xml')).stderr).toContain('no such file');
  });
});
