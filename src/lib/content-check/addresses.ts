/**
 * Addresses: every article's old address (`aliases`) and every site page's address is free and
 * its own: not a page of the site, not another article's address or old address. One pass over
 * the aliases serves all three rules.
 */
import { LANGS, type Lang } from '../../i18n/locales.ts';
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import {
  authorUrl,
  blogPageNumbers,
  blogPageUrl,
  homeUrl,
  normaliseAlias,
  postUrl,
  searchUrl,
  siteOwnFolders,
  sitePageUrl,
  topicsUrl,
  topicUrl,
} from '../routes.ts';
import { problemAt } from './problem.ts';
import type { CheckedPost, CheckedSitePage, SiteRoutes } from './types.ts';

/** The site's own pages: fixed pages, home, topic, search and list pages, topic and author pages. */
export function fixedPagesOf(
  posts: readonly CheckedPost[],
  topicIds: Map<Lang, Set<string>>,
  authorIds: Map<Lang, Set<string>>,
  routes: SiteRoutes,
): Set<string> {
  const published = posts.filter((post) => !post.skipped);
  const pages = new Set<string>(routes.staticPages);
  for (const lang of LANGS) {
    for (const page of [homeUrl(lang), topicsUrl(lang), searchUrl(lang)]) pages.add(page);
    for (const page of blogPageNumbers(published.filter((post) => post.data.lang === lang).length)) pages.add(blogPageUrl(page, lang));
    for (const id of topicIds.get(lang) ?? []) pages.add(topicUrl(id, lang));
    for (const id of authorIds.get(lang) ?? []) pages.add(authorUrl(id, lang));
  }
  return pages;
}

/**
 * Each alias must be an old address that no longer exists and that no other article claims; each
 * site page's address must be free of the site's own pages and folders and of every article's.
 * `fixedPages` is undefined when the check runs without the site's routes.
 */
export function checkAddresses(
  posts: readonly CheckedPost[],
  sitePages: readonly CheckedSitePage[],
  fixedPages: ReadonlySet<string> | undefined,
  lineFinders: Map<string, ParsedYaml['lineOf']>,
  problems: ContentProblem[],
) {
  const owners = new Map<string, { file: string; as: string }>();
  for (const post of posts) owners.set(postUrl(post.id, post.data.lang), { file: post.file, as: `the address of ${post.file}` });
  for (const post of posts) {
    post.data.aliases.forEach((alias, index) => {
      const path = normaliseAlias(alias);
      const at = (message: string) => problemAt('error', post.file, lineFinders.get(post.file)?.(['aliases', index]), `aliases.${index}`, message);
      if (fixedPages?.has(path)) problems.push(at(`"${alias}" is a page of the site itself - an alias must be an old address that no longer exists`));
      const owner = owners.get(path);
      if (owner && owner.file !== post.file) problems.push(at(`"${alias}" is already used by ${owner.file} - choose another path or remove it`));
      else owners.set(path, { file: post.file, as: `an old address of ${post.file} (under aliases)` });
    });
  }

  const homes = new Set([...(fixedPages ?? []), ...LANGS.map((lang) => homeUrl(lang))]);
  const folders = siteOwnFolders();
  for (const page of sitePages) {
    const path = sitePageUrl(page.id);
    const folder = folders.find((prefix) => path.startsWith(prefix));
    const taken = homes.has(path)
      ? `${path} is a page of the site itself`
      : folder
        ? `${path} is inside ${folder}, where the site's own pages are`
        : owners.has(path)
          ? `${path} is already ${owners.get(path)!.as}`
          : undefined;
    if (taken) problems.push(problemAt('error', page.file, 1, '(file name)', `${taken} - move the page to another folder under content/pages/`));
  }
}
