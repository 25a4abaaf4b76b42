/**
 * Turns Zod issues into lines a clinic editor can act on:
 * `hero.alt: required - describe the image for readers who cannot see it`.
 * Kept free of Astro imports so the content checker, the build and the tests share it.
 */
import type { z } from 'astro/zod';

export interface FieldProblem {
  /** Dotted path of the field, e.g. `hero.alt` or `references.2.doi`; empty for the whole entry. */
  field: string;
  /** What is wrong and how to fix it, in one sentence. */
  message: string;
}

/** Edit distance counting a swap of neighbouring letters as one edit ("emial" -> "email"). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The closest known key to a mistyped one, if it is close enough to be a typo. */
export function suggestKey(unknown: string, known: readonly string[]): string | undefined {
  const lower = unknown.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = key.toLowerCase() === lower ? 0 : editDistance(lower, key.toLowerCase());
    if (!best || distance < best.distance) best = { key, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(unknown.length / 3)) ? best.key : undefined;
}

function describeReceived(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 37)}...` : input}"`;
  return `${typeof input === 'object' ? 'a group of fields' : String(input)}`;
}

/** Walks an object along a Zod issue path to find what the editor actually wrote there. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Known keys at a path, read from the schema's shape so "did you mean" hints never go stale.
 */
export type KnownKeysLookup = (path: readonly PropertyKey[]) => readonly string[];

export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown, knownKeysAt: KnownKeysLookup = () => []): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = knownKeysAt(issue.path);
        const suggestion = suggestKey(key, known);
        problems.push({
          field: field ? `${field}.${key}` : key,
          message: suggestion
            ? `unknown field "${key}" - did you mean "${suggestion}"? Rename it.`
            : `unknown field "${key}" - remove it or check its spelling${known.length ? ` (allowed: ${known.join(', ')})` : ''}.`,
        });
      }
      continue;
    }
    const received = valueAt(input, issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type' && received === undefined) {
      // Schemas may already word their own "required - ..." message; generic ones get a default.
      if (issue.message.startsWith('Invalid input')) message = `required - add a ${issue.expected} value`;
      else if (!issue.message.startsWith('required')) message = `required - ${issue.message}`;
    } else if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      message = `expected ${issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`}, got ${describeReceived(received)}`;
    }
    problems.push({ field, message });
  }
  return problems;
}

/** Known keys of a Zod object schema at a path (objects, arrays of objects and optionals). */
export function knownKeysOf(schema: z.core.$ZodType): KnownKeysLookup {
  return (path) => {
    let current: z.core.$ZodType | undefined = schema;
    const unwrap = (s: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
      let node = s;
      for (let guard = 0; node && guard < 10; guard++) {
        const def = node._zod.def as unknown as {
          type: string;
          innerType?: z.core.$ZodType;
          in?: z.core.$ZodType;
          schema?: z.core.$ZodType;
        };
        if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') {
          node = def.innerType;
        } else if (def.type === 'pipe') {
          node = def.in;
        } else {
          break;
        }
      }
      return node;
    };
    current = unwrap(current);
    for (const key of path) {
      if (!current) return [];
      const def = current._zod.def as unknown as {
        type: string;
        shape?: Record<string, z.core.$ZodType>;
        element?: z.core.$ZodType;
      };
      if (def.type === 'object' && typeof key === 'string') current = unwrap(def.shape?.[key]);
      else if (def.type === 'array') current = unwrap(def.element);
      else return [];
    }
    const def = current?._zod.def as unknown as { type: string; shape?: Record<string, unknown> } | undefined;
    return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
  };
}
