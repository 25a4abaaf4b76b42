/**
 * The staff editor at /admin/ (Decap CMS) driven in Chromium, as a nurse and a reviewer use it.
 * The built editor saves through decap-server in git mode into a throwaway repository
 * (tests/e2e/editor-repo.ts): a branch per article, merged when it is published, as pull requests
 * are on GitHub. The article it creates is then checked by the content checker, built into a site
 * of its own and read in the browser.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { checkContentFolder, describeCheck } from '../../src/loaders/content-pipeline.ts';
import { site } from '../../src/site.config.ts';
import { LOCAL_BACKEND_PATH } from '../../src/lib/editor/config.ts';
import { createEditorRepo, startEditorBackend } from './editor-repo.ts';
import { serveStatic } from './serve-static.ts';
import { expect, test } from './fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const output = join(root, 'tests/.output');
const repo = join(output, 'editor-repo');
const slug = 'breathing-exercises-before-an-infusion';
const postFile = join(repo, 'content/posts', slug, 'index.md');
const heroFixture = join(root, 'tests/fixtures/wordpress/uploads/2025/03/chair.jpg');
// The checker's clock. The browser's stays real (Decap's search boxes time their debounce with it);
// every date the tests type lies before the day this suite was written.
const today = new Date('2026-11-25T15:00:00Z');

// The demo config names the sample repository, so the editor is built (README: leave `editor` out for none).
const { localPort } = site.editor!;
let backend: ChildProcess | undefined;
let git: (...args: string[]) => string;
const onMain = () => git('ls-tree', '-r', '--name-only', 'main', `content/posts/${slug}/`);

test.describe.configure({ mode: 'serial' });
// Decap asks the local backend whether a new article already waits for review, and it answers
// 404 (no branch yet); a console message cannot say which address failed, so every failed
// response is checked by address below instead.
// Decap also rejects a save its field rules refuse with a bare `undefined`.
// The save this spec makes fail on purpose is logged by Decap as a bare "Object".
test.use({ allowedConsoleErrors: [/status of 404 \(Not Found\)|net::ERR_|Failed to fetch|persist|^undefined$|^Object$/] });

// The built editor, served as a static host would, with /admin/api/v1/ forwarded to decap-server as
// `npm start` does: the editor talks to its own origin only (its CSP names no local address).
let editorServer: Server | undefined;
let editorOrigin = '';
test.beforeAll(async () => {
  ({ git } = createEditorRepo(repo));
  backend = await startEditorBackend(repo, localPort);
  editorServer = await serveStatic(join(root, 'dist'), 0, { path: LOCAL_BACKEND_PATH, to: `http://localhost:${localPort}/api/v1` });
  editorOrigin = `http://127.0.0.1:${(editorServer.address() as { port: number }).port}`;
});
test.afterAll(() => {
  backend?.kill();
  editorServer?.close();
});
// The editor is for staff at their desks: desktop size only (playwright.config.ts).
test.beforeEach(() => {
  // A whole article typed field by field, with uploads and git commits behind each save, while the
  // rest of the suite shares the machine's two cores.
  test.setTimeout(180_000);
});

const backendApi = () => `${editorOrigin}${LOCAL_BACKEND_PATH}`;
let failedElsewhere: string[] = [];
test.afterEach(() => expect(failedElsewhere, 'failed requests other than the local backend').toEqual([]));

async function openEditor(page: Page, hash: string) {
  failedElsewhere = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== backendApi()) failedElsewhere.push(`${response.status()} ${response.url()}`);
  });
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(`${editorOrigin}/admin/`);
  await page.getByRole('button', { name: /^(Login|Iniciar sesión)$/ }).click();
  await page.goto(`${editorOrigin}/admin/#${hash}`);
}

async function pick(page: Page, field: string | RegExp, typed: string, option: string | RegExp) {
  await page.getByLabel(field).click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).click();
}

/**
 * Selects the whole text of the article body, as a writer does before retyping it. Select-all
 * pressed before the text box has taken the click selects nothing (seen on a loaded CI machine),
 * so it is pressed again until the whole text is selected.
 */
async function selectWholeBody(page: Page, whole: RegExp) {
  const body = page.locator('[data-slate-editor="true"]');
  await body.click();
  await expect(body).toBeFocused();
  const selected = () => page.evaluate(() => window.getSelection()?.toString().trim() ?? '');
  await expect(async () => {
    await page.keyboard.press('ControlOrMeta+a');
    expect(await selected()).toMatch(whole);
  }).toPass({ timeout: 5000 });
}

