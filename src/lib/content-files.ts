/**
 * The one reading of content files, shared by the content check and the collections:
 * which files are posts, authors and topics (and which would be skipped), how text is decoded,
 * where frontmatter ends, and what YAML means (dates included). Pure: callers hand in bytes.
 */
import { LineCounter, parseDocument, isMap, isScalar, visit, type Document } from 'yaml';
import {
  CONTENT_FOLDERS,
  DATA_EXTENSIONS,
  POST_EXTENSIONS,
  SLUG_PATTERN,
  dataIdFromPath,
  postIdFromPath,
  sitePageIdFromPath,
  slugify,
  type ContentKind,
} from './routes.ts';

export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path as editors see it, e.g. `content/posts/a/index.md`. */
  file: string;
  line?: number;
  field: string;
  message: string;
}

/** A file under the content root, before it is decoded. */
export interface RawContentFile {
  /** Path relative to the content root, with forward slashes: `posts/a/index.md`. */
  entry: string;
  /**
   * The bytes, or how to read them: a folder is listed with readers, so only the files a
   * collection reads are loaded (never the pictures beside the posts, which can be megabytes each).
   */
  bytes: Uint8Array | (() => Uint8Array);
}

/** A content file that the collections read, decoded once. */
export interface ContentFile {
  kind: ContentKind;
  /** Path as editors see it: `content/posts/a/index.md`. */
  path: string;
  /** The entry's id: the post's slug, the author's or topic's file name. */
  id: string;
  /** The file's text without a byte-order mark. */
  text: string;
}

/** Extensions of files that hold words: one of these outside the patterns would be lost. */
const TEXT_EXTENSIONS = /\.(md|mdx|markdown|mdown|mkd|txt|html?|ya?ml|json|toml)$/i;

const extensionOf = (entry: string) => /\.([^./]+)$/.exec(entry)?.[1] ?? '';

/**
 * Sorts the files under the content root into the entries of each collection, and reports every
 * file with words in it that no collection would read, with where it should go instead.
 */
