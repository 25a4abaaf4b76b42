/**
 * The site's additions to Decap CMS on /admin/ (bundled to /admin/editor.js by
 * src/integrations/editor.ts): the checker's rules before saving and publishing, the crisis-notice
 * control, and a preview in the article's own typography with numbered citations.
 */
import { parse, stringify } from 'yaml';
import { checkEditorEntry, checkEditorFile, checkReadyToPublish, describeProblems, tidyEditorEntry, unescapeCitations } from '../lib/editor/checks.ts';
import { AUTHOR_FIELDS, editorConfigFile, fieldLabel, LOCAL_BACKEND_PATH, POST_FIELDS, TOPIC_FIELDS } from '../lib/editor/config.ts';
import { previewHtml } from '../lib/editor/preview.ts';
import { readTypedDay, spellDay } from '../lib/typed-date.ts';
import { chooseEditorLang, EDITOR_WORDS, messageWords } from '../lib/editor/words.ts';

/** The parts of Immutable.js values Decap hands to these hooks. */
interface Immutable {
  toJS(): unknown;
  get(key: string): unknown;
  set(key: string, value: unknown): Immutable;
  map(fn: (value: unknown) => unknown): Immutable;
  filter(fn: (value: unknown) => boolean): Immutable;
  size: number;
}
interface Entry extends Immutable {
  getIn(path: string[]): unknown;
}
type Element = unknown;
type CreateElement = (type: string | object, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;
interface DecapCms {
  registerEventListener(listener: { name: string; handler: (event: { entry: Entry }) => unknown }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(collection: string, template: unknown): void;
  registerPreviewStyle(href: string): void;
  getLocale?: (name: string) => unknown;
  registerLocale?: (name: string, phrases: unknown) => void;
  init?: (options?: { config?: Record<string, unknown> }) => void;
}
declare global {
  interface Window {
    CMS: DecapCms;
    h: CreateElement;
    createClass: (spec: Record<string, unknown>) => unknown;
    /** Stylesheets of the built site's articles (written by the build next to this script). */
    SITE_ARTICLE_STYLES?: string[];
  }
}

const { CMS, h, createClass } = window;

/** The editor's language: the person's choice (the switch at the bottom of the page), else the browser's. */
const LANG_KEY = 'sunshine-editor-language';
const lang = chooseEditorLang(localStorage.getItem(LANG_KEY), navigator.languages);
const words = EDITOR_WORDS[lang];
const dayOrder = lang === 'es' ? 'day-first' : 'month-first';
document.documentElement.lang = lang;
const isImmutable = (value: unknown): value is Immutable => typeof value === 'object' && value !== null && typeof (value as Immutable).toJS === 'function';
const plain = (value: unknown) => (isImmutable(value) ? value.toJS() : value);

/** Removes what staff cleared, keeping Decap's own Immutable values (preSave must return one). */
function tidyImmutable(value: unknown): unknown {
  if (!isImmutable(value)) return tidyEditorEntry(value);
  return value.map(tidyImmutable).filter((inner) => {
    const tidied = plain(inner);
    return !(tidied === undefined || tidied === null || tidied === '' || (isImmutable(inner) && inner.size === 0));
  });
}

const isPost = (entry: Entry) => entry.get('collection') === 'posts';

const KEPT_PREFIX = 'sunshine-editor-kept:';
const keptCopyKey = (entry: Entry) => `${KEPT_PREFIX}${String(entry.get('collection'))}:${String(entry.getIn(['data', 'title']) ?? '')}`;
function keepCopy(entry: Entry, raw: string) {
  try {
    localStorage.setItem(keptCopyKey(entry), raw);
  } catch {
    // Storage full or blocked: Decap's own copy and the open form remain.
  }
}

/**
 * A refusal in the screen's words. Decap shows a failed save as its toast text followed by the
 * error; an Error would add "Error:" in front, so this one reads as its message alone.
 */
class EditorMessage extends Error {
  override toString() {
    return this.message;
  }
}

const FIELDS_OF = { posts: POST_FIELDS, authors: AUTHOR_FIELDS, topics: TOPIC_FIELDS } as const;
const refusal = (collection: keyof typeof FIELDS_OF, problems: Parameters<typeof describeProblems>[0]) =>
  new EditorMessage(
    `${words.pleaseFix}\n${describeProblems(
      problems,
      (field) => fieldLabel(field, FIELDS_OF[collection], lang),
      (message) => messageWords(message, lang),
    )}`,
  );

/** Refusing to save keeps everything typed: the entry stays open and in the browser's backup. */
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    let data = tidyImmutable(entry.get('data')) as Immutable;
    const collection = entry.get('collection');
    if (collection === 'authors' || collection === 'topics') {
      const problems = checkEditorFile(collection, data.toJS() as Record<string, unknown>);
      if (problems.length) throw refusal(collection, problems);
      return data;
    }
    // The original is picked from a list that names it "<folder>/index"; the file keeps the folder name.
    const original = data.get('translationOf');
    if (typeof original === 'string' && original.endsWith('/index')) data = data.set('translationOf', original.slice(0, -'/index'.length));
    // Citations are stored as written ([@key]), whichever mode of the editor they were typed in.
    if (typeof data.get('body') === 'string') data = data.set('body', unescapeCitations(String(data.get('body'))));
    const { body = '', ...frontmatter } = data.toJS() as Record<string, unknown>;
    const problems = checkEditorEntry(frontmatter, String(body));
    if (problems.length) throw refusal('posts', problems);
    keepCopy(entry, `---\n${stringify(frontmatter)}---\n${String(body)}`);
    return data;
  },
});

