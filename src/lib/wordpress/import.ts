/**
 * The WordPress import (the command is src/cli/import-wordpress.ts): `runImport` returns the report.
 * Turns a WordPress export into this site's posts, through the same content pipeline as every post:
 * the planned files are checked with the build's own checker before anything is written.
 * Reads the export three times as a stream: an index of ids, addresses and attachments; which posts
 * will be published (a missing picture keeps a post in draft); then one post at a time, each file
 * staged in a temporary folder rather than held in memory, so a large export needs no more memory
 * than the content check of the finished site. Only a site that passes is copied into content/.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative } from 'node:path';
import { stringify } from 'yaml';
import { readWxr, WxrError, type WxrAuthor, type WxrItem } from './wxr.ts';
import {
  idFrom,
  importChecksum,
  isPageToImport,
  isPostToImport,
  oldPath,
  placePages,
  type PageItem,
  planPost,
  slugOf,
  statusOf,
  withChecksum,
  holdBack,
  HELD_BACK_NOTE,
  type PlanContext,
  type PlannedPost,
  type WxrIndex,
  uploadsRelative as uploadsRelativeTo,
} from './plan.ts';
import { decodeEntities } from './convert.ts';
import { formatProblem } from '../content-check/index.ts';
import { contentRoot } from '../content-root.ts';
import { isoDay } from '../format.ts';
import { blogPageUrl, homeUrl, PAGE_NAMES, pageUrl, postUrl, searchUrl, siteOwnFolders, sitePageUrl, topicsUrl, type PageName } from '../routes.ts';
import { LANGS } from '../../i18n/locales.ts';
import { readContent, type RawContentFile } from '../content-files.ts';
import type { ContentCheckResult, ContentProblem } from '../content-check/index.ts';

/** A problem with the command's input or the export itself: nothing was written. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportOptions {
  exportFile: string;
  /** A copy of wp-content/uploads (or a WordPress.com media export). */
  uploads?: string;
  /** Fetch pictures --uploads lacks from the old site. */
  download?: boolean;
  dryRun?: boolean;
  /** Refresh posts imported before that nobody has edited since. */
  update?: boolean;
  /** All or nothing: a post the check refuses stops the import instead of being held back as a draft. */
  strict?: boolean;
  reportFile?: string;
  /** The project folder; content is read from CONTENT_ROOT in `env`, or content/ there. */
  root: string;
  env?: Record<string, string | undefined>;
  /** The day of the import, for posts WordPress never dated. */
  today?: Date;
  /** Called as items are converted (a terminal shows it); `done === total` at the end. */
  progress?: (done: number, total: number) => void;
  /**
   * The content pipeline the build uses (src/loaders/content-pipeline.ts), handed in so this
   * module does not reach up into the loaders: the site's files, and its check with planned files.
   */
  pipeline: {
    listContentFiles: (contentDir: string) => RawContentFile[];
    checkContentFolder: (
      root: string,
      options: { env?: Record<string, string | undefined>; planned?: { files: readonly RawContentFile[]; paths: ReadonlySet<string> } },
    ) => ContentCheckResult;
  };
}

export interface ImportResult {
  /** The whole report, as the saved file has it. */
  report: string;
  lines: string[];
  /** Problems that stopped the import: nothing was written. */
  errors: number;
  /** After a real import: what was written, and where the report is. */
  written?: string;
}

