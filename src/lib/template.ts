/**
 * Dictionary strings with links inside them keep the whole sentence in one string, so each
 * language orders its words freely: `'Call {line} or {chat}.'` -> ['Call ', {slot:'line'}, ' or ', {slot:'chat'}, '.'].
 */
export type TemplatePart = string | { slot: string };

export function splitTemplate(text: string): TemplatePart[] {
  return text
    .split(/(\{[a-zA-Z]+\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{[a-zA-Z]+\}$/.test(part) ? { slot: part.slice(1, -1) } : part));
}

/** The names of a template's slots, in order (a slot may appear twice). */
export const templateSlots = (text: string) => splitTemplate(text).flatMap((part) => (typeof part === 'string' ? [] : [part.slot]));

/** Escapes text for HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
