/**
 * What the editor checks before it saves or publishes, in the screen's words: the schemas and the
 * citation rule before a save, the signed review before an article goes public; and Decap's own
 * notices reworded to match.
 */
import { stringify } from 'yaml';
import { checkEditorEntry, checkEditorFile, checkReadyToPublish, describeProblems, unescapeCitations } from '../lib/editor/checks.ts';
import { AUTHOR_FIELDS, fieldLabel, POST_FIELDS, SITE_PAGE_FIELDS, TOPIC_FIELDS } from '../lib/editor/config.ts';
import { messageWords } from '../lib/editor/words.ts';
import { CMS, isPost, lang, plain, tidyImmutable, words, type Immutable } from './decap.ts';
import { forgetKeptCopy, keepCopy } from './unsaved-work.ts';
import { asImmutableLike, sourcesOf } from './original-sources.ts';
import { applySignature } from './review-signature.ts';

/**
 * A refusal in the screen's words. Decap shows a failed save as its toast text followed by the
 * error; an Error would add "Error:" in front, so this one reads as its message alone.
 */
class EditorMessage extends Error {
  override toString() {
    return this.message;
  }
}

const FIELDS_OF = { posts: POST_FIELDS, authors: AUTHOR_FIELDS, topics: TOPIC_FIELDS, pages: SITE_PAGE_FIELDS } as const;
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
  handler: async ({ entry }) => {
    let data = tidyImmutable(entry.get('data')) as Immutable;
    const collection = entry.get('collection');
    if (collection === 'authors' || collection === 'topics' || collection === 'pages') {
      // A translated page's original is picked from a list that names it "<folder>/index".
      const original = data.get('translationOf');
      if (collection === 'pages' && typeof original === 'string') data = data.set('translationOf', original.replace(/\/index$/, ''));
      // A page's text is its body; the fields are checked like a person's or a topic's.
      const { body: _text, ...fields } = data.toJS() as Record<string, unknown>;
      const problems = checkEditorFile(collection, fields);
      if (problems.length) throw refusal(collection, problems);
      return data;
    }
    // "Sign the medical review" is an action: it sets the reviewer and the date, and is not saved itself.
    data = applySignature(data);
    // The original is picked from a list that names it "<folder>/index"; the file keeps the folder name.
    const picked = data.get('translationOf');
    const original = typeof picked === 'string' ? picked.replace(/\/index$/, '') : undefined;
    if (original && original !== picked) data = data.set('translationOf', original);
    // A translation with no sources yet starts from its original's.
    const sources = data.get('references') as Immutable | undefined;
    if (original && (!sources || sources.size === 0)) {
      const copied = await sourcesOf(original);
      if (copied.length) data = data.set('references', asImmutableLike(data, copied));
    }
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
CMS.registerEventListener({ name: 'postSave', handler: ({ entry }) => forgetKeptCopy(entry) });

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
export function rewordDecap() {
  const own = CMS.getLocale?.(lang) as { ui?: { toast?: Record<string, string> } } | undefined;
  if (!own?.ui?.toast) return;
  CMS.registerLocale?.(lang, { ...own, ui: { ...own.ui, toast: { ...own.ui.toast, ...words.toasts } } });
}
