/** The bodies: links (to pages that exist, anchors that exist), MDX syntax and components, pagination pages. */
import { referenceAnchor } from '../citations.ts';
import { isoDay } from '../format.ts';
import { checkLinks, parseCompilerError, type SiteMap } from '../link-check.ts';
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { normaliseAlias, postUrl, sitePageUrl } from '../routes.ts';
import { problemAt } from './problem.ts';
import type { CheckedPost, CheckedSitePage, ContentCheckInput, SiteRoutes } from './types.ts';
import { resolveRelative } from './images.ts';

/** Links in every post and, for MDX, syntax and components. */
export function checkBodies(
  posts: readonly CheckedPost[],
  sitePages: readonly CheckedSitePage[],
  /** The site's own pages (addresses.ts). */
  fixedPages: ReadonlySet<string>,
  input: ContentCheckInput,
  routes: SiteRoutes,
  lineFinders: Map<string, ParsedYaml['lineOf']>,
  problems: ContentProblem[],
) {
  const published = posts.filter((post) => !post.skipped);
  const pages = new Set<string>(fixedPages);
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (post: CheckedPost) =>
    new Set([...post.facts.headings.map((heading) => heading.slug), ...post.data.references.map((ref) => referenceAnchor(ref.id)), 'main', 'sources-heading']);
  for (const post of published) {
    pages.add(postUrl(post.id, post.data.lang));
    for (const alias of post.data.aliases) pages.add(normaliseAlias(alias));
    anchors.set(postUrl(post.id, post.data.lang), anchorsOf(post));
  }
  // Site pages: a page that sends readers on (redirect) has no words of its own to link to.
  for (const page of sitePages) {
    if (page.skipped) continue;
    pages.add(sitePageUrl(page.id));
    if (!page.data.redirect) anchors.set(sitePageUrl(page.id), new Set([...page.facts.headings.map((heading) => heading.slug), 'main']));
  }
  const site: SiteMap = {
    pages,
    files: new Set(routes.publicFiles),
    anchors,
    unpublished: new Map(
      posts
        .filter((post) => post.skipped)
        .map(
          (post) =>
            [postUrl(post.id, post.data.lang), post.skipped === 'draft' ? 'it is a draft' : `it is scheduled for ${isoDay(post.data.pubDate)}`] as const,
        )
        .concat(sitePages.filter((page) => page.skipped).map((page) => [sitePageUrl(page.id), 'it is a draft'] as const)),
    ),
  };

  for (const page of sitePages) {
    const ownPath = sitePageUrl(page.id);
    const redirect = page.data.redirect && normaliseAlias(page.data.redirect);
    if (redirect && (!pages.has(redirect) || redirect === ownPath || sitePages.some((other) => sitePageUrl(other.id) === redirect && other.data.redirect))) {
      problems.push(
        problemAt(
          'error',
          page.file,
          lineFinders.get(page.file)?.(['redirect']),
          'redirect',
          `${page.data.redirect} is not a page of this site readers can read - send readers to a page that exists, like /contact/`,
        ),
      );
    }
    const siteForPage: SiteMap = page.skipped ? { ...site, pages: new Set([...pages, ...site.unpublished.keys()]) } : site;
    for (const problem of checkLinks(page.facts.links, ownPath, siteForPage, (relative) => input.fileExists(resolveRelative(page.file, relative)))) {
      problems.push(problemAt('error', page.file, problem.line, 'link', `${problem.url}: ${problem.message}`));
    }
  }

  for (const post of posts) {
    const ownPath = postUrl(post.id, post.data.lang);
    // A draft may link to other drafts: both are previewed together.
    const siteForPost: SiteMap = post.skipped
      ? { ...site, pages: new Set([...pages, ...site.unpublished.keys()]), anchors: new Map([...anchors, [ownPath, anchorsOf(post)]]) }
      : site;
    for (const problem of checkLinks(post.facts.links, ownPath, siteForPost, (relative) => input.fileExists(resolveRelative(post.file, relative)))) {
      problems.push(problemAt('error', post.file, problem.line, 'link', `${problem.url}: ${problem.message}`));
    }
    if (!post.file.endsWith('.mdx')) continue;
    try {
      routes.compileMdx(post.body);
    } catch (error) {
      const parsed = parseCompilerError(error instanceof Error ? error.message : String(error));
      problems.push(
        problemAt(
          'error',
          post.file,
          parsed.line ? post.bodyFirstLine + parsed.line - 1 : undefined,
          '(mdx)',
          `${parsed.message} - MDX treats < and { as code: write &lt; and &#123; in text, and close every component tag`,
        ),
      );
    }
    const imported = new Set(post.facts.imports.flatMap((entry) => entry.names));
    for (const entry of post.facts.imports) {
      const exists = entry.from.startsWith('.') ? input.fileExists(resolveRelative(post.file, entry.from)) : routes.packageExists(entry.from);
      if (!exists)
        problems.push(problemAt('error', post.file, entry.line, 'import', `imports "${entry.from}", which does not exist - fix the path or remove the import`));
    }
    for (const component of post.facts.components) {
      if (imported.has(component.name) || routes.providedComponents.includes(component.name)) continue;
      problems.push(
        problemAt(
          'error',
          post.file,
          component.line,
          `<${component.name}>`,
          `no component called ${component.name} - use one of: ${routes.providedComponents.join(', ')}, or import it`,
        ),
      );
    }
  }
}