// Decap drops its own copy even when a save fails, so ours waits until the save succeeds.
CMS.registerEventListener({ name: 'postSave', handler: ({ entry }) => void localStorage.removeItem(keptCopyKey(entry)) });

/**
 * Only an article that goes public needs the signed review. A draft can always be saved and
 * published (on this computer, without the review queue, "Publish" is how the editor saves).
 */
CMS.registerEventListener({
  name: 'prePublish',
  handler: ({ entry }) => {
    if (!isPost(entry)) return undefined;
    const data = plain(entry.get('data')) as Record<string, unknown>;
    if (data.draft === true) return undefined;
    const problems = checkReadyToPublish(data, new Date());
    if (problems.length) {
      throw new EditorMessage(
        `${words.notPublished}\n${describeProblems(
          problems,
          (field) => fieldLabel(field, POST_FIELDS, lang),
          (message) => messageWords(message, lang),
        )}`,
      );
    }
    return undefined;
  },
});

/** Decap's own notices, in words that match the messages beside the fields. */
function rewordDecap() {
  const own = CMS.getLocale?.(lang) as { ui?: { toast?: Record<string, string> } } | undefined;
  if (!own?.ui?.toast) return;
  CMS.registerLocale?.(lang, { ...own, ui: { ...own.ui, toast: { ...own.ui.toast, ...words.toasts } } });
}

/**
 * The crisis notice is automatic, always shown, or switched off with a reason; the file holds
 * nothing, `true`, or `{ automatic: false, reason }` as the schema reads them.
 */
const CRISIS_CHOICES = [
  { value: 'automatic', label: words.crisis.automatic },
  { value: 'always', label: words.crisis.always },
  { value: 'off', label: words.crisis.off },
] as const;

function crisisChoice(value: unknown): { choice: string; reason: string } {
  const current = plain(value) as unknown;
  if (current === true) return { choice: 'always', reason: '' };
  if (current && typeof current === 'object') return { choice: 'off', reason: String((current as { reason?: unknown }).reason ?? '') };
  return { choice: 'automatic', reason: '' };
}

const CrisisNoticeControl = createClass({
  isValid(this: { props: { value: unknown } }) {
    const { choice, reason } = crisisChoice(this.props.value);
    return choice !== 'off' || reason.trim() !== '' ? true : { error: { message: words.crisis.reasonMissing } };
  },
  render(this: { props: { value: unknown; onChange: (value: unknown) => void; forID: string; classNameWrapper: string } }) {
    const { value, onChange, forID, classNameWrapper } = this.props;
    const { choice, reason } = crisisChoice(value);
    const pick = (next: string) => onChange(next === 'always' ? true : next === 'off' ? { automatic: false, reason } : undefined);
    return h(
      'div',
      { className: classNameWrapper, id: forID, role: 'radiogroup' },
      ...CRISIS_CHOICES.map((option) =>
        h(
          'label',
          { key: option.value, style: { display: 'block', padding: '4px 0' } },
          h('input', { type: 'radio', name: `${forID}-choice`, value: option.value, checked: choice === option.value, onChange: () => pick(option.value) }),
          ` ${option.label}`,
        ),
      ),
      choice === 'off'
        ? h(
            'label',
            { style: { display: 'block', marginTop: '8px' } },
            words.crisis.reason,
            h('textarea', {
              value: reason,
              rows: 2,
              style: { display: 'block', width: '100%' },
              onChange: (event: { target: { value: string } }) => onChange({ automatic: false, reason: event.target.value }),
            }),
          )
        : null,
    );
  },
});

const CrisisNoticePreview = createClass({
  render(this: { props: { value: unknown } }) {
    return h('p', null, CRISIS_CHOICES.find((option) => option.value === crisisChoice(this.props.value).choice)?.label ?? '');
  },
});

CMS.registerWidget('crisis-notice', CrisisNoticeControl, CrisisNoticePreview);

