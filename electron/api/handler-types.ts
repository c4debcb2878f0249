// The shape of the handler table, apart from the table itself (handlers.ts), so that each domain's
// handlers are typed by it without importing the table that merges them.
import type { ApiContext } from './context';
import type { ParsedInput } from './contract';
import type { MethodName } from './methods';
import type { Outputs } from './types';

export type Handler<M extends MethodName> = (ctx: ApiContext, input: ParsedInput<M>) => Outputs[M] | Promise<Outputs[M]>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one domain's methods. */
export type HandlersOf<M extends MethodName> = Pick<Handlers, M>;
