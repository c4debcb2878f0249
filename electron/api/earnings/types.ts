// What the Earnings methods answer: the payloads the earnings queries build (db/queries/types).
import type { EarningsDashboard, PayoutSource } from '../../../db/queries/types/earnings';

export interface EarningsOutputs {
  earnings: EarningsDashboard;
  payoutBreakdown: PayoutSource[];
}
