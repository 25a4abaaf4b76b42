/**
 * Where content lives: `content/` in the project, or another folder for benchmarks and test
 * fixtures (CONTENT_ROOT=/path/to/folder-with-posts-authors-topics).
 */
export function contentRoot(projectRoot: string, env: Record<string, string | undefined>): string {
  const custom = env.CONTENT_ROOT;
  if (!custom) return `${projectRoot.replace(/\/$/, '')}/content`;
  return custom.startsWith('/') ? custom : `${projectRoot.replace(/\/$/, '')}/${custom}`;
}
