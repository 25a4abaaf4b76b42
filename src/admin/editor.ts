/**
 * The site's additions to Decap CMS on /admin/ (bundled to /admin/editor.js by
 * src/integrations/editor.ts), one job per module: the checks before saving and publishing
 * (save-guards), the date and crisis-notice fields, the article preview, unsaved work kept in the
 * browser; this module adds the language switch and starts Decap with the configuration in the
 * editor's language.
 */
import { parse } from 'yaml';
import { editorConfigFile, LOCAL_BACKEND_PATH } from '../lib/editor/config.ts';
import { CMS, LANG_KEY, lang, words } from './decap.ts';
import { rewordDecap } from './save-guards.ts';
import { backendSettings } from './original-sources.ts';
import './crisis-field.ts';
import './day-field.ts';
import './article-preview.ts';
import './unsaved-work.ts';

/** A button at the bottom of every screen: the editor in the other language. */
function languageSwitch() {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'editor-language';
  button.textContent = words.switchTo.label;
  button.title = words.switchTo.title;
  button.lang = lang === 'es' ? 'en' : 'es';
  button.addEventListener('click', () => {
    localStorage.setItem(LANG_KEY, lang === 'es' ? 'en' : 'es');
    location.reload();
  });
  document.body.append(button);
}
languageSwitch();

/**
 * Everything is registered: start Decap (editor-setup.js asked it to wait) with the configuration
 * in the editor's language. On this computer it saves through decap-server, which `npm start`
 * forwards from this page's own origin.
 */
void fetch(`/admin/${editorConfigFile(lang)}`)
  .then((response) => response.text())
  .then((text) => {
    // Decap's notices per language are registered by now; reword them before it starts.
    rewordDecap();
    const configuration = parse(text) as Record<string, unknown> & { backend?: { repo?: string; branch?: string } };
    Object.assign(backendSettings, { repo: configuration.backend?.repo, branch: configuration.backend?.branch });
    CMS.init?.({
      config: {
        ...configuration,
        load_config_file: false,
        locale: lang,
        local_backend: { url: `${location.origin}${LOCAL_BACKEND_PATH}` },
      },
    });
  });