/**
 * A calendar day, typed, pasted or picked. Decap's own date field stores a date typed key by key
 * as another day (12/15/2026 became 1906-12-15: it re-reads each half-typed year), so this field
 * keeps exactly what was typed, stores the day it means once it is a whole date, says that day in
 * words beside it, and refuses to save what it cannot read.
 */
const DATE_PROBLEMS = words.dateProblems;

/** Today where the person is (in Miami at 9 p.m. it is already tomorrow in UTC). */
const localToday = (now = new Date()) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

const spelledOut = (day: string) => spellDay(day, lang);

interface DayControlThis {
  props: {
    value: unknown;
    onChange: (value: string) => void;
    forID: string;
    classNameWrapper: string;
    setActiveStyle: () => void;
    setInactiveStyle: () => void;
  };
  state: { text: string };
  setState(state: { text: string }): void;
}

const DayControl = createClass({
  getInitialState(this: DayControlThis) {
    // Decap reads an unquoted date in a file (pubDate: 2026-11-20) as a Date at midnight UTC.
    const value = plain(this.props.value);
    return { text: value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '') };
  },
  isValid(this: DayControlThis) {
    const read = readTypedDay(this.state.text, dayOrder);
    return 'problem' in read ? { error: { message: DATE_PROBLEMS[read.problem] } } : true;
  },
  take(this: DayControlThis, text: string) {
    this.setState({ text });
    const read = readTypedDay(text, dayOrder);
    if ('day' in read) this.props.onChange(read.day);
    else if ('empty' in read) this.props.onChange('');
  },
  render(this: DayControlThis & { take(text: string): void }) {
    const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const read = readTypedDay(this.state.text, dayOrder);
    const said = 'day' in read ? spelledOut(read.day) : 'problem' in read ? DATE_PROBLEMS[read.problem] : '';
    return h(
      'div',
      { className: classNameWrapper, style: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' } },
      h('input', {
        id: forID,
        type: 'text',
        inputMode: 'text',
        autoComplete: 'off',
        placeholder: words.datePlaceholder,
        value: this.state.text,
        'aria-describedby': `${forID}-said`,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        onChange: (event: { target: { value: string } }) => this.take(event.target.value),
        style: { flex: '1 1 12rem', font: 'inherit', padding: '6px 8px', border: '1px solid #9aa4b2', borderRadius: '4px' },
      }),
      h('input', {
        type: 'date',
        'aria-label': words.pickDate,
        className: 'day-picker',
        // Not controlled: the browser's own field keeps its half-typed parts while a year is typed.
        onChange: (event: { target: { value: string } }) => event.target.value && this.take(event.target.value),
        style: { font: 'inherit', padding: '5px' },
      }),
      h('button', { type: 'button', onClick: () => this.take(localToday()), style: { font: 'inherit' } }, words.today),
      h('span', { id: `${forID}-said`, 'aria-live': 'polite', style: { flexBasis: '100%', color: 'problem' in read ? '#a4262c' : '#4a5566' } }, said),
    );
  },
});

const DayPreview = createClass({
  render(this: { props: { value: unknown } }) {
    const value = plain(this.props.value);
    const read = readTypedDay(value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''), dayOrder);
    return h('p', null, 'day' in read ? spelledOut(read.day) : '');
  },
});

CMS.registerWidget('day', DayControl, DayPreview);

const ArticlePreview = createClass({
  render(this: { props: { entry: Entry; widgetFor: (name: string) => Element } }) {
    const { entry } = this.props;
    const data = (plain(entry.get('data')) ?? {}) as Record<string, unknown>;
    return h(
      'article',
      { className: 'mx-auto max-w-3xl px-4 py-8', lang: String(data.lang ?? 'en') },
      h('h1', { className: 'font-serif text-4xl font-semibold' }, String(data.title ?? '')),
      h('p', { className: 'mt-4 text-lg' }, String(data.description ?? '')),
      h('div', {
        className: 'article-prose prose max-w-none prose-headings:font-serif prose-a:underline-offset-2 mt-8',
        dangerouslySetInnerHTML: { __html: previewHtml(String(data.body ?? ''), data.references, words.preview) },
      }),
    );
  },
});

for (const href of window.SITE_ARTICLE_STYLES ?? []) CMS.registerPreviewStyle(href);
CMS.registerPreviewTemplate('posts', ArticlePreview);

/**
 * Unsaved work from an earlier visit. Decap keeps a copy of every article being typed in the
 * browser, but restoring a new article's copy is broken upstream (decaporg/decap-cms#6989,
 * #5055), so on arrival we list every copy still waiting, each as the article file to download
 * or copy: what was typed survives a failed save, a closed tab or an expired sign-in.
 */