export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const { exportFile, root, env = process.env, today = new Date() } = options;
  const { listContentFiles, checkContentFolder } = options.pipeline;
  const dryRun = Boolean(options.dryRun);
  const cleanups: Array<() => void> = [];
  try {
    if (!existsSync(exportFile) || !statSync(exportFile).isFile())
      throw new ImportError(`${exportFile}: no such file - check the path to the WordPress export (.xml)`);
    if (options.uploads && !existsSync(options.uploads))
      throw new ImportError(`--uploads ${options.uploads}: no such folder - point it at a copy of wp-content/uploads`);
    const contentDir = contentRoot(root, env);
    const stream = () => createReadStream(exportFile, { highWaterMark: 64 * 1024 });

    const read = <T>(run: () => Promise<T>): Promise<T> =>
      run().catch((error: unknown) => {
        if (error instanceof WxrError) throw new ImportError(`${exportFile}${error.line ? `:${error.line}` : ''}: ${error.message}. Nothing was written.`);
        throw error;
      });

    // Pass 1: what every post and attachment is called, so links and images resolve in pass 2.
    const index: WxrIndex = { posts: new Map(), attachments: new Map() };
    const pageItems: PageItem[] = [];
    const taken = new Set<string>();
    const counts = new Map<string, number>();
    const site = await read(() =>
      readWxr(stream(), (item) => {
        counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
        if (item.type === 'attachment') {
          index.attachments.set(item.id, { url: item.attachmentUrl, alt: item.meta._wp_attachment_image_alt ?? '', caption: item.excerpt, title: item.title });
        } else if (isPostToImport(item)) {
          let slug = slugOf(item);
          for (let n = 2; taken.has(slug); n++) slug = `${slugOf(item)}-${n}`;
          taken.add(slug);
          index.posts.set(item.id, { slug, link: item.link, title: decodeEntities(item.title), published: statusOf(item).status === 'published' });
        } else if (isPageToImport(item)) {
          const { id, slug, title, link, parent, status, password } = item;
          pageItems.push({ id, slug, title, link, parent, status, password });
        }
      }),
    );

    // People and topics: matched to existing files (read by the content pipeline), created for the rest.
    const existingData = readContent(listContentFiles(contentDir).filter((file) => /^(authors|topics)\//.test(file.entry))).entries;
    const namesOf = (kind: 'authors' | 'topics') =>
      new Map(
        existingData
          .filter((entry) => entry.file.kind === kind)
          .map((entry) => [entry.file.id, String((entry.parsed.data as { name?: unknown }).name ?? '')] as [string, string]),
      );
    const existingAuthors = namesOf('authors');
    const existingTopics = namesOf('topics');
    // Planned files wait here until the check passes; the check reads them from here too.
    const staging = mkdtempSync(join(tmpdir(), 'wordpress-import-'));
    cleanups.push(() => rmSync(staging, { recursive: true, force: true }));
    const newFiles = new Map<string, RawContentFile>();
    function stage(entry: string, text: string): void {
      const staged = join(staging, entry);
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, text);
      newFiles.set(entry, { entry, bytes: () => readFileSync(staged) });
    }
    const created: string[] = [];
    const authorsByLogin = new Map<string, WxrAuthor>(site.authors.map((author) => [author.login, author]));
    const authorIds = new Map<string, string>();
    function authorId(login: string): string {
      const known = authorIds.get(login);
      if (known) return known;
      // Posts without an author (often drafts) belong to the export's only author, when it has one.
      const author = authorsByLogin.get(login) ?? (site.authors.length === 1 ? site.authors[0] : undefined);
      // WordPress stores names HTML-escaped ("Sunny Clinic &amp; Team").
      const name = decodeEntities(author?.displayName || [author?.firstName, author?.lastName].filter(Boolean).join(' ')) || login || 'WordPress author';
      const byName = [...existingAuthors].find(([, existing]) => existing.toLowerCase() === name.toLowerCase())?.[0];
      const id = byName ?? idFrom(name, 'wordpress-author');
      authorIds.set(login, id);
      if (!existingAuthors.has(id)) {
        existingAuthors.set(id, name);
        const entry = `authors/${id}.yaml`;
        stage(
          entry,
          `# Imported from WordPress (login "${login}"): add the person's role, a short bio and credentials.\n${stringify({ name, role: 'Writer', bio: `${name} wrote for the clinic's previous website.` })}`,
        );
        created.push(`content/${entry}`);
      }
      return id;
    }
    const topicIdsByName = new Map<string, string>();
    function topicIds(item: WxrItem): string[] {
      const ids: string[] = [];
      const terms = [...item.terms.filter((term) => term.domain === 'category'), ...item.terms.filter((term) => term.domain === 'post_tag')];
      for (const term of terms) {
        const name = decodeEntities(term.name);
        if (!name || /^uncategori[sz]ed$/i.test(name)) continue;
        const key = name.toLowerCase();
        let id =
          topicIdsByName.get(key) ?? [...existingTopics].find(([existingId, existing]) => existing.toLowerCase() === key || existingId === term.slug)?.[0];
        if (!id) {
          id = idFrom(term.slug || name, idFrom(name, 'topic'));
          existingTopics.set(id, name);
          const entry = `topics/${id}.yaml`;
          stage(entry, stringify({ name, description: `Articles about ${name.toLowerCase()}.` }));
          created.push(`content/${entry}`);
        }
        topicIdsByName.set(key, id);
        if (!ids.includes(id)) ids.push(id);
      }
      if (ids.length === 0) ids.push(topicIds({ ...item, terms: [{ domain: 'category', slug: 'general', name: 'General' }] })[0]!);
      return ids;
    }

    const reservedPaths = new Set<string>(
      LANGS.flatMap((lang) => [
        homeUrl(lang),
        blogPageUrl(1, lang),
        topicsUrl(lang),
        searchUrl(lang),
        ...PAGE_NAMES.map((name: PageName) => pageUrl(name, lang)),
      ]),
    );
    // WordPress pages become site pages at their old addresses, unless the site has its own there.
    const placement = placePages(pageItems, site.baseUrl, reservedPaths, siteOwnFolders());
    index.pages = placement.pages;
    /** Posts and pages that become files here. */
    const isImported = (item: WxrItem) => isPostToImport(item) || (isPageToImport(item) && index.pages!.has(item.id));
    /** Where an upload sits in the old site's uploads (`2025/03/chair.jpg`), or undefined for other addresses. */
    const uploadsRelative = (url: string) => uploadsRelativeTo(url, site.baseUrl);
    // With --download, pictures missing from --uploads are fetched from the old site into this folder.
    const downloads = options.download ? mkdtempSync(join(tmpdir(), 'wordpress-images-')) : undefined;
    if (downloads) cleanups.push(() => rmSync(downloads, { recursive: true, force: true }));
    /** The picture on this computer: in --uploads, else among the downloads. */
    const uploadsPath = (url: string) => {
      const relativePath = uploadsRelative(url);
      if (!relativePath) return undefined;
      return [options.uploads, downloads]
        .filter((folder) => folder !== undefined)
        .map((folder) => join(folder, relativePath))
        .find((path) => existsSync(path));
    };

    const planContext: PlanContext = {
      site,
      index,
      authorId,
      topicIds,
      reservedPaths,
      imageFile: (url, hero) => {
        const from = uploadsPath(url);
        if (!from) return undefined;
        const name = basename(from);
        return hero ? `hero${extname(name).toLowerCase() || '.jpg'}` : name;
      },
      today: isoDay(today),
    };

    // With --download: every picture a post needs that --uploads lacks, fetched from the old site.
    const downloaded: string[] = [];
    const notDownloaded: string[] = [];
    if (downloads) {
      const wanted = new Set<string>();
      await read(() =>
        readWxr(stream(), (item) => {
          if (isImported(item)) for (const url of planPost(item, planContext, { statusOnly: true }).missingImages) if (uploadsRelative(url)) wanted.add(url);
        }),
      );
      const queue = [...wanted];
      // Four at a time: quick for hundreds of pictures, gentle with the old server.
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let url = queue.shift(); url; url = queue.shift()) {
            const problem = await downloadImage(new URL(url, `${site.baseUrl}/`).href, join(downloads, uploadsRelative(url)!));
            (problem ? notDownloaded : downloaded).push(problem ? `${url}: ${problem}` : url);
          }
        }),
      );
    }

    // Pass 2: which posts will really be published (a missing picture or alt text keeps one in draft),
    // so that no published post links to one readers cannot open.
    await read(() =>
      readWxr(stream(), (item) => {
        if (!isImported(item)) return;
        const entry = (index.posts.get(item.id) ?? index.pages!.get(item.id))!;
        entry.published = planPost(item, planContext, { statusOnly: true }).status === 'published';
      }),
    );

    // Pass 3: one post at a time, planned, then checked with the rest of the site. A post the check
    // refuses is held back as a draft with a TODO note per problem (unless --strict), and the posts
    // are converted again, so that no published post links to it; until no new post is held back.
    const heldBack = new Map<string, ContentProblem[]>();
    /** What the report says of each post (the text itself is staged, not kept). */
    type ReportedPlan = Pick<PlannedPost, 'slug' | 'title' | 'status' | 'notes' | 'aliases'> & { redirect?: string };
    let plans: ReportedPlan[] = [];
    /** Site pages, as posts are reported (`slug` is their folders under content/pages). */
    let pagePlans: ReportedPlan[] = [];
    /** Which WordPress item each staged post or page is, to hold back the one the check refuses. */
    const idByEntry = new Map<string, string>();
    let skipped: string[] = [];
    let updated: string[] = [];
    let plannedImages: Array<{ from?: string; url: string; to: string }> = [];
    let missingImages: string[] = [];
    let trashed: string[] = [];
    let comments = 0;
    let commentedItems = 0;
    /** Posts held back by an earlier import, nobody edited since: staged again to see whether they still are. */
    let recheck = new Map<string, string>();
    // On a terminal, a long export shows how far the conversion is (on stderr: the report stays clean).
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    let converted = 0;
    const progress = (done: boolean) => options.progress?.(done ? total : converted, total);
    const convertPosts = () => {
      plans = [];
      pagePlans = [];
      skipped = [];
      updated = [];
      plannedImages = [];
      missingImages = [];
      trashed = [];
      comments = 0;
      commentedItems = 0;
      recheck = new Map();
      converted = 0;
      for (const entry of newFiles.keys()) if (entry.startsWith('posts/') || entry.startsWith('pages/')) newFiles.delete(entry);
      return read(() =>
        readWxr(stream(), (item) => {
          converted += 1;
          if (converted % 100 === 0) progress(false);
          comments += item.comments;
          if (item.comments) commentedItems += 1;
          const name = `${decodeEntities(item.title) || item.id} (${oldPath(item.link, site.baseUrl) ?? item.link})`;
          if (item.status === 'trash' && (item.type === 'post' || item.type === 'page')) return void trashed.push(`${item.type} ${name}`);
          if (!isImported(item)) return;
          const asPage = item.type === 'page' ? index.pages!.get(item.id) : undefined;
          const folderId = asPage ? asPage.id : index.posts.get(item.id)!.slug;
          const kind = asPage ? 'pages' : 'posts';
          const folder = join(contentDir, kind, folderId);
          const file = join(folder, 'index.md');
          const plan = planPost(item, planContext);
          const address = asPage ? sitePageUrl(folderId) : postUrl(folderId);
          for (const url of plan.missingImages) missingImages.push(`${address}: ${url}`);
          const held = heldBack.get(item.id);
          const text = held ? holdBack(withChecksum(plan.text), held) : withChecksum(plan.text);
          if (held) {
            plan.status = 'draft';
            plan.notes.push(...held.map((problem) => `held back as a draft until fixed: ${problem.field}: ${problem.message}`));
          }
          const entry = `${kind}/${folderId}/index.md`;
          idByEntry.set(entry, item.id);
          const existing = [file, join(folder, 'index.mdx'), ...(asPage ? [] : [join(contentDir, 'posts', `${folderId}.md`)])].find((path) => existsSync(path));
          if (existing) {
            const current = readFileSync(existing, 'utf8');
            const mine = new RegExp(`^imported:\\n {2}from: wordpress\\n {2}id: "?${item.id}"?$`, 'm').test(current);
            if (!mine)
              return void skipped.push(
                `${relative(root, existing)} already exists and was not imported from ${asPage ? 'page' : 'post'} ${item.id}: left as it is`,
              );
            if (current === text) return; // Imported before, unchanged: nothing to do.
            const stored = /^ {2}checksum: "?([0-9a-f]+)"?$/m.exec(current)?.[1];
            const unedited = stored === importChecksum(current);
            if (unedited && !held && current.includes(HELD_BACK_NOTE)) recheck.set(entry, relative(root, existing));
            else {
              if (!options.update) return void skipped.push(`${relative(root, existing)} was imported before; run with --update to refresh it`);
              if (!unedited) return void skipped.push(`${relative(root, existing)} was edited here since the import: not updated, so no edit is lost`);
              updated.push(relative(root, existing));
            }
          }
          (asPage ? pagePlans : plans).push({
            slug: folderId,
            title: plan.title,
            status: plan.status,
            notes: plan.notes,
            aliases: plan.aliases,
            redirect: asPage?.replacedBy,
          });
          stage(entry, text);
          for (const image of plan.images) {
            const from = uploadsPath(image.url);
            if (from) plannedImages.push({ from, url: image.url, to: `${kind}/${folderId}/${image.file}` });
          }
        }),
      );
    };

    // The same check as the build, on the site as it will be.
    const checkPlanned = () => {
      const check = checkContentFolder(root, { env, planned: { files: [...newFiles.values()], paths: new Set(plannedImages.map((image) => image.to)) } });
      const importedFiles = new Set([...newFiles.keys()].map((entry) => `content/${entry}`));
      return check.problems.filter((problem) => importedFiles.has(problem.file));
    };
    let problems: ContentProblem[];
    for (;;) {
      await convertPosts();
      problems = checkPlanned();
      if (options.strict) break;
      const refused = new Map<string, ContentProblem[]>();
      for (const problem of problems) {
        const id = problem.severity === 'error' ? idByEntry.get(problem.file.replace(/^content\//, '')) : undefined;
        if (id && !heldBack.has(id)) refused.set(id, [...(refused.get(id) ?? []), problem]);
      }
      if (!refused.size) break;
      for (const [id, refusals] of refused) {
        heldBack.set(id, refusals);
        (index.posts.get(id) ?? index.pages!.get(id))!.published = false;
      }
    }
    // A post held back before and no longer refused is an update like any other.
    for (const [entry, path] of recheck) {
      if (!newFiles.has(entry)) continue;
      if (options.update) updated.push(path);
      else {
        newFiles.delete(entry);
        plans = plans.filter((plan) => `posts/${plan.slug}/index.md` !== entry);
        pagePlans = pagePlans.filter((plan) => `pages/${plan.slug}/index.md` !== entry);
        plannedImages = plannedImages.filter((image) => !image.to.startsWith(entry.replace(/index\.md$/, '')));
        skipped.push(`${path} was imported before; run with --update to refresh it`);
      }
    }
    progress(true);
    const errors = problems.filter((problem) => problem.severity === 'error');

    // Warnings that many posts share (every imported post lacks a reviewer) are one line each, with their posts.
    const warningGroups = new Map<string, string[]>();
    for (const problem of problems.filter((candidate) => candidate.severity === 'warning')) {
      const key = `${problem.field}  ${problem.message}`;
      warningGroups.set(key, [...(warningGroups.get(key) ?? []), problem.file]);
    }
    const addressOf = (plan: ReportedPlan) => (pagePlans.includes(plan) ? sitePageUrl(plan.slug) : postUrl(plan.slug));
    const decisions = [...plans, ...pagePlans].filter((plan) => plan.notes.length);

    const lines = [
      `# WordPress import: ${site.title || site.baseUrl}`,
      '',
      `Export: ${exportFile} (WXR ${site.wxrVersion}, ${[...counts].map(([type, n]) => `${n} ${type.replaceAll('_', ' ')}${n === 1 ? '' : 's'}`).join(', ')})${dryRun ? ' - dry run, nothing written' : ''}`,
      '',
      // What stops the import comes first, then what needs a person's decision, then the lists.
      ...(errors.length
        ? [`## Problems to fix: nothing is written until they are (${errors.length})`, '', ...errors.map((problem) => `- ${formatProblem(problem)}`), '']
        : []),
      ...(decisions.length
        ? [
            `## Needs a decision (${decisions.length} post(s) and page(s): drafts, shared addresses, links and files on the old site)`,
            '',
            ...decisions.map(
              (plan) =>
                `- ${addressOf(plan)} "${plan.title}" - ${plan.redirect ? `sends readers to ${plan.redirect}` : plan.status}\n  - ${plan.notes.join('\n  - ')}`,
            ),
            '',
          ]
        : []),
      `## Posts (${plans.length})`,
      '',
      ...plans.map((plan) => `- ${postUrl(plan.slug)} "${plan.title}" - ${plan.status}${plan.notes.length ? ' (see "Needs a decision")' : ''}`),
      '',
      ...(pagePlans.length
        ? [
            `## Pages (${pagePlans.length}), at their WordPress addresses`,
            '',
            ...pagePlans.map(
              (plan) =>
                `- ${sitePageUrl(plan.slug)} "${plan.title}" - ${plan.redirect ? `sends readers to ${plan.redirect} (its text is kept in content/pages/${plan.slug}/index.md)` : plan.status}${plan.notes.length ? ' (see "Needs a decision")' : ''}`,
            ),
            '',
          ]
        : []),
      ...(placement.notImported.length
        ? [
            `## WordPress pages this site has its own of (${placement.notImported.length}, not imported)`,
            '',
            ...placement.notImported.map((page) => `- "${page.title}" (${page.oldPath}): ${page.reason}`),
            '',
          ]
        : []),
      '## Old addresses that redirect to the new ones',
      '',
      ...plans.flatMap((plan) => plan.aliases.map((alias) => `- ${alias} -> ${postUrl(plan.slug)}`)),
      ...pagePlans.flatMap((plan) => (plan.redirect ? [`- ${sitePageUrl(plan.slug)} -> ${plan.redirect}`] : [])),
      '',
      '## Needs medical review and sources',
      '',
      'WordPress has no reviewer, review date or references: each imported post needs a clinician to review it, add its sources and set reviewer and reviewedDate.',
      '',
      ...plans.map((plan) => `- content/posts/${plan.slug}/index.md`),
      ...(downloaded.length ? ['', `## Images downloaded from the old site (${downloaded.length})`, '', ...downloaded.map((url) => `- ${url}`)] : []),
      ...(missingImages.length
        ? [
            '',
            '## Images not found',
            '',
            ...missingImages.map((line) => `- ${line}`),
            ...notDownloaded.map((line) => `- tried to download ${line}`),
            ...(downloads ? [] : ['', 'Add --download to fetch them from the old site while it is still online.']),
          ]
        : []),
      ...(trashed.length ? ['', '## In the WordPress trash (not imported)', '', ...trashed.map((line) => `- ${line}`)] : []),
      ...(comments
        ? [
            '',
            '## Comments (not imported)',
            '',
            `${comments} reader comment(s) on ${commentedItems} post(s) or page(s) stay in WordPress: this site has no comments, by design (readers would post health details in public). Keep the export if the clinic must keep them.`,
          ]
        : []),
      ...(skipped.length ? ['', '## Left as they are', '', ...skipped.map((line) => `- ${line}`)] : []),
      ...(created.length ? ['', '## New authors and topics', '', ...created.map((line) => `- ${line}`)] : []),
      ...(warningGroups.size
        ? [
            '',
            '## Content check warnings',
            '',
            ...[...warningGroups].map(([warning, files]) =>
              files.length === 1 ? `- ${files[0]}  ${warning}` : `- ${files.length} posts: ${warning}\n  - ${files.join('\n  - ')}`,
            ),
          ]
        : []),
      ...(updated.length ? ['', '## Updated', '', ...updated.map((line) => `- ${line}`)] : []),
    ];
    const report = `${lines.join('\n')}\n`;
    if (errors.length || dryRun) return { report, lines, errors: errors.length };

    for (const file of newFiles.values()) {
      const target = join(contentDir, file.entry);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(staging, file.entry), target);
    }
    for (const image of plannedImages) copyFileSync(image.from!, join(contentDir, image.to));
    const reportFile = options.reportFile ?? join(root, 'wordpress-import-report.md');
    writeFileSync(reportFile, report);
    return {
      report,
      lines,
      errors: 0,
      written: `Wrote ${plans.length} post(s), ${pagePlans.length} page(s), ${plannedImages.length} image(s) and ${created.length} author/topic file(s). Report: ${relative(root, reportFile)}`,
    };
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}