/** A notification Decap shows (where our checks speak); several may be on screen at once. */
const notice = (page: Page, text: string | RegExp) => page.getByRole('alert').filter({ hasText: text });

test('a writer creates an article with a source and a lead image, and it waits for review', async ({ page }) => {
  await openEditor(page, '/collections/posts/new');
  await page.getByLabel('Title', { exact: true }).fill('Breathing exercises before an infusion');
  await page
    .getByLabel('Description', { exact: true })
    .fill('Three slow-breathing exercises that may help you feel calmer in the chair, and what the research on them says.');
  // Typed key by key, the US way, at a person's speed: the day meant, said back in words.
  await page.getByLabel('Publication date').click();
  await page.keyboard.type('11/20/2026', { delay: 120 });
  await expect(page.getByText('Friday, November 20, 2026')).toBeVisible();
  await pick(page, /^Author$/, 'Editorial', /Editorial Team/);
  await pick(page, /^Topics$/, 'Anxiety', 'Anxiety');

  await page.getByRole('button', { name: 'Choose an image' }).click();
  // The media library's Upload button is a label around this file input.
  await page.locator('input[type="file"]').setInputFiles(heroFixture);
  await expect(page.getByText('chair.jpg')).toBeVisible();
  await page.getByRole('button', { name: 'Choose selected' }).click();
  await page.getByLabel(/^Alt text/).fill('A reclining chair by a sunny window.');

  // Text first, as people write: the citation before its source shows as "?" in the preview.
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.insertText('Slow breathing, around six breaths a minute, is linked with calmer heart rhythms in small studies [@zaccaro2018].');
  const preview = page.locator('iframe').first().contentFrame();
  await expect(preview.locator('.article-prose sup.citation')).toHaveText('?');

  // Then the source, row by row: "Add authors" makes an empty row, and the preview keeps working.
  await page.getByRole('button', { name: /Add sources/ }).click();
  await page.getByLabel('Citation key').fill('zaccaro2018');
  await page.getByRole('button', { name: /Add authors/ }).click();
  await expect(preview.locator('.article-prose sup.citation')).toHaveText('1');
  // The article's own Author field comes first on the page; the source's author row is the last.
  await page.getByLabel('Author', { exact: true }).last().fill('Zaccaro A');
  await page
    .getByLabel('Title of the source')
    .fill('How breath-control can change your life: a systematic review on psycho-physiological correlates of slow breathing');
  await page.getByLabel(/^Journal/).fill('Front Hum Neurosci');
  await page.getByLabel(/^Year/).fill('2018');

  // The preview uses the article's typography and numbers the citation.
  await expect(preview.locator('.article-prose sup.citation')).toHaveText('1');
  await expect(preview.locator('ol.references li')).toContainText('Zaccaro A. How breath-control');
  await expect(preview.locator('ol.references li')).toContainText('Front Hum Neurosci. 2018.');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(notice(page, 'Entry saved')).toBeVisible();

  // Saved on its own branch, as a pull request would be: the live branch does not have it yet.
  // (Read through git: decap-server checks branches out for a moment while it works.)
  expect(onMain()).toBe('');
  const branch = `cms/posts/${slug}/index`;
  const saved = git('show', `${branch}:content/posts/${slug}/index.md`);
  const frontmatter = parse(saved.split('---')[1]!);
  expect(frontmatter).toMatchObject({
    title: 'Breathing exercises before an infusion',
    pubDate: '2026-11-20',
    author: 'editorial-team',
    topics: ['anxiety'],
    hero: { image: 'chair.jpg', alt: 'A reclining chair by a sunny window.' },
    references: [{ id: 'zaccaro2018', journal: 'Front Hum Neurosci', year: 2018 }],
  });
  expect(frontmatter).not.toHaveProperty('updatedDate');
  // "Sign the medical review" is an action, never a field of the file; on this computer it says how review works here.
  expect(frontmatter).not.toHaveProperty('signReview');
  await expect(
    page.getByText('Signing needs the GitHub sign-in of the published editor. On this computer, pick the reviewer and the day above.'),
  ).toBeVisible();
  // The citation typed in the rich-text mode is stored as written, without Markdown's backslashes.
  expect(saved).toContain('in small studies [@zaccaro2018].');
  expect(git('ls-tree', '--name-only', branch, `content/posts/${slug}/`)).toContain('chair.jpg');
});

