/**
 * A translation starts from its original's sources: when a translation is saved with no sources
 * yet, the original's are copied in (sources stay in their own language). The original is read
 * where the editor saves: through decap-server on this computer, else from GitHub with the
 * signed-in person's token.
 */
import { parse } from 'yaml';
import { LOCAL_BACKEND_PATH } from '../lib/editor/config.ts';
import type { Immutable } from './decap.ts';

/** The repository and branch the editor saves to (from its configuration, set when it starts). */
export const backendSettings: { repo?: string; branch?: string } = {};

/** Saving on this computer, through decap-server (`npm start`), rather than to GitHub. */
export const onThisComputer = () => ['localhost', '127.0.0.1'].includes(location.hostname);

/** The signed-in person's GitHub token, as Decap keeps it after the GitHub sign-in. */
export const gitHubToken = () => (JSON.parse(localStorage.getItem('decap-cms-user') ?? '{}') as { token?: string }).token;

async function originalText(path: string): Promise<string | undefined> {
  if (onThisComputer()) {
    const response = await fetch(`${location.origin}${LOCAL_BACKEND_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'getEntry', params: { branch: backendSettings.branch, path } }),
    });
    return response.ok ? ((await response.json()) as { data?: string }).data : undefined;
  }
  const token = gitHubToken();
  if (!token || !backendSettings.repo) return undefined;
  const response = await fetch(`https://api.github.com/repos/${backendSettings.repo}/contents/${path}?ref=${backendSettings.branch ?? 'main'}`, {
    headers: { Accept: 'application/vnd.github.raw+json', Authorization: `token ${token}` },
  });
  return response.ok ? response.text() : undefined;
}

/** The sources listed in the original article (its folder name), or none when it cannot be read. */
export async function sourcesOf(original: string): Promise<unknown[]> {
  try {
    const text = await originalText(`content/posts/${original}/index.md`);
    const frontmatter = text && /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    const data = frontmatter ? (parse(frontmatter) as { references?: unknown }) : undefined;
    return Array.isArray(data?.references) ? data.references : [];
  } catch {
    // Offline or not signed in: the translation keeps the sources it has; the check still runs.
    return [];
  }
}

/**
 * Plain data as Decap's own Immutable.js values (lists and maps all the way down), built with the
 * constructors of values the entry already has, so the form shows the copied sources as its own.
 */
export function asImmutableLike(data: Immutable, value: unknown): unknown {
  const MapOf = data.constructor as (entries: Array<[string, unknown]>) => unknown;
  const ListOf = (data.get('topics') as Immutable | undefined)?.constructor as ((items: unknown[]) => unknown) | undefined;
  const convert = (inner: unknown): unknown => {
    if (Array.isArray(inner)) return ListOf ? ListOf(inner.map(convert)) : inner.map(convert);
    if (inner && typeof inner === 'object') return MapOf(Object.entries(inner).map(([key, item]) => [key, convert(item)]));
    return inner;
  };
  return convert(value);
}