/**
 * The report as the terminal shows it after an import: a list longer than a screen shows its first
 * lines and how many more the saved report file holds (a 500-post export would otherwise scroll
 * its problems away).
 */
export function forTerminal(reportLines: readonly string[], limit = 25): string {
  const shown: string[] = [];
  let run = 0;
  let hidden = 0;
  for (const line of reportLines) {
    const item = line.startsWith('- ') || line.startsWith('  - ');
    run = item ? run + 1 : 0;
    if (item && run > limit) {
      hidden += 1;
      continue;
    }
    if (!item && hidden) {
      shown.push(`- ... and ${hidden} more line(s): see the saved report`);
      hidden = 0;
    }
    shown.push(line);
  }
  if (hidden) shown.push(`- ... and ${hidden} more line(s): see the saved report`);
  return `${shown.join('\n')}\n`;
}

/** Fetches one picture; returns why not when it cannot. */
async function downloadImage(url: string, to: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) return `the old site answered ${response.status}`;
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('image/')) return `the old site sent ${type || 'something'} instead of a picture`;
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > 25 * 1024 * 1024) return 'larger than 25 MB';
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, bytes);
    return undefined;
  } catch (error) {
    return `not reachable (${(error as Error).name === 'TimeoutError' ? 'no answer in 15 s' : (((error as Error).cause as Error | undefined)?.message ?? (error as Error).message)})`;
  }
}