test('the preview gives the reading level as the writer types, and marks the hardest sentences above target', async ({ page }) => {
  await openEditor(page, '/collections/posts/new');
  const preview = page.locator('iframe').first().contentFrame();
  const level = preview.locator('.reading-level');
  await expect(level).toHaveText('Reading level: measured from 100 words (0 so far).');
  await page.locator('[data-slate-editor="true"]').click();
  const dense =
    'Intravenous administration of subanesthetic ketamine necessitates continuous cardiovascular monitoring, because transient elevations of blood pressure and heart rate frequently accompany the dissociative experiences that characteristically emerge during the infusion. ';
  await page.keyboard.insertText(dense.repeat(4).trim());
  await expect(level).toContainText(
    /^Reading level: hard · grade \d+\.\d \(Flesch-Kincaid; SMOG \d+\.\d\), target 8 or lower\. The hardest sentences are marked/,
  );
  const marks = preview.locator('mark.hard-sentence');
  await expect(marks).toHaveCount(3);
  await expect(marks.first()).toHaveAttribute('title', 'split this sentence');
  await expect(marks.first()).toHaveText(dense.trim());
  // Rewritten in short sentences and plain words: the marks go and the label follows.
  await selectWholeBody(page, /^Intravenous administration[\s\S]*during the infusion\.$/);
  await page.keyboard.insertText(
    'The medicine goes in through a thin tube in your arm. A nurse stays with you and checks your heart and your breathing. '.repeat(5).trim(),
  );
  await expect(level).toContainText(/^Reading level: (easy|fairly easy) · grade/);
  await expect(marks).toHaveCount(0);
});

