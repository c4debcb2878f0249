// Looking ahead: estimates, always apart from what happened. Every amount is an exact decimal string.

/** An estimate of where a total will end: what is already in, and the low, base and high figures. */
export interface EstimateRange {
  /** Already earned (today's part so far included). */
  actual: string;
  low: string;
  base: string;
  high: string;
}

/** Where the band came from: the same point of recent months replayed, the spread of recent weeks, or
 *  too little history to measure one (then it runs from what is earned to twice the rest). */
export type BandSource = 'months' | 'weeks' | 'none';

export interface StreamProjection {
  stream: string;
  month: EstimateRange;
  year: EstimateRange;
}

export interface CurrencyProjection {
  currency: string;
  month: EstimateRange;
  year: EstimateRange;
  /** 'run-rate': each remaining day at the streams' run-rates; 'lumps': money that comes on fewer than
   *  half the days, expected as what the rest of one recent month brought from this point: of the last
   *  twelve, the one closest to all of them in proportion to their totals. */
  basis: 'run-rate' | 'lumps';
  band: BandSource;
  /** The recent months the band was measured on (0–12). */
  comparable: number;
  streams: StreamProjection[];
  /** What each remaining day of the month is expected to bring, today (its part still to come) first. */
  days: string[];
}

/** A payout already made and not yet arrived. */
export interface PayoutOnItsWay {
  id: string;
  createdAt: string;
  amount: string;
  received: string;
  status: 'pending' | 'processing';
  /** The expected arrival window, from past payouts' processing times; null without any. */
  arrival: { from: string; to: string } | null;
}

export interface NextPayout {
  currency: string;
  /** The next processing: the first business day on or after the 1st of the month it falls in. */
  processingOn: string;
  /** True when that processing began already (this month's, within its first week) and has not paid this currency out yet. */
  underWay: boolean;
  /** True when the 1st of that month is a Saturday or Sunday and processing moves to the Monday. */
  movedFromWeekend: boolean;
  available: string;
  /** Pending money released by that processing: what was earned before its month, and the estimate of
   *  what the rest of this month brings when the processing is next month's. */
  released: EstimateRange;
  /** available + released: what the processing would pay out if it clears the minimum. */
  amount: Omit<EstimateRange, 'actual'>;
  /** Of amount, what is already certain (available + pending earned before the processing's month). */
  certain: string;
  minimum: string | null;
  /** 'yes': even the low figure clears it; 'likely': the base does; 'unlikely': only the high does; 'no': not even the high. */
  clears: 'yes' | 'likely' | 'unlikely' | 'no';
  /** Money a failed payout returned to the available balance since the last paid one (0 when none). */
  returned: string;
  /** Business days from processing to arrival in past payouts (the last six arrived ones); null without any. */
  processingDays: { min: number; max: number } | null;
  /** processingOn plus those business days; null without past payouts. */
  arrival: { from: string; to: string } | null;
  onItsWay: PayoutOnItsWay | null;
  /** "When will I get paid, and about how much", in one sentence; null with nothing to say. */
  sentence: string | null;
}

export interface GoalProgress {
  currency: string;
  goal: string;
  /** This month so far. */
  earned: string;
  /** Of the goal, 0–100, whole percent rounded down. */
  progressPct: number;
  projected: Omit<EstimateRange, 'actual'>;
  /** 'reached': already; 'on-track': even the low figure gets there; 'within-reach': the base or the high does; 'unlikely': not even the high. */
  outlook: 'reached' | 'on-track' | 'within-reach' | 'unlikely';
  /** The last twelve whole months (fewer with less history) and how many reached the goal. */
  recent: { months: number; reached: number };
}

export interface EarningsOutlook {
  /** The month estimated, YYYY-MM, and today in the reporting timezone. */
  month: string;
  today: string;
  /** The instant the estimates were made at: today's part so far runs to it, and its export is read at it. */
  asOfMs: number;
  /** The remaining days of the month, today first (as CurrencyProjection.days). */
  days: string[];
  projections: CurrencyProjection[];
  nextPayouts: NextPayout[];
  goals: GoalProgress[];
}

/** A character's, plugin's or story's month ahead, on its own page. */
export interface ItemOutlook {
  /** The month estimated, YYYY-MM, and today, in the reporting timezone. */
  month: string;
  today: string;
  /** The instant the estimates were made at (as EarningsOutlook.asOfMs). */
  asOfMs: number;
  /** Its money per currency (all its streams together). */
  money: { currency: string; month: EstimateRange; basis: 'run-rate' | 'lumps'; band: BandSource; comparable: number }[];
  /** Its chats (plays for a story), by UTC day as the platform publishes them; null without stats. */
  count: {
    label: string;
    /** The UTC month estimated, YYYY-MM, and its newest published day. */
    month: string;
    through: string;
    /** True when days before today (UTC) are not published yet: they are estimated with the rest. */
    behind: boolean;
    estimate: { actual: number; low: number; base: number; high: number };
    band: BandSource;
    comparable: number;
  } | null;
}
