/**
 * Links and MDX in post bodies, checked without rendering: every internal link must reach a
 * page (and heading) the build will produce, every external link must be a well-formed URL
 * (never fetched), and MDX must compile with only components that exist.
 */
import GithubSlugger from 'github-slugger';
import { lineFinder, markdownHeadings, withoutCode } from './markdown-text.ts';

export interface LinkTarget {
  /** 1-based line in the body. */
  line: number;
  url: string;
  kind: 'link' | 'image';
}

/** Links and images written in Markdown or HTML, outside code. */
export function extractLinks(markdown: string): LinkTarget[] {
  const text = withoutCode(markdown);
  const targets: LinkTarget[] = [];
  const lineAt = lineFinder(text);
  const add = (index: number, url: string, kind: LinkTarget['kind']) => targets.push({ line: lineAt(index), url: url.trim(), kind });
  for (const match of text.matchAll(/(!?)\[(?:[^\]\n]|\][^(\n])*\]\(([^)\n]*)\)/g)) {
    // `(url)` or `(url "title")`; anything else (say, a space inside the address) is kept whole,
    // so it is reported as malformed instead of silently rendering as plain text.
    const inside = match[2]!.trim();
    const url = /^<?(\S+?)>?(?:\s+"[^"]*")?$/.exec(inside)?.[1] ?? inside;
    add(match.index, url, match[1] ? 'image' : 'link');
  }
  for (const match of text.matchAll(/^\s{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) add(match.index, match[1]!, 'link');
  for (const match of text.matchAll(/<(?:a|A)\s[^>]*?\bhref\s*=\s*["']([^"']+)["']/g)) add(match.index, match[1]!, 'link');
  for (const match of text.matchAll(/<(?:img|Image|Picture)\s[^>]*?\bsrc\s*=\s*["']([^"']+)["']/g)) add(match.index, match[1]!, 'image');
  for (const match of text.matchAll(/<(https?:\/\/[^>\s]+)>/g)) add(match.index, match[1]!, 'link');
  return targets;
}

/** Heading anchors as Astro writes them (github-slugger over the heading's text). */
export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const heading of markdownHeadings(markdown)) {
    const plain = heading.text
      .replace(/\[@[^\]]*\]/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`~]/g, '')
      .replace(/<[^>]+>/g, '')
      .trim();
    anchors.add(slugger.slug(plain));
  }
  return anchors;
}

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
export function checkLinks(
  links: readonly LinkTarget[],
  pagePath: string,
  site: SiteMap,
  fileExists: (relativeToPost: string) => boolean,
): LinkProblem[] {
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
      if (why) problems.push({ line, url, message: `links to a post that is not published (${why}) - readers would get "page not found"; remove the link until it is live` });
      else if (site.pages.has(`${path}/`)) problems.push({ line, url, message: `add the trailing slash: ${path}/${resolved.hash}` });
      else problems.push({ line, url, message: `no page at ${path} - check the address (articles live at /blog/<slug>/)` });
      continue;
    }
    if (anchor && !site.anchors.get(path)?.has(anchor)) {
      problems.push({ line, url, message: `no heading "#${anchor}" on ${path} - use the heading's anchor, e.g. #${[...(site.anchors.get(path) ?? [])][0] ?? 'a-heading'}` });
    }
  }
  return problems;
}

function checkExternal(line: number, url: string): LinkProblem[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ line, url, message: `"${url}" is not a valid web address - check for spaces or missing characters` }];
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return [{ line, url, message: `"${parsed.protocol}" links are not allowed - use an https:// address` }];
  }
  if (/\s/.test(url) || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(parsed.hostname)) {
    return [{ line, url, message: `"${url}" is not a valid web address - the part after https:// must be a domain such as example.org` }];
  }
  return [];
}

/** `L:C: message` from the MDX compiler, or the message alone. */
export function parseCompilerError(message: string): { line?: number; message: string } {
  const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(message.trim());
  return match ? { line: Number(match[1]), message: match[3]! } : { message: message.trim() };
}

/** Components an MDX body uses and imports. */
export function mdxComponents(markdown: string): { used: Array<{ name: string; line: number }>; imports: Array<{ names: string[]; from: string; line: number }> } {
  const text = withoutCode(markdown);
  const lineAt = lineFinder(text);
  const used = [...text.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)].map((m) => ({ name: m[1]!, line: lineAt(m.index) }));
  const imports = [...text.matchAll(/^import\s+(.+?)\s+from\s+['"]([^'"]+)['"];?\s*$/gm)].map((m) => ({
    names: m[1]!.replace(/[{}]/g, ' ').split(/[\s,]+/).filter((name) => name && name !== 'as' && name !== '*'),
    from: m[2]!,
    line: lineAt(m.index),
  }));
  return { used, imports };
}