test('publishing is refused until the reviewer records the review, then the article is checked, built and shown', async ({ page }) => {
  test.setTimeout(300_000);
  await openEditor(page, `/collections/posts/entries/${slug}/index`);
  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByRole('menuitem', { name: 'In review' }).click();
  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect(notice(page, 'Not published: the medical review is not signed yet')).toBeVisible();
  await expect(notice(page, 'Medical reviewer: empty - the clinician who reviewed the article picks their own name')).toBeVisible();
  expect(onMain()).toBe('');

  // The reviewer signs: their name and the day of the review, then publishes.
  await pick(page, /^Medical reviewer/, 'Clinical', /Clinical Review Team/);
  // Pasted the way it reads on a letter.
  await page.getByLabel(/^Medically reviewed on/).fill('Nov 24, 2026');
  await expect(page.getByText('Tuesday, November 24, 2026')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(notice(page, 'Entry saved')).toBeVisible();
  // A change sends the article back to Draft: the reviewer approves this exact text.
  await expect(page.getByRole('button', { name: 'Status: Draft' })).toBeVisible();
  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect(page.getByText('Entry published')).toBeVisible();

  // Merged into the live branch, with the review on the record.
  git('checkout', '--quiet', 'main');
  const published = readFileSync(postFile, 'utf8');
  expect(published).toContain('reviewer: clinical-review-team');
  expect(published).toContain('reviewedDate: 2026-11-24');
  // The check as the site's repository runs it: this content, with the site's own pages (src/pages).
  const checked = describeCheck(checkContentFolder(root, { now: today, env: { CONTENT_ROOT: join(repo, 'content') } }));
  expect(checked.errors).toEqual([]);

  // Built like the live site, and read like a reader.
  const built = join(output, 'editor-site');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', built], {
    cwd: root,
    env: { ...process.env, CONTENT_ROOT: join(repo, 'content'), ASTRO_CACHE_DIR: join(output, 'editor-site-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr + build.stdout.slice(-2000)).toBe(0);
  const server = await serveStatic(built, 0);
  try {
    const address = server.address() as { port: number };
    await page.goto(`http://127.0.0.1:${address.port}/blog/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Breathing exercises before an infusion');
    await expect(page.locator('sup.citation a')).toHaveText('1');
    await expect(page.locator('#ref-zaccaro2018')).toContainText('How breath-control can change your life');
    await expect(page.getByRole('img', { name: 'A reclining chair by a sunny window.' })).toBeVisible();
    await expect(page.getByText(/Medically reviewed by/)).toContainText('Clinical Review Team');
  } finally {
    server.close();
  }
});

test.describe('in Spanish', () => {
  // A browser set to Spanish: the editor speaks Spanish without being asked.
  test.use({ locale: 'es-US' });

  test('a Spanish-speaking writer starts a translation: Spanish screens, dates day first, the original picked by its title', async ({ page }) => {
    await openEditor(page, '/collections/posts/new');
    await page.getByLabel('Título', { exact: true }).fill('Ejercicios de respiración antes de una infusión');
    await page
      .getByLabel('Descripción', { exact: true })
      .fill('Tres ejercicios de respiración lenta que pueden ayudarle a sentirse más tranquilo en el sillón, y lo que dice la investigación.');
    await pick(page, /^Idioma/, 'Esp', 'Español');
    // The original is picked by its title: a folder name that does not exist cannot be typed.
    await pick(page, /^Traducción de/, 'Breathing', 'Breathing exercises before an infusion');
    // Day first, as dates are written in Spanish, and said back in Spanish.
    await page.getByLabel('Fecha de publicación').click();
    await page.keyboard.type('15/12/2026', { delay: 120 });
    await expect(page.getByText('martes, 15 de diciembre de 2026')).toBeVisible();
    await page.getByLabel('Fecha de publicación').fill('31/11/2026');
    await expect(page.getByText('Ese día no existe. Revise el mes y el día.')).toBeVisible();
    await page.getByLabel('Fecha de publicación').fill('15/12/2026');
    await pick(page, /^Autor$/, 'Editorial', /Editorial Team/);
    await pick(page, /^Temas$/, 'Anxiety', 'Anxiety');
    await page.locator('[data-slate-editor="true"]').click();
    // The source of the original is cited; a second key is not among the original's sources.
    await page.keyboard.insertText('Respirar despacio, unas seis veces por minuto, se asocia con un ritmo cardiaco más tranquilo [@zaccaro2018] [@nadie2020].');
    // The reading level speaks the editor's language; 15 words are too few to measure.
    const preview = page.locator('iframe').first().contentFrame();
    await expect(preview.locator('.reading-level')).toHaveText('Nivel de lectura: se mide a partir de 100 palabras (van 15).');
    // Refused in Spanish, each field by its Spanish name: only the key the original does not have.
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expect(notice(page, /No se guardó: corrija lo siguiente/)).toBeVisible();
    await expect(notice(page, 'Cita [@nadie2020]')).toBeVisible();
    await expect(notice(page, 'Cita [@zaccaro2018]')).toHaveCount(0);
    const body = page.locator('[data-slate-editor="true"]');
    await selectWholeBody(page, /^Respirar despacio[\s\S]*\[@nadie2020\]\.$/);
    await page.keyboard.insertText('Respirar despacio, unas seis veces por minuto, se asocia con un ritmo cardiaco más tranquilo [@zaccaro2018].');
    await expect(body).not.toContainText('nadie2020');
    // Saved with no sources typed: the translation starts from its original's.
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expect(notice(page, 'Entrada guardada')).toBeVisible();
    await expect(page.getByLabel('Clave de cita')).toHaveValue('zaccaro2018');

    const translated = 'ejercicios-de-respiracion-antes-de-una-infusion';
    const saved = parse(git('show', `cms/posts/${translated}/index:content/posts/${translated}/index.md`).split('---')[1]!);
    expect(saved).toMatchObject({
      lang: 'es',
      translationOf: slug,
      pubDate: '2026-12-15',
      references: [{ id: 'zaccaro2018', journal: 'Front Hum Neurosci', year: 2018 }],
    });
    // The switch at the bottom brings the English editor back.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'Español' })).toBeVisible();
    // In the English editor the Spanish article's preview keeps its own words; the writer's aids speak English.
    const previewInEnglish = page.locator('iframe').first().contentFrame();
    await expect(previewInEnglish.locator('h2#sources')).toHaveText('Fuentes');
    await expect(previewInEnglish.locator('.reading-level')).toHaveText('Reading level: measured from 100 words (15 so far).');
  });
});

test('a draft can be published without a review: only an article that goes public needs the signed review', async ({ page }) => {
  const translated = 'ejercicios-de-respiracion-antes-de-una-infusion';
  await openEditor(page, `/collections/posts/entries/${translated}/index`);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Ejercicios de respiración antes de una infusión');
  await page.getByLabel('Draft (never published while on)').click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(notice(page, 'Entry saved')).toBeVisible();
  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect(page.getByText('Entry published')).toBeVisible();
  // On the live branch, as a draft: no reviewer was needed, and readers will not see it.
  const published = parse(git('show', `main:content/posts/${translated}/index.md`).split('---')[1]!);
  expect(published).toMatchObject({ draft: true, lang: 'es', translationOf: slug });
  expect(published).not.toHaveProperty('reviewer');
});

test('a site page is edited in the browser like an article: found by its title, checked, saved for review', async ({ page }) => {
  await openEditor(page, '/collections/pages');
  await page.getByText('Insurance and payment', { exact: true }).first().click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Insurance and payment');
  const preview = page.locator('iframe').first().contentFrame();
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Insurance and payment');
  // A mistake is refused in the screen's words, as for an article.
  await page.getByLabel('Description', { exact: true }).fill('Costs.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/description must be 50-160 characters/)).toBeVisible();
  const description = 'How the clinic handles costs, estimates and insurance claims, and what to ask your insurer before a first visit.';
  await page.getByLabel('Description', { exact: true }).fill(description);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(notice(page, 'Entry saved')).toBeVisible();
  // Saved on its own branch for review, in its own folder; its text is untouched.
  const branch = git('branch', '--list', 'cms/pages/*')
    .trim()
    .replace(/^[*+ ]+/, '');
  expect(branch).toMatch(/^cms\/pages\//);
  const saved = git('show', `${branch}:content/pages/insurance-and-payment/index.md`);
  expect(parse(saved.split('---')[1]!)).toMatchObject({ title: 'Insurance and payment', description });
  expect(saved).toContain('## Questions to ask your insurer');
  // The live branch keeps the page as it was until the change is published.
  expect(git('show', 'main:content/pages/insurance-and-payment/index.md')).not.toContain(description);
});

test('the editor refuses bad input in the checker’s words, and keeps what was typed', async ({ page }) => {
  await openEditor(page, '/collections/posts/new');
  const longTitle = 'A title that goes on and on about ketamine, breathing, chairs, windows, mornings and everything else a nurse might say';
  await page.getByLabel('Title', { exact: true }).fill(longTitle);
  await page.getByLabel('Description', { exact: true }).fill('Too short.');
  // A day that does not exist is refused beside the field, never stored as another day.
  await page.getByLabel('Publication date').fill('2/30/2026');
  await expect(page.getByText('That day does not exist. Check the month and the day.')).toBeVisible();
  await page.getByLabel('Publication date').fill('2026-11-20');
  await pick(page, /^Author$/, 'Editorial', /Editorial Team/);
  await pick(page, /^Topics$/, 'Safety', 'Safety');
  await page.getByRole('button', { name: 'Save' }).click();
  // Field rules first, worded as the checker words them.
  await expect(page.getByText('title is longer than 110 characters - shorten it')).toBeVisible();
  await expect(page.getByText(/description must be 50-160 characters/)).toBeVisible();

  // Select and retype, as staff do.
  await page.getByLabel('Title', { exact: true }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('Questions to ask before your first infusion');
  await page.getByLabel('Description', { exact: true }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('A short list of questions worth asking the clinic before your first ketamine infusion, and why each one matters.');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Questions to ask before your first infusion');
  // A lead image without alt text, and a citation with no source.
  await page.getByRole('button', { name: 'Choose an image' }).click();
  // The media library's Upload button is a label around this file input.
  await page.locator('input[type="file"]').setInputFiles(heroFixture);
  await expect(page.getByText('chair.jpg')).toBeVisible();
  await page.getByRole('button', { name: 'Choose selected' }).click();
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.insertText('Ask who watches you during the infusion [@nobody2020].');
  await page.getByRole('button', { name: 'Save' }).click();
  // Then the checker's own rules, all problems in one message.
  await expect(notice(page, 'Lead image › Alt text: required - describe the image for readers who cannot see it')).toBeVisible();
  await expect(
    notice(
      page,
      'Citation [@nobody2020]: no source has the citation key "nobody2020" - add it under Sources with that citation key, or fix the key in the text',
    ),
  ).toBeVisible();
  await expect(notice(page, /Not saved: please fix/)).toBeVisible();
  await page.getByLabel(/^Alt text/).fill('A reclining chair by a sunny window.');
  expect(git('branch', '--list', 'cms/posts/questions-*')).toBe('');

  // A save that fails on the way (network down) loses nothing: the browser keeps a backup.
  await selectWholeBody(page, /^Ask who watches you during the infusion \[@nobody2020\]\.$/);
  await page.keyboard.insertText('Ask who watches you during the infusion, and how to reach the care team.');
  let attempts = 0;
  await page.route(backendApi(), async (route) => {
    if (route.request().postDataJSON()?.action !== 'persistEntry') return route.fallback();
    attempts += 1;
    return route.abort('connectionfailed');
  });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => attempts, { message: 'the save passed the checks, reached the network and failed there' }).toBe(1);
  await expect(notice(page, /Not saved: .*(Failed to fetch|network)/i)).toBeVisible();
  await page.unroute(backendApi());
  // Nothing on screen is lost...
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Questions to ask before your first infusion');
  await expect(page.locator('[data-slate-editor="true"]')).toContainText('how to reach the care team.');
  // ...nor after the tab is closed: the next visit offers the article as its file.
  await page.reload();
  const kept = page.getByRole('complementary', { name: 'Unsaved work kept in this browser' });
  await expect(kept).toContainText('Questions to ask before your first infusion');
  const download = page.waitForEvent('download');
  await kept.getByRole('link', { name: 'Download “Questions to ask before your first infusion”' }).click();
  const file = readFileSync(await (await download).path(), 'utf8');
  expect(file).toContain('title: Questions to ask before your first infusion');
  expect(file).toContain('Ask who watches you during the infusion, and how to reach the care team.');
  expect(file).toContain('alt: A reclining chair by a sunny window.');
  await kept.getByRole('button', { name: /forget these copies/ }).click();
  await expect(kept).toHaveCount(0);
  // Leave the unsaved article, as staff do once they have its file; the next visit is clean.
  await page.goto(`${editorOrigin}/admin/#/collections/posts`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Articles', level: 1 })).toBeVisible();
  await expect(kept).toHaveCount(0);
});

test('the editor stays out of public pages, search engines and the search index, behind its own CSP', async ({ page }) => {
  const dist = join(root, 'dist');
  const html = readFileSync(join(dist, 'admin/index.html'), 'utf8');
  expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1]!;
  expect(/script-src ([^;]+)/.exec(csp)![1]).toBe("'self' 'unsafe-eval'");
  // No local address: the editor reaches decap-server through its own origin (/admin/api/v1).
  expect(/connect-src ([^;]+)/.exec(csp)![1]!.split(' ').sort()).toEqual(
    ["'self'", 'blob:', 'https://api.github.com', 'https://raw.githubusercontent.com'].sort(),
  );
  // The same policy as a response header where the host reads _headers (Netlify, Cloudflare Pages).
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  expect(headers).toContain(`/admin/*\n  Content-Security-Policy: ${csp}`);
  expect(headers).not.toContain('localhost');
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("form-action 'none'");
  const sitemaps = globSync('sitemap-*.xml', { cwd: dist }).map((file) => readFileSync(join(dist, file), 'utf8'));
  expect(sitemaps.join('')).not.toContain('/admin');
  expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(/\/admin\/\*\s+X-Robots-Tag: noindex/);
  // No public page loads a byte of the editor.
  const editorFiles = new Set(globSync('admin/*.js', { cwd: dist }).map((file) => `/${file}`));
  for (const pagePath of ['/', `/blog/`, '/search/']) {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(pagePath);
    expect(
      requested.filter((path) => editorFiles.has(path) || path.startsWith('/admin')),
      pagePath,
    ).toEqual([]);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('every action is within the screen: write, save, status, publish and the preview', async ({ page }) => {
    await openEditor(page, `/collections/posts/entries/${slug}/index`);
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Breathing exercises before an infusion');
    // Nothing is wider than the phone: no sideways scrolling to reach a button.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const buttons = [page.getByRole('button', { name: 'Save' }), page.getByRole('button', { name: /^Status:|^Published/ }).first()];
    for (const button of buttons) {
      await expect(button).toBeInViewport();
      const box = (await button.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    // Writing works at this size, and Save becomes available.
    await page.getByLabel('Title', { exact: true }).fill('Breathing exercises before an infusion, on a phone');
    await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
    // The preview is reached by scrolling down past the fields, and shows the article.
    const preview = page.locator('iframe').first();
    await preview.scrollIntoViewIfNeeded();
    await expect(preview).toBeInViewport();
    await expect(preview.contentFrame().getByRole('heading', { level: 1 })).toHaveText('Breathing exercises before an infusion, on a phone');
  });
});
