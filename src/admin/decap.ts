/**
 * Decap CMS as our additions see it: the global it puts on the page, the parts of its Immutable.js
 * values our hooks use, and the language staff chose for the editor.
 */
import { chooseEditorLang, EDITOR_WORDS } from '../lib/editor/words.ts';
import { tidyEditorEntry } from '../lib/editor/checks.ts';

/** The parts of Immutable.js values Decap hands to these hooks. */
export interface Immutable {
  toJS(): unknown;
  get(key: string): unknown;
  set(key: string, value: unknown): Immutable;
  delete(key: string): Immutable;
  map(fn: (value: unknown) => unknown): Immutable;
  filter(fn: (value: unknown) => boolean): Immutable;
  size: number;
}
export interface Entry extends Immutable {
  getIn(path: string[]): unknown;
}
export type Element = unknown;
type CreateElement = (type: string | object, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;
interface DecapCms {
  registerEventListener(listener: { name: string; handler: (event: { entry: Entry }) => unknown }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(collection: string, template: unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
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

export const { CMS, h, createClass } = window;

/** The editor's language: the person's choice (the switch at the bottom of the page), else the browser's. */
export const LANG_KEY = 'sunshine-editor-language';
export const lang = chooseEditorLang(localStorage.getItem(LANG_KEY), navigator.languages);
export const words = EDITOR_WORDS[lang];
export const dayOrder = lang === 'es' ? 'day-first' : 'month-first';
document.documentElement.lang = lang;
export const isImmutable = (value: unknown): value is Immutable =>
  typeof value === 'object' && value !== null && typeof (value as Immutable).toJS === 'function';
export const plain = (value: unknown) => (isImmutable(value) ? value.toJS() : value);

/** Removes what staff cleared, keeping Decap's own Immutable values (preSave must return one). */
export function tidyImmutable(value: unknown): unknown {
  if (!isImmutable(value)) return tidyEditorEntry(value);
  return value.map(tidyImmutable).filter((inner) => {
    const tidied = plain(inner);
    return !(tidied === undefined || tidied === null || tidied === '' || (isImmutable(inner) && inner.size === 0));
  });
}

export const isPost = (entry: Entry) => entry.get('collection') === 'posts';
