// The contract's row schemas (zod) compiled into plain functions for rows that pass: the same checks
// (zod's own check functions, patterns and transforms, read from each schema's definition) without
// the bookkeeping zod spends on every value to report what failed. A row the compiled check does not
// pass, or a schema part it does not know, goes to zod itself, which decides and names the fault: the
// schemas stay the one definition. A first sync checks millions of rows: 1-2 µs each instead of 7-10.
import type { z } from 'zod';

/** What a compiled check answers for a value it does not pass. */
export const FAIL: unique symbol = Symbol('fail');
type Check = (value: unknown) => unknown;

/** zod's internals, as far as they are read here. */
interface Internals {
  def: {
    type: string;
    checks?: Node[];
    coerce?: boolean;
    shape?: Record<string, Node>;
    catchall?: Node;
    element?: Node;
    options?: Node[];
    discriminator?: string;
    innerType?: Node;
    in?: Node;
    out?: Node;
    transform?: (value: unknown, payload: Payload) => unknown;
    when?: (payload: Payload) => boolean;
  };
  traits: Set<string>;
  values?: Set<unknown>;
  propValues?: Record<string, Set<unknown>>;
  optin?: string;
  check?: (payload: Payload) => unknown;
}
interface Node {
  _zod: Internals;
}
interface Payload {
  value: unknown;
  issues: unknown[];
  addIssue?: (issue: unknown) => void;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema's checks as zod runs them after its type: the schema itself when it is one (string formats). */
function checksOf(node: Node): Check | null {
  const own = node._zod.def.checks ?? [];
  const all = node._zod.traits.has('$ZodCheck') ? [node, ...own] : own;
  if (all.length === 0) return null;
  // One payload per schema part, emptied before each use: checks and transforms run synchronously
  // and keep nothing of it, and a new one per value was most of the time these checks took.
  // Its issues are emptied only after a failure: setting an array's length is a call into V8 even
  // when it is already 0, and it was a tenth of a row's check.
  const payload: Payload = { value: undefined, issues: [] };
  const steps = all.map((check) => ({ when: check._zod.def.when, check: check._zod.check! }));
  return (value) => {
    payload.value = value;
    for (const { when, check } of steps) {
      if (when && !when(payload)) continue;
      const done = check(payload);
      if (done instanceof Promise || payload.issues.length > 0) {
        payload.issues.length = 0;
        return FAIL;
      }
    }
    return payload.value; // a check may rewrite the value (trim, lower case)
  };
}

/** The whole of zod for a part this module does not compile. */
function byZod(node: Node): Check {
  const schema = node as unknown as z.ZodType;
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : FAIL;
  };
}

function compileType(node: Node): Check {
  const def = node._zod.def;
  switch (def.type) {
    case 'string':
      return def.coerce ? byZod(node) : (v) => (typeof v === 'string' ? v : FAIL);
    case 'number':
      return def.coerce ? byZod(node) : (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
    case 'unknown':
    case 'any':
      return (v) => v;
    case 'enum':
    case 'literal': {
      const values = node._zod.values;
      return values ? (v) => (values.has(v) ? v : FAIL) : byZod(node);
    }
    case 'optional': {
      if (def.innerType!._zod.optin === 'defaulted') return byZod(node);
      const inner = compile(def.innerType!);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'nullable': {
      const inner = compile(def.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    case 'pipe': {
      const into = compile(def.in!);
      const out = compile(def.out!);
      return (v) => {
        const mid = into(v);
        return mid === FAIL ? FAIL : out(mid);
      };
    }
    case 'transform': {
      const transform = def.transform!;
      const payload: Payload = { value: undefined, issues: [] };
      payload.addIssue = (issue) => void payload.issues.push(issue);
      return (v) => {
        payload.value = v;
        const out = transform(v, payload);
        if (out instanceof Promise || payload.issues.length > 0) {
          payload.issues.length = 0;
          return FAIL;
        }
        return out;
      };
    }
    case 'union': {
      if (def.discriminator !== undefined) {
        const byKey = discriminated(def.discriminator, def.options!);
        if (byKey) return byKey;
      }
      // The first option that passes, as zod's union answers.
      const options = def.options!.map(compile);
      return (v) => {
        for (const option of options) {
          const out = option(v);
          if (out !== FAIL) return out;
        }
        return FAIL;
      };
    }
    case 'array': {
      const element = compile(def.element!);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) if ((out[i] = element(v[i])) === FAIL) return FAIL;
        return out;
      };
    }
    case 'object': {
      if (def.catchall) return byZod(node);
      // Unknown keys are left out, as z.object does. A field whose answer is undefined (an absent
      // optional one) goes to zod, which decides whether the key is kept.
      const fields = Object.entries(def.shape!).map(([key, field]) => [key, compile(field)] as const);
      return (v) => {
        if (!isObject(v)) return FAIL;
        const out: Record<string, unknown> = {};
        for (const [key, field] of fields) {
          const value = field(v[key]);
          if (value === FAIL || value === undefined) return FAIL;
          out[key] = value;
        }
        return out;
      };
    }
    default:
      return byZod(node);
  }
}

/** A discriminated union: the option whose key values hold the row's (null when they overlap). */
function discriminated(key: string, options: Node[]): Check | null {
  const byValue = new Map<unknown, Check>();
  for (const option of options) {
    const values = option._zod.propValues?.[key];
    if (!values || values.size === 0) return null;
    const check = compile(option);
    for (const value of values) {
      if (byValue.has(value)) return null;
      byValue.set(value, check);
    }
  }
  return (v) => {
    if (!isObject(v)) return FAIL;
    const option = byValue.get(v[key]);
    return option ? option(v) : FAIL;
  };
}

function compile(node: Node): Check {
  const type = compileType(node);
  const checks = checksOf(node);
  if (!checks) return type;
  return (v) => {
    const out = type(v);
    return out === FAIL ? FAIL : checks(out);
  };
}

/** A schema's fast path: its output for a value it passes, FAIL for any other (zod then decides). */
export function compileSchema<S extends z.ZodType>(schema: S): (value: unknown) => z.output<S> | typeof FAIL {
  return compile(schema as unknown as Node) as (value: unknown) => z.output<S> | typeof FAIL;
}
