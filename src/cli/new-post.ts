/** `npm run new-post -- "Title of the post"`: creates content/posts/<slug>/index.md as a draft. */
import { existsSync, globSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { postTemplate } from '../lib/scaffold.ts';
import { CONTENT_FOLDERS, DATA_FILE_PATTERNS, postUrl, slugify } from '../lib/routes.ts';

const root = process.cwd();
const title = process.argv.slice(2).join(' ').trim();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!title) fail('Give the title in quotes: npm run new-post -- "Is ketamine safe for older adults?"');
const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or numbers to make a web address from - use a title with words.`);

const posts = join(root, 'content', CONTENT_FOLDERS.posts);
const clash = [join(posts, slug), join(posts, `${slug}.md`), join(posts, `${slug}.mdx`)].find((path) => existsSync(path));
if (clash) fail(`A post with the address ${postUrl(slug)} already exists (${relative(root, clash)}). Choose a different title, or edit that post.`);

const ids = (folder: string) =>
  globSync(DATA_FILE_PATTERNS[0], { cwd: join(root, 'content', folder) })
    .map((file) => file.replace(/\.ya?ml$/, ''))
    .sort();
const authors = ids('authors');
const topics = ids('topics');
const author = authors.find((id) => !/review/.test(id)) ?? authors[0] ?? 'editorial-team';
const reviewer = authors.find((id) => /review/.test(id));

const folder = join(posts, slug);
mkdirSync(folder, { recursive: true });
const file = join(folder, 'index.md');
writeFileSync(file, postTemplate({ title, today: new Date(), author, reviewer, topic: topics[0] ?? 'treatment' }), { flag: 'wx' });

console.log(`Created ${relative(root, file)} (a draft: only npm start shows it).

Next:
  1. Save the lead image as ${relative(root, folder)}/hero.jpg (landscape, at least 1600 x 900 pixels),
     then remove the # signs in front of the hero: lines and describe the image in alt.
  2. Fill in every TODO in the file: description, image alt text, and your sources.
     Topics you can use: ${topics.join(', ')}. Authors: ${authors.join(', ')}.
  3. Run npm start and open http://localhost:4321${postUrl(slug)} to preview it.
  4. Run npm run check:content and fix anything it lists.
  5. When a clinician has reviewed it, add reviewedDate and set draft: false to publish.`);
