/**
 * The browser editor for staff at /admin/ (Decap CMS; docs/staff/publishing-in-the-browser.md).
 * Nothing of it reaches public pages: the build writes /admin/ (its page, its own CSP, the
 * configuration from src/lib/editor/config.ts, the Decap bundle and our additions) after every
 * other page, and `npm start` serves the same files and starts decap-server, so the editor saves
 * into this folder without signing in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { editorConfig, editorConfigFile as configFile, LOCAL_BACKEND_PATH, type EditorSettings } from '../lib/editor/config.ts';
import { EDITOR_LANGS } from '../lib/editor/words.ts';
import { SIGNERS_FILE } from '../lib/editor/sign-review.ts';
import { readContentReport } from '../lib/content-report.ts';
import type { SiteConfig } from '../lib/site-config.ts';

const require = createRequire(import.meta.url);
const DECAP_DIST = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const EDITOR_SCRIPT = fileURLToPath(new URL('../admin/editor.ts', import.meta.url));

/** What the editor may load and where it may connect: GitHub's API and the sign-in service. */
export function editorCsp(editor: EditorSettings): string {
  const connect = ["'self'", 'blob:', 'https://api.github.com', 'https://raw.githubusercontent.com'];
  if (editor.authBaseUrl) connect.push(new URL(editor.authBaseUrl).origin);
  return [
    "default-src 'self'",
    // Decap's bundle builds its configuration validator at run time (ajv), hence 'unsafe-eval'.
    "script-src 'self' 'unsafe-eval'",
    // The editor's styles are written by its components at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export function editorPage(site: SiteConfig, editor: EditorSettings, articleStyles: readonly string[]): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta http-equiv="content-security-policy" content="${editorCsp(editor)}">
    <title>Editor · ${site.name}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <!-- Our checks list one problem per line in the editor's notifications. -->
    <style>
      .Toastify__toast-body { white-space: pre-line; }
      .kept-copies { position: fixed; z-index: 1000; right: 16px; bottom: 16px; max-width: 26rem; padding: 16px 20px; border-radius: 8px; background: #fff8e6; color: #2a2a2a; border: 2px solid #b26a00; font: 15px/1.5 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
      .kept-copies h2 { margin: 0 0 4px; font-size: 16px; }
      .kept-copies p { margin: 0 0 8px; }
      .kept-copies a, .kept-copies button { font: inherit; color: #7a3f00; text-decoration: underline; background: none; border: 0; padding: 0 4px; cursor: pointer; }
      .sign-notice { position: fixed; z-index: 1001; left: 50%; bottom: 16px; transform: translateX(-50%); max-width: min(36rem, calc(100vw - 32px)); margin: 0; padding: 12px 16px; border-radius: 8px; background: #1e3a4c; color: #fff; font: 15px/1.4 system-ui, sans-serif; cursor: pointer; }
      .editor-language { position: fixed; z-index: 1000; left: 12px; bottom: 12px; font: 600 14px/1 system-ui, sans-serif; padding: 10px 14px; border-radius: 999px; border: 1px solid #9aa4b2; background: #fff; color: #1e3a4c; cursor: pointer; }
      /* The date field's calendar button: the typed text beside it is the field. */
      .day-picker { width: 2.5rem; }
      .day-picker::-webkit-datetime-edit { display: none; }
      /* Phones: Decap lays the editor out 800 px wide; let its bar wrap and stack the preview under the fields. */
      @media (max-width: 799px) {
        [class*="-EditorContainer"] { min-width: 0 !important; padding-top: 0 !important; margin-top: 0 !important; }
        /* The preview and scroll-sync buttons: at the bottom corner, within reach of a thumb. */
        [class*="-ViewControls"] { position: fixed !important; top: auto !important; bottom: 16px; right: 16px; z-index: 400; }
        [class*="-ToolbarContainer"] { min-width: 0 !important; height: auto !important; flex-wrap: wrap; position: sticky !important; top: 0; }
        [class*="-ToolbarContainer"] ~ [class*="-Editor"] { margin-top: 0 !important; padding-top: 0 !important; height: auto !important; position: static !important; }
        [class*="-ToolbarSectionBackLink"] { flex: 1 1 auto !important; }
        [class*="-ToolbarSectionMeta"] { flex: 0 0 auto !important; }
        [class*="-AppHeaderSiteLink"] { display: none !important; }
        [class*="-ToolbarSectionMain"] { flex: 1 1 100% !important; order: 3; flex-wrap: wrap; justify-content: flex-start !important; gap: 8px; padding: 6px 12px !important; border-top: 1px solid #dfdfe3; }
        [class*="-ToolbarSubSection"] { flex-wrap: wrap; min-width: 0 !important; gap: 6px; }
        .SplitPane { position: static !important; flex-direction: column !important; height: auto !important; }
        .SplitPane > .Pane { width: 100% !important; flex: none !important; }
        .SplitPane > .Resizer { display: none; }
      }
    </style>
  </head>
  <body>
    <script src="/admin/editor-setup.js" data-styles='${JSON.stringify(articleStyles)}'></script>
    <script src="/admin/decap-cms.js"></script>
    <script src="/admin/editor.js"></script>
  </body>
</html>
`;
}

/** Our additions, bundled for the browser (schemas, citation rules, Markdown preview). */
async function bundleEditorScript(): Promise<string> {
  const result = await build({
    entryPoints: [EDITOR_SCRIPT],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

/** Decap's bundle and the chunks it loads on demand (source maps stay out). */
const decapFiles = () => readdirSync(DECAP_DIST).filter((name) => /(^|\.)decap-cms\.js$/.test(name));

/** The stylesheets a built article links, so the preview uses the article's typography. */
function articleStylesOf(dist: string): string[] {
  const blog = join(dist, 'blog');
  if (!existsSync(blog)) return [];
  for (const folder of readdirSync(blog)) {
    const page = join(blog, folder, 'index.html');
    if (!existsSync(page)) continue;
    const html = readFileSync(page, 'utf8');
    if (!html.includes('article-prose')) continue;
    return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
  }
  return [];
}

/** Is decap-server (from another `npm start`) already listening? */
export async function localServerAnswers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://localhost:${port}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
      signal: AbortSignal.timeout(1000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** Sends a request on to `to` and its answer back (decap-server's API: JSON both ways). */
async function forward(request: IncomingMessage, response: ServerResponse, to: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    const answer = await fetch(to, { method: request.method, headers: { 'Content-Type': 'application/json' }, body: Buffer.concat(chunks) });
    response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  } catch {
    response.writeHead(502, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ error: 'The local file server (decap-server) is not running: stop and start npm start again.' }));
  }
}

/**
 * A tiny script before Decap's, so the page itself needs no inline script under its CSP: the
 * article's stylesheets for the preview, and Decap told to wait for editor.js to start it.
 */
const SETUP_SCRIPT = 'window.CMS_MANUAL_INIT=true;window.SITE_ARTICLE_STYLES=JSON.parse(document.currentScript.dataset.styles||"[]");';

export default function editorIntegration(site: SiteConfig): AstroIntegration {
  const { editor } = site;
  let localServer: ChildProcess | undefined;
  let command = '';
  let sources = '';
  let cacheDir = '';
  return {
    name: 'sunshine:editor',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
        sources = fileURLToPath(options.config.srcDir);
        cacheDir = fileURLToPath(options.config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!editor) return;
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const admin = join(dist, 'admin');
        mkdirSync(admin, { recursive: true });
        writeFileSync(join(admin, 'index.html'), editorPage(site, editor, articleStylesOf(dist)));
        for (const lang of EDITOR_LANGS) writeFileSync(join(admin, configFile(lang)), stringify(editorConfig(site, editor, lang)));
        writeFileSync(join(admin, 'editor-setup.js'), SETUP_SCRIPT);
        // Who may sign a medical review with their GitHub sign-in (src/admin/review-signature.ts).
        writeFileSync(join(admin, SIGNERS_FILE), JSON.stringify(readContentReport(cacheDir).signers ?? []));
        writeFileSync(join(admin, 'editor.js'), await bundleEditorScript());
        for (const name of decapFiles()) copyFileSync(join(DECAP_DIST, name), join(admin, name));
        // The same policy as a response header, for hosts that read _headers (Netlify, Cloudflare Pages).
        const headers = join(dist, '_headers');
        const existing = existsSync(headers) ? readFileSync(headers, 'utf8') : '';
        writeFileSync(
          headers,
          `${existing.replace(/\n*$/, '\n')}\n# The staff editor's own Content Security Policy (src/integrations/editor.ts).\n/admin/*\n  Content-Security-Policy: ${editorCsp(editor)}\n`,
        );
        logger.info(`Editor: /admin/ written in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
      'astro:server:setup': async ({ server, logger }) => {
        if (!editor) return;
        const decapNames = new Set(decapFiles());
        // Bundled on first request, again only after a file under src/ changes (the schemas, the checks).
        let editorScript: Promise<string> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(sources)) editorScript = undefined;
        });
        server.middlewares.use(async (request, response, next) => {
          const path = (request.url ?? '').split('?')[0]!;
          if (!path.startsWith('/admin')) return next();
          // The editor's saves, forwarded to decap-server: the editor talks to its own origin only.
          if (path === LOCAL_BACKEND_PATH) return forward(request, response, `http://localhost:${editor.localPort}/api/v1`);
          const name = path.replace(/^\/admin\/?/, '') || 'index.html';
          const send = (type: string, body: string | Buffer) => {
            response.setHeader('Content-Type', type);
            response.end(body);
          };
          try {
            if (name === 'index.html') return send('text/html; charset=utf-8', editorPage(site, editor, []));
            const lang = EDITOR_LANGS.find((candidate) => configFile(candidate) === name);
            if (lang) return send('text/yaml; charset=utf-8', stringify(editorConfig(site, editor, lang)));
            if (name === 'editor-setup.js') return send('text/javascript', SETUP_SCRIPT);
            if (name === 'editor.js') return send('text/javascript', await (editorScript ??= bundleEditorScript()));
            if (decapNames.has(name)) return send('text/javascript', readFileSync(join(DECAP_DIST, name)));
          } catch (error) {
            editorScript = undefined;
            logger.error(`Editor: ${(error as Error).message}`);
          }
          return next();
        });
        // The local file server the editor saves through (decap-server), only while `npm start` runs
        // (the unit tests borrow Astro's dev server too, through getViteConfig).
        if (command !== 'dev' || process.env.VITEST) return;
        const port = editor.localPort;
        if (await localServerAnswers(port)) {
          logger.info(`Editor: a local file server already answers on port ${port}; the editor will save through it`);
          return;
        }
        localServer = spawn(process.execPath, [require.resolve('decap-server')], {
          env: { ...process.env, PORT: String(editor.localPort), MODE: 'fs', GIT_REPO_DIRECTORY: process.cwd(), LOG_LEVEL: 'warn' },
          stdio: 'inherit',
        });
        logger.info(`Editor: /admin/ saves into this folder (decap-server on port ${editor.localPort})`);
      },
      'astro:server:done': () => {
        localServer?.kill();
      },
    },
  };
}
