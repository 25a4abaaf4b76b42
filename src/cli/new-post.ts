/**
 * `npm run new-post -- "Title of the post"`: creates content/posts/<slug>/index.md as a draft.
 * `npm run new-post -- --translate <original-slug> [--lang es] "Título en español"`: starts a
 * translation of an existing post, with its sources, people, topics and picture kept.
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { postTemplate, translationTemplate } from '../lib/scaffold.ts';
import { CONTENT_FOLDERS, DATA_FILE_PATTERNS, postUrl, slugify } from '../lib/routes.ts';
import { isLang, LOCALES, TRANSLATED_LANGS, type Lang } from '../i18n/locales.ts';

const root = process.cwd();
const { values, positionals } = parseArgs({ allowPositionals: true, options: { translate: { type: 'string' }, lang: { type: 'string' } } });
const title = positionals.join(' ').trim();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!title) fail('Give the title in quotes: npm run new-post -- "Is ketamine safe for older adults?"');
const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or numbers to make a web address from - use a title with words.`);
const chosen = values.lang ?? (values.translate ? TRANSLATED_LANGS[0]! : 'en');
if (!isLang(chosen)) fail(`--lang ${values.lang} is not a language of the site - use one of: ${Object.keys(LOCALES).join(', ')}`);
const lang: Lang = chosen;

const posts = join(root, 'content', CONTENT_FOLDERS.posts);
const postFile = (id: string) =>
  [join(posts, id, 'index.md'), join(posts, id, 'index.mdx'), join(posts, `${id}.md`), join(posts, `${id}.mdx`)].find((path) => existsSync(path));
const clash = [join(posts, slug), join(posts, `${slug}.md`), join(posts, `${slug}.mdx`)].find((path) => existsSync(path));
if (clash) fail(`A post with the address ${postUrl(slug, lang)} already exists (${relative(root, clash)}). Choose a different title, or edit that post.`);

const folder = join(posts, slug);
let text: string;
let next: string;
if (values.translate) {
  const original = postFile(values.translate);
  if (!original) fail(`There is no post "${values.translate}" to translate - use the folder name of the original in content/posts.`);
  text = translationTemplate({ originalId: values.translate, originalText: readFileSync(original, 'utf8'), title, lang, today: new Date() });
  next = `  1. Write the description and the picture's alt text in ${LOCALES[lang].englishName}.
  2. Translate the text, keeping every citation such as [@feder2014] where it is; delete the TODO line.
  3. Run npm start and open http://localhost:4321${postUrl(slug, lang)} to preview it.
  4. Run npm run check:content and fix anything it lists.
  5. When a clinician has reviewed it, set draft: false to publish. The original and the translation
     then link to each other.`;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, original.endsWith('.mdx') ? 'index.mdx' : 'index.md'), text, { flag: 'wx' });
} else {
  const ids = (kind: string) =>
    globSync(DATA_FILE_PATTERNS[0], { cwd: join(root, 'content', kind) })
      .map((file) => file.replace(/\.ya?ml$/, ''))
      .sort();
  const authors = ids('authors');
  const topics = ids('topics');
  const author = authors.find((id) => !/review/.test(id)) ?? authors[0] ?? 'editorial-team';
  const reviewer = authors.find((id) => /review/.test(id));
  text = postTemplate({ title, today: new Date(), author, reviewer, topic: topics[0] ?? 'treatment' });
  next = `  1. Save the lead image as ${relative(root, folder)}/hero.jpg (landscape, at least 1600 x 900 pixels),
     then remove the # signs in front of the hero: lines and describe the image in alt.
  2. Fill in every TODO in the file: description, image alt text, and your sources.
     Topics you can use: ${topics.join(', ')}. Authors: ${authors.join(', ')}.
  3. Run npm start and open http://localhost:4321${postUrl(slug, lang)} to preview it.
  4. Run npm run check:content and fix anything it lists.
  5. When a clinician has reviewed it, add reviewedDate and set draft: false to publish.`;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.md'), text, { flag: 'wx' });
}

console.log(`Created ${relative(root, join(folder, existsSync(join(folder, 'index.mdx')) ? 'index.mdx' : 'index.md'))} (a draft: only npm start shows it).

Next:
${next}`);
