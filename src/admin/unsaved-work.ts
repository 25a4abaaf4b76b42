/** Unsaved work: each article a save was tried for, kept in this browser until the save succeeds, and offered as a file on the next visit. */
import { words, type Entry } from './decap.ts';

const KEPT_PREFIX = 'sunshine-editor-kept:';
const keptCopyKey = (entry: Entry) => `${KEPT_PREFIX}${String(entry.get('collection'))}:${String(entry.getIn(['data', 'title']) ?? '')}`;
export function keepCopy(entry: Entry, raw: string) {
  try {
    localStorage.setItem(keptCopyKey(entry), raw);
  } catch {
    // Storage full or blocked: Decap's own copy and the open form remain.
  }
}

/** The save succeeded: the kept copy of that article is not needed any more. */
export const forgetKeptCopy = (entry: Entry) => localStorage.removeItem(keptCopyKey(entry));

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
