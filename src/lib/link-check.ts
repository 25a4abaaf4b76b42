/**
 * Links in post bodies (read by src/lib/markdown-facts.ts), checked without rendering: every
 * internal link must reach a page (and heading) the build will produce, and every external link
 * must be a well-formed URL (never fetched).
 */
import type { LinkTarget } from './markdown-facts.ts';

export interface SiteMap {
  /** Every path the build produces, with a trailing slash, e.g. `/blog/`, `/about/`. */
  pages: Set<string>;
  /** Files served as they are from public/, e.g. `/favicon.svg`. */
  files: Set<string>;
  /** Anchors available on a page (headings, sources and citations), by path. */
  anchors: Map<string, Set<string>>;
  /** Posts that exist but are not published (path -> why), for a clearer message. */
  unpublished: Map<string, string>;
}

export interface LinkProblem {
  line: number;
  url: string;
  message: string;
}

const SAFE_SCHEMES = /^(mailto|tel|sms):/i;

/** Problems with the links of one post whose own page is `pagePath`. */
export function checkLinks(links: readonly LinkTarget[], pagePath: string, site: SiteMap, fileExists: (relativeToPost: string) => boolean): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const { line, url, kind } of links) {
    if (SAFE_SCHEMES.test(url)) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      problems.push(...checkExternal(line, url));
      continue;
    }
    if (/^www\.|^[a-z0-9-]+\.(com|org|net|gov|edu|io)(\/|$)/i.test(url)) {
      problems.push({ line, url, message: `"${url}" looks like a web address without https:// - write https://${url}` });
      continue;
    }
    if (kind === 'image' && !url.startsWith('/')) {
      if (!fileExists(url.split(/[?#]/)[0]!)) problems.push({ line, url, message: `image "${url}" not found next to the post - add the file or fix the name` });
      continue;
    }
    const resolved = new URL(url, `https://site.invalid${pagePath}`);
    const path = decodeURIComponent(resolved.pathname);
    const anchor = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : '';
    if (site.files.has(path)) continue;
    if (!site.pages.has(path)) {
      const why = site.unpublished.get(path) ?? site.unpublished.get(`${path}/`);
      if (why)
        problems.push({
          line,
          url,
          message: `links to a post that is not published (${why}) - readers would get "page not found"; remove the link until it is live`,
        });
      else if (site.pages.has(`${path}/`)) problems.push({ line, url, message: `add the trailing slash: ${path}/${resolved.hash}` });
      else problems.push({ line, url, message: `no page at ${path} - check the address (articles live at /blog/<slug>/)` });
      continue;
    }
    if (anchor && !site.anchors.get(path)?.has(anchor)) {
      problems.push({
        line,
        url,
        message: `no heading "#${anchor}" on ${path} - use the heading's anchor, e.g. #${[...(site.anchors.get(path) ?? [])][0] ?? 'a-heading'}`,
      });
    }
  }
  return problems;
}

function checkExternal(line: number, url: string): LinkProblem[] {
  const message = externalLinkProblem(url);
  return message ? [{ line, url, message }] : [];
}

/** What is wrong with a link to another site (`https://...`), or undefined when readers can follow it. */
export function externalLinkProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a valid web address - check for spaces or missing characters`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return `"${parsed.protocol}" links are not allowed - use an https:// address`;
  if (/\s/.test(url) || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(parsed.hostname)) {
    return `"${url}" is not a valid web address - the part after https:// must be a domain such as example.org`;
  }
  return undefined;
}

/** `L:C: message` from the MDX compiler, or the message alone. */
export function parseCompilerError(message: string): { line?: number; message: string } {
  const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(message.trim());
  return match ? { line: Number(match[1]), message: match[3]! } : { message: message.trim() };
}