interface KeptCopy {
  key: string;
  raw: string;
}

/**
 * Opens Decap's browser store (localforage's `keyvaluepairs`) for one transaction; `fallback` when
 * there is none. Never creates the database: Decap creates it with its own layout.
 */
function withDecapStore<T>(mode: IDBTransactionMode, fallback: T, use: (store: IDBObjectStore, finish: (value: T) => void) => void): Promise<T> {
  return new Promise((resolve) => {
    const open = indexedDB.open('localforage');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(fallback);
    open.onsuccess = () => {
      const db = open.result;
      const finish = (value: T) => {
        db.close();
        resolve(value);
      };
      if (!db.objectStoreNames.contains('keyvaluepairs')) return finish(fallback);
      const transaction = db.transaction('keyvaluepairs', mode);
      transaction.onerror = () => finish(fallback);
      use(transaction.objectStore('keyvaluepairs'), finish);
    };
  });
}

const readKeptCopies = () =>
  withDecapStore<KeptCopy[]>('readonly', [], (store, finish) => {
    const keys = store.getAllKeys();
    const values = store.getAll();
    values.onsuccess = () =>
      finish(
        keys.result
          .map((key, index) => ({ key: String(key), value: values.result[index] as { raw?: unknown } | undefined }))
          .filter((entry) => /^backup\.[^.]+/.test(entry.key) && typeof entry.value?.raw === 'string' && entry.value.raw.trim() !== '')
          .map((entry) => ({ key: entry.key, raw: String(entry.value!.raw) })),
      );
  });

// Copies are matched by title, not by Decap's key: Decap keeps one slot for every new article, so
// two new articles would share a key and one of them would disappear from the list.
const titleOf = (copy: KeptCopy) => /^title:\s*["']?(.*?)["']?\s*$/m.exec(copy.raw)?.[1] || words.kept.untitled;

/** Drops Decap's own copies the panel showed, once staff have theirs. */
const forgetTypedCopies = (keys: readonly string[]) =>
  withDecapStore<void>('readwrite', undefined, (store, finish) => {
    for (const key of keys.filter((name) => name.startsWith('backup.'))) store.delete(key);
    store.transaction.oncomplete = () => finish();
  });

function showKeptCopies(copies: readonly KeptCopy[]) {
  if (!copies.length) return;
  const panel = document.createElement('aside');
  panel.className = 'kept-copies';
  panel.setAttribute('aria-label', words.kept.one);
  const heading = document.createElement('h2');
  heading.textContent = copies.length === 1 ? words.kept.one : words.kept.many(copies.length);
  const note = document.createElement('p');
  note.textContent = words.kept.note;
  panel.append(heading, note);
  for (const copy of copies) {
    const title = titleOf(copy);
    const row = document.createElement('p');
    const name = document.createElement('strong');
    name.textContent = title;
    const download = document.createElement('a');
    download.textContent = words.kept.download;
    download.setAttribute('aria-label', words.kept.downloadLabel(title));
    download.href = URL.createObjectURL(new Blob([copy.raw], { type: 'text/markdown' }));
    download.download = `${(copy.key.split('.').pop() || 'article').replace(/[^\w-]+/g, '-')}-unsaved.md`;
    const copyButton = document.createElement('button');
    copyButton.type = 'button';
    copyButton.textContent = words.kept.copy;
    copyButton.setAttribute('aria-label', words.kept.copyLabel(title));
    copyButton.addEventListener('click', () => {
      void navigator.clipboard.writeText(copy.raw).then(() => (copyButton.textContent = words.kept.copied));
    });
    row.append(name, ' ', download, ' ', copyButton);
    panel.append(row);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = words.kept.forget;
  close.addEventListener('click', () => {
    for (const key of Object.keys(localStorage).filter((name) => name.startsWith(KEPT_PREFIX))) localStorage.removeItem(key);
    void forgetTypedCopies(copies.map((copy) => copy.key)).then(() => panel.remove());
  });
  panel.append(close);
  document.body.append(panel);
}

const savesThatFailed = (): KeptCopy[] =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith(KEPT_PREFIX))
    .map((key) => ({ key: key.split(':').slice(1).join('-'), raw: localStorage.getItem(key) ?? '' }));

// One row per article: a save that failed, else Decap's copy of what was being typed.
void readKeptCopies().then((typed) => {
  const failed = savesThatFailed();
  showKeptCopies([...failed, ...typed.filter((copy) => !failed.some((other) => titleOf(other) === titleOf(copy)))]);
});

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
    CMS.init?.({
      config: {
        ...(parse(text) as Record<string, unknown>),
        load_config_file: false,
        locale: lang,
        local_backend: { url: `${location.origin}${LOCAL_BACKEND_PATH}` },
      },
    });
  });