export function classifyContentFiles(entries: readonly string[]): {
  files: Array<{ kind: ContentKind; entry: string; id: string }>;
  problems: ContentProblem[];
} {
  const files: Array<{ kind: ContentKind; entry: string; id: string }> = [];
  const problems: ContentProblem[] = [];
  const report = (entry: string, field: string, message: string) => problems.push({ severity: 'error', file: `content/${entry}`, line: 1, field, message });
  // The id is the address: a file whose name cannot be one is reported with the name to use.
  const accept = (kind: ContentKind, entry: string, id: string, renameTo: string) => {
    if (SLUG_PATTERN.test(id)) files.push({ kind, entry, id });
    else report(entry, '(file name)', `"${id}" cannot be a web address - rename it to "${renameTo}" (lowercase letters, digits and hyphens)`);
  };
  for (const entry of [...entries].sort()) {
    const parts = entry.split('/');
    const name = parts[parts.length - 1]!;
    if (name.startsWith('.') || !TEXT_EXTENSIONS.test(name)) continue; // images, .DS_Store ...
    const kind = (Object.keys(CONTENT_FOLDERS) as ContentKind[]).find((key) => parts[0] === CONTENT_FOLDERS[key]);
    const inside = parts.slice(1).join('/');
    const extension = extensionOf(name);
    if (!kind) {
      report(entry, '(file name)', `not in posts/, pages/, authors/ or topics/, so nothing reads it - move it into one of those folders`);
      continue;
    }
    if (kind === 'pages') {
      const id = sitePageIdFromPath(inside);
      if (id === undefined) {
        const folder = name.replace(/\.[^.]+$/, '');
        report(
          entry,
          '(file name)',
          `a page is index.md in the folder of its address, so this one would not be published - ${name.startsWith('index.') ? `rename it to index.md` : `move it to content/pages/${[...parts.slice(1, -1), slugify(folder) || 'a-page-name'].join('/')}/index.md`}`,
        );
        continue;
      }
      const bad = id.split('/').find((segment) => !SLUG_PATTERN.test(segment));
      if (bad === undefined) files.push({ kind, entry, id });
      else
        report(
          entry,
          '(file name)',
          `the folder "${bad}" cannot be part of a web address - rename it to "${slugify(bad) || 'a-page-name'}" (lowercase letters, digits and hyphens)`,
        );
      continue;
    }
    if (kind === 'posts') {
      if (!(POST_EXTENSIONS as readonly string[]).includes(extension)) {
        const fix = /^(md|mdx)$/i.test(extension)
          ? `rename it to end in .${extension.toLowerCase()}`
          : /^(markdown|mdown|mkd|txt)$/i.test(extension)
            ? 'rename it to end in .md'
            : 'posts are .md or .mdx files - move it out of content/posts';
        report(entry, '(file name)', `a post file must end in .md or .mdx, so this one would not be published - ${fix}`);
        continue;
      }
      const id = postIdFromPath(inside);
      if (id === undefined) {
        const folder = parts.length > 3 ? parts[parts.length - 2]! : name.replace(/\.mdx?$/, '');
        const fix = name.startsWith('index.')
          ? `posts live one folder deep: move the folder to content/posts/${folder === 'index' ? 'a-post-name' : folder}/`
          : `only index.md (or index.mdx) in a post's folder is published: rename it to index.${extension}, or move it to content/posts/${name}`;
        report(entry, '(file name)', `this file would not be published - ${fix}`);
        continue;
      }
      accept(kind, entry, id, slugify(id) || 'a-post-name');
      continue;
    }
    const id = dataIdFromPath(inside);
    if (id === undefined || !(DATA_EXTENSIONS as readonly string[]).includes(extension)) {
      const where = inside.includes('/') ? `move it to content/${kind}/${name}` : `save it as content/${kind}/${name.replace(/\.[^.]+$/, '')}.yaml`;
      report(
        entry,
        '(file name)',
        `${kind === 'authors' ? 'author' : 'topic'} files are <id>.yaml directly in content/${kind}/, so this one would be skipped - ${where}`,
      );
      continue;
    }
    accept(kind, entry, id, `${slugify(id) || 'a-name'}.${extension}`);
  }
  // Two files with one id (`a.yaml` and `a.yml`, or `a.md` and `a/index.md`) would overwrite each other.
  const byId = new Map<string, string[]>();
  for (const file of files) byId.set(`${file.kind}/${file.id}`, [...(byId.get(`${file.kind}/${file.id}`) ?? []), `content/${file.entry}`]);
  for (const [key, paths] of byId) {
    if (paths.length < 2) continue;
    const id = key.slice(key.indexOf('/') + 1);
    const clash = key.startsWith('posts/') ? `two posts have the slug "${id}"` : `two files have the id "${id}"`;
    for (const path of paths) {
      problems.push({ severity: 'error', file: path, line: 1, field: '(file name)', message: `${clash} (${paths.join(' and ')}) - rename or delete one` });
    }
  }
  const duplicated = new Set([...byId].filter(([, paths]) => paths.length > 1).flatMap(([, paths]) => paths));
  return { files: files.filter((file) => !duplicated.has(`content/${file.entry}`)), problems };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text of a file saved as UTF-8, without its byte-order mark; undefined for any other encoding. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined; // UTF-16
  try {
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

export const ENCODING_FIX = 'the file is not saved as UTF-8 - in your editor choose "Save with encoding" (or "Save as") and pick UTF-8';

export interface SplitFile {
  /** The YAML between the two `---` lines. */
  frontmatter: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** 1-based line of the first frontmatter line. */
  frontmatterFirstLine: number;
  /** 1-based line where the body starts. */
  bodyFirstLine: number;
}

// Opening `---`, the fields, closing `---`; Windows line endings and trailing spaces are fine.
const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits a post into frontmatter and body; undefined when it does not start with frontmatter. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return {
    frontmatter: match[1] ?? '',
    body: text.slice(match[0].length),
    frontmatterFirstLine: 2,
    bodyFirstLine: match[0].split('\n').length,
  };
}

export interface ParsedYaml {
  data: unknown;
  /** Line of a field path in the file, when it can be located. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Reads YAML as the site means it: YAML 1.2, so dates stay text until the schema reads them
 * (as calendar days, or as times in UTC when no zone is given) and `yes` is text.
 * Syntax errors and repeated keys are reported with their lines; undefined when unusable.
 */
export function readYaml(source: string, firstLine: number, file: string, problems: ContentProblem[]): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const lineOffset = firstLine - 1;
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false, version: '1.2' });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  let usable = doc.errors.length === 0;
  for (const error of doc.errors) {
    problems.push({
      severity: 'error',
      file,
      line: lineAt(error.pos[0]),
      field: '(yaml)',
      message: `${error.message.split('\n')[0]} - check indentation, colons and quotes on this line`,
    });
  }
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const line = lineAt(pair.key.range?.[0] ?? 0);
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, line);
          continue;
        }
        usable = false;
        problems.push({ severity: 'error', file, line, field: key, message: `"${key}" is written twice (lines ${first} and ${line}) - keep one of them` });
      }
    },
  });
  if (!usable) return undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const partial = path.slice(0, depth);
      const parentPath = partial.slice(0, -1);
      const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
      const last = partial[partial.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
        const range = (pair?.key as { range?: [number, number] } | undefined)?.range;
        if (range) return lineAt(range[0]);
      }
      const node = doc.getIn(partial, true) as { range?: [number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  return { data: doc.toJS() ?? {}, lineOf };
}

/** A content file read and parsed: what both the check and the collections work from. */
export interface ReadEntry {
  file: ContentFile;
  parsed: ParsedYaml;
  /** Posts and site pages: the Markdown after the frontmatter, and the line it starts on. */
  body?: string;
  bodyFirstLine?: number;
}

/** Decodes, splits and parses one content file; problems are added for anything unreadable. */
export function readEntry(kind: ContentKind, entry: string, id: string, bytes: Uint8Array, problems: ContentProblem[]): ReadEntry | undefined {
  const path = `content/${entry}`;
  const text = decodeText(bytes);
  if (text === undefined) {
    problems.push({ severity: 'error', file: path, line: 1, field: '(file)', message: ENCODING_FIX });
    return undefined;
  }
  const file: ContentFile = { kind, path, id, text };
  if (kind === 'authors' || kind === 'topics') {
    const parsed = readYaml(text, 1, path, problems);
    return parsed && { file, parsed };
  }
  const split = splitFrontmatter(text);
  if (!split) {
    const hint = /^\s+---/.test(text)
      ? 'remove the blank lines or spaces before the first --- line'
      : 'start the file with a --- line, the fields, and another --- line (see docs/staff/writing-a-post.md)';
    problems.push({ severity: 'error', file: path, line: 1, field: '(frontmatter)', message: `no frontmatter - ${hint}` });
    return undefined;
  }
  const parsed = readYaml(split.frontmatter, split.frontmatterFirstLine, path, problems);
  return parsed && { file, parsed, body: split.body, bodyFirstLine: split.bodyFirstLine };
}

/** Reads every content file: one list of entries per collection, and every problem found. */
export function readContent(rawFiles: readonly RawContentFile[]): { entries: ReadEntry[]; problems: ContentProblem[] } {
  const bytesOf = new Map(rawFiles.map((file) => [file.entry, file.bytes]));
  const { files, problems } = classifyContentFiles(rawFiles.map((file) => file.entry));
  const entries: ReadEntry[] = [];
  for (const { kind, entry, id } of files) {
    const bytes = bytesOf.get(entry)!;
    const read = readEntry(kind, entry, id, typeof bytes === 'function' ? bytes() : bytes, problems);
    if (read) entries.push(read);
  }
  return { entries, problems };
}
