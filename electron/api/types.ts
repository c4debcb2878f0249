// The StudioApi's results, shared by the main process and the renderer: each method's answer, and
// the failures every method may return. Plain data only: money arrives as exact decimal strings,
// instants as ISO strings. Each domain declares its methods' answers beside its handlers
// (<domain>/types.ts); the dashboards' payloads are built by the queries, whose types
// (db/queries/types) the renderer reads from here.
import type { AccountOutputs } from './account/types';
import type { AlertOutputs } from './alerts/types';
import type { AudienceOutputs } from './audience/types';
import type { ContentOutputs } from './content/types';
import type { Input } from './contract';
import type { EarningsOutputs } from './earnings/types';
import type { EventOutputs } from './events/types';
import type { FileOutputs } from './files/types';
import type { MethodName } from './methods';
import type { StatusOutputs } from './status/types';
import type { UpdateOutputs } from './updates/types';

export type * from './account/types';
export type * from './alerts/types';
export type * from './files/types';
export type * from './status/types';
export type * from './updates/types';
export type * from '../../db/queries/types/earnings';
export type * from '../../db/queries/types/outlook';
export type * from '../../db/queries/types/period';
export type * from '../../db/queries/types/content';
export type * from '../../db/queries/types/audience';
export type * from '../../db/queries/types/insights';
export type * from '../../db/queries/types/review';
export type * from '../../db/queries/types/events';

/** 'confirm': the action needs the user's explicit agreement first (the message says what to agree to). */
export type ErrorCode = 'invalid_input' | 'not_configured' | 'busy' | 'platform' | 'io' | 'not_found' | 'confirm' | 'internal';

/** Fields a creator types in, which a failure can point at. */
export type InputField = 'platformUrl' | 'token' | 'timezone' | 'syncIntervalMinutes' | 'homeCurrency' | 'taxYearStart' | 'ratesUrl' | 'ratesFile';

export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: InputField;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Each method's answer. */
export interface Outputs extends StatusOutputs, AccountOutputs, EarningsOutputs, ContentOutputs, AudienceOutputs, EventOutputs, FileOutputs, UpdateOutputs, AlertOutputs {}

export type StudioApi = { [M in MethodName]: (input: Input<M>) => Promise<Result<Outputs[M]>> };
