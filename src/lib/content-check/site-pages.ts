/** Site pages (content/pages): their words, and an address of their own. */
import { LANGS } from '../../i18n/locales.ts';
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { homeUrl, langOfPath, normaliseAlias, postUrl, siteOwnFolders, sitePageUrl } from '../routes.ts';
import { problemAt } from './problem.ts';
import { checkPhrases } from './wording.ts';
import type { CheckedPost, CheckedSitePage, EditorialRules, SiteRoutes } from './types.ts';

/** Claims and safe-messaging wording, as in articles, in the language of the page's address. */
export function checkSitePageWording(page: CheckedSitePage, parsed: ParsedYaml, rules: EditorialRules, problems: ContentProblem[]) {
  const fields = (['title', 'description'] as const).map((field) => ({ line: parsed.lineOf([field]) ?? 1, text: page.data[field], field }));
  const fieldOf = (line: number) => fields.find((entry) => entry.line === line)?.field ?? 'text';
  const lines = [...fields, ...page.facts.lines];
  checkPhrases(lines, rules.languages[langOfPath(sitePageUrl(page.id))], page.file, fieldOf, page.skipped === 'draft', problems);
  if (page.skipped === 'draft') return;
  for (const todo of lines.filter((entry) => /\bTODO\b/.test(entry.text))) {
    problems.push(
      problemAt('error', page.file, todo.line, fieldOf(todo.line), 'still has a TODO note - finish it, or set draft: true until the page is ready'),
    );
  }
}

/** Each site page's address is its own: not a page of the site, an article, or an article's old address. */
export function checkSitePageAddresses(
  pages: readonly CheckedSitePage[],
  posts: readonly CheckedPost[],
  routes: SiteRoutes | undefined,
  problems: ContentProblem[],
) {
  const fixed = new Set([...(routes?.staticPages ?? []), ...LANGS.map((lang) => homeUrl(lang))]);
  const folders = siteOwnFolders();
  const articles = new Map<string, string>();
  for (const post of posts) {
    articles.set(postUrl(post.id, post.data.lang), `the address of ${post.file}`);
    for (const alias of post.data.aliases) articles.set(normaliseAlias(alias), `an old address of ${post.file} (under aliases)`);
  }
  for (const page of pages) {
    const path = sitePageUrl(page.id);
    const folder = folders.find((prefix) => path.startsWith(prefix));
    const taken = fixed.has(path)
      ? `${path} is a page of the site itself`
      : folder
        ? `${path} is inside ${folder}, where the site's own pages are`
        : articles.has(path)
          ? `${path} is already ${articles.get(path)}`
          : undefined;
    if (taken) problems.push(problemAt('error', page.file, 1, '(file name)', `${taken} - move the page to another folder under content/pages/`));
  }
}
