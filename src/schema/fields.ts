// The building blocks of the report schema, each carrying the one message format every reader
// gives: "<path> must be <what is accepted>, got <the value>" (e.g. `co2eG.total must be a number
// from 0 to 1000000000, got "lots"`). Reports come from files and comments we do not control, so a
// block also cleans what it reads: strings are flattened to one capped line, lists are capped, and
// an optional part that is wrong is left out with a note rather than failing the whole report.

import * as v from 'valibot';
import { collapseWhitespace, truncate } from './one-line';

/** Larger figures than any CI job could produce (a kWh-scale job is 1e3 Wh; a day is 86,400 s). */
export const MAX_FIGURE = 1e9;
export const TEXT_MAX = 500;
export const NAME_MAX = 200;

type Issue = v.BaseIssue<unknown>;
// The entries of an object schema, as valibot types them.
type Entries = v.ObjectEntries;

/** A value as a message quotes it: strings quoted and capped, objects and arrays named, not dumped. */
export function describeValue(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(truncate(collapseWhitespace(x), 40));
  if (typeof x === 'number' || typeof x === 'boolean' || x === null || x === undefined) return String(x);
  return Array.isArray(x) ? 'an array' : 'an object';
}

const says =
  (accepted: string) =>
  (issue: Issue): string =>
    `must be ${accepted}, got ${describeValue(issue.input)}`;

/** `machine.gpus[0].name` from an issue's path; "" at the root. */
export function pathText(issue: Issue): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The one message format: the path (or `subject` at the root), then what is wrong. */
export function issueText(issue: Issue, subject = 'the report'): string {
  return `${pathText(issue) || subject} ${issue.message}`;
}

// Notes about optional parts left out, for the parse that is running. valibot's config is
// copied field by field and cannot carry them, and a parse is synchronous, so one slot is enough.
let leftOutSink: string[] | null = null;

/** Runs `schema` on `value`; also returns what optional parts were left out, and why. */
export function parseCollecting<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
): { result: v.SafeParseResult<S>; leftOut: string[] } {
  const outer = leftOutSink;
  const leftOut: string[] = [];
  leftOutSink = leftOut;
  try {
    return { result: v.safeParse(schema, value, { abortEarly: true }), leftOut };
  } finally {
    leftOutSink = outer;
  }
}

// Numbers are most of a report (a timeline alone has 240), so each is one check, not a pipe.
export const num = (min = 0, max = MAX_FIGURE) =>
  v.custom<number>(
    (x) => typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max,
    says(`a number from ${min} to ${max}`),
  );

export const int = (min = 0, max = MAX_FIGURE) =>
  v.custom<number>(
    (x) => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max,
    says(`a whole number from ${min} to ${max}`),
  );

/** One line, control and invisible characters removed, capped at `max` characters. */
export const text = (max = TEXT_MAX) =>
  v.pipe(
    v.string(says('a string')),
    v.transform((s) => truncate(collapseWhitespace(s), max)),
  );

export const date = () => {
  const m = says('an ISO date');
  return v.pipe(
    v.string(m),
    v.check((s) => !Number.isNaN(Date.parse(s)), m),
    v.transform((s) => truncate(collapseWhitespace(s), 40)),
  );
};

export const bool = () => v.boolean(says('true or false'));

export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.picklist(options, says(`one of ${options.join(', ')}`));

export const exactly = <const T extends string | number>(value: T) =>
  v.literal(value, says(typeof value === 'string' ? JSON.stringify(value) : String(value)));

export const NOT_AN_OBJECT = 'is missing or not an object';

/** What the schema at `entries[key]` says about a missing value (valibot reports a missing key on the parent). */
function missingMessage(entries: Entries, issue: Issue): string {
  const key = issue.path?.[issue.path.length - 1]?.key;
  let schema = entries[String(key)] as { type?: string; message?: unknown; wrapped?: unknown } | undefined;
  while (schema && schema.message === undefined && schema.wrapped) schema = schema.wrapped as typeof schema;
  if (schema?.type === 'object') return NOT_AN_OBJECT;
  if (typeof schema?.message === 'string') return schema.message;
  return typeof schema?.message === 'function'
    ? (schema.message as (i: Issue) => string)({ ...issue, input: undefined })
    : 'is missing';
}

const withoutUndefined = <T extends object>(o: T): T => {
  for (const k of Object.keys(o)) if ((o as Record<string, unknown>)[k] === undefined) delete (o as never)[k];
  return o;
};

/** An object with these fields; unknown fields are dropped, optional fields left out are absent, not undefined. */
export const obj = <const E extends Entries>(entries: E) => {
  const object = v.object(entries, (issue: Issue) =>
    issue.input === undefined ? missingMessage(entries, issue) : NOT_AN_OBJECT,
  );
  // valibot's object takes an array for an object; a report part never is one.
  const notArray = v.custom<Record<string, unknown>>(
    (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
    NOT_AN_OBJECT,
  );
  // A left-out optional field comes back as undefined; only objects that have one need the sweep.
  const hasDroppable = Object.values(entries).some((e) => 'fallback' in e);
  return hasDroppable ? v.pipe(notArray, object, v.transform(withoutUndefined)) : v.pipe(notArray, object);
};

/**
 * An optional part: absent is fine; present and wrong, it is left out with a note naming `name`
 * (the part's path; "[]" stands for any item of a list), so one bad optional field never costs a report.
 */
export const droppable = <S extends v.GenericSchema>(name: string, schema: S) =>
  v.fallback(v.optional(schema), (dataset) => {
    const issue = dataset?.issues?.[0];
    if (issue) {
      const inner = pathText(issue);
      leftOutSink?.push(
        `${name}${inner === '' || inner.startsWith('[') ? inner : `.${inner}`} ${issue.message}; left out`,
      );
    }
    return undefined;
  });

/** Optional text: also left out when empty. */
export const optionalText = (name: string, max = TEXT_MAX) =>
  droppable(
    name,
    v.pipe(
      text(max),
      v.transform((s) => (s === '' ? undefined : s)),
    ),
  );

const UNREADABLE = Symbol('unreadable');

/** A list whose unreadable items are left out (counted in one note), capped at `max` items. */
export const list = <S extends v.GenericSchema>(name: string, item: S, max: number) =>
  v.pipe(
    v.array(v.unknown(), says('an array')),
    v.transform((items) => {
      if (items.length > max)
        leftOutSink?.push(`${name}: ${items.length - max} item(s) beyond the first ${max} left out`);
      return items.slice(0, max);
    }),
    v.array(v.fallback(item, () => UNREADABLE as never)),
    v.transform((items) => {
      const out = items.filter((x) => x !== (UNREADABLE as unknown)) as v.InferOutput<S>[];
      if (out.length < items.length)
        leftOutSink?.push(`${name}: ${items.length - out.length} unreadable item(s) left out`);
      return out;
    }),
  );

/** A list, as `list`, that is empty when absent. */
export const listOrEmpty = <S extends v.GenericSchema>(name: string, item: S, max: number) =>
  v.optional(list(name, item, max), () => []);

/** Exactly `length` numbers from 0 to `max` (a histogram, a power curve). */
export const numbers = (length: number, max = MAX_FIGURE) =>
  v.pipe(
    v.array(num(0, max), () => `must be an array of ${length} numbers`),
    v.length(length, () => `must be an array of ${length} numbers`),
  );
