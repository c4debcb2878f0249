// Where a character's conversations end and what its users ask about: the platform's counts only,
// never a word of any chat.
import type { ChatLengthBucket, CharacterDetail, DropOffPoint, PeriodSpec, TopicRow } from '../../../electron/api/types';
import { DataTable, type Column } from '../../components/DataTable';
import { ExportButton } from '../../components/ExportButton';
import { Section } from '../../components/Section';
import { MetricDelta } from '../content/Metric';
import { DropOffChart } from './DropOffCurve';
import { Reason } from './NotAvailable';
import { formatCount, percentText, ratioText } from '../../../db/words/numbers';
import { chatLengthName } from '../../../db/words/vocabulary';

type Request = (table: string) => { dashboard: 'characters'; table: string; period: PeriodSpec; id: string };

const COUNT = { label: '', unit: 'count' as const, why: '' };

function curveColumns(compared: boolean): Column<DropOffPoint>[] {
  return [
    { key: 'after', header: 'After this many messages', render: (p) => String(p.after) },
    { key: 'share', header: 'Still going', align: 'right', render: (p) => ratioText(p.share) },
    ...(compared ? [{ key: 'previous', header: 'Comparison period', align: 'right' as const, render: (p: DropOffPoint) => ratioText(p.previous) }] : []),
  ];
}

export function DropOff({ d, request }: { d: CharacterDetail; request: Request }) {
  const c = d.chatLengths;
  const compared = !!d.period.previous && c.previousTotal !== null;
  return (
    <Section
      title="Where conversations end"
      id="drop-off"
      actions={!c.unavailable && <ExportButton request={request('drop-off')} />}
      note="Of the chats that ended in the period, the share still going after each number of messages: where the line falls, people left. The platform counts chats by length only; no chat text reaches the studio."
    >
      {c.unavailable ? (
        <Reason reason={c.unavailable} />
      ) : (
        <>
          <div className="drop-off-layout">
            <DropOffChart c={c} compared={!!d.period.previous} />
            <DataTable caption="Share of chats still going after each number of messages" columns={curveColumns(compared)} rows={c.total === 0 ? [] : c.curve} rowKey={(p) => String(p.after)} empty="No chats ended in this period." />
          </div>
          {d.period.previous && <Reason reason={c.previousUnavailable} />}
        </>
      )}
    </Section>
  );
}

function lengthColumns(compared: boolean): Column<ChatLengthBucket>[] {
  return [
    { key: 'length', header: 'Length', render: (b) => chatLengthName(b.length) },
    { key: 'chats', header: 'Chats', align: 'right', render: (b) => <span className="metric-cell">{formatCount(b.chats)}{compared && <MetricDelta m={{ value: b.chats, previous: b.previous }} meta={COUNT} compact />}</span>, sortValue: (b) => b.chats },
    { key: 'share', header: 'Share', align: 'right', render: (b) => percentText(b.sharePct), sortValue: (b) => b.sharePct },
  ];
}

export function ChatLengthsTable({ d, request }: { d: CharacterDetail; request: Request }) {
  const c = d.chatLengths;
  const compared = !!d.period.previous && c.previousTotal !== null;
  return (
    <Section title="Chats by length" id="chat-lengths" actions={!c.unavailable && <ExportButton request={request('chat-lengths')} />}>
      {c.unavailable ? (
        <Reason reason={c.unavailable} />
      ) : (
        <DataTable caption="Chats that ended in the period, by number of messages" columns={lengthColumns(compared)} rows={c.total === 0 ? [] : c.buckets} rowKey={(b) => b.length} empty="No chats ended in this period." />
      )}
    </Section>
  );
}

function topicColumns(compared: boolean): Column<TopicRow>[] {
  return [
    { key: 'rank', header: 'Rank', align: 'right', render: (t) => (t.rank === null ? <span className="muted" title="not counted in this period">–</span> : String(t.rank)), sortValue: (t) => t.rank },
    { key: 'topic', header: 'Topic', render: (t) => <span className="cell-text">{t.topic}</span>, sortValue: (t) => t.topic },
    { key: 'chats', header: 'Chats', align: 'right', render: (t) => <span className="metric-cell">{formatCount(t.chats)}{compared && <MetricDelta m={{ value: t.chats, previous: t.previous }} meta={COUNT} compact />}</span>, sortValue: (t) => t.chats },
    { key: 'share', header: 'Share', align: 'right', render: (t) => percentText(t.sharePct), sortValue: (t) => t.sharePct },
    ...(compared
      ? [{ key: 'previousRank', header: 'Rank before', align: 'right' as const, render: (t: TopicRow) => (t.previousRank === null ? <span className="muted" title="not counted in the comparison period">–</span> : String(t.previousRank)), sortValue: (t: TopicRow) => t.previousRank }]
      : []),
  ];
}

export function TopicsTable({ d, request }: { d: CharacterDetail; request: Request }) {
  const t = d.topics;
  const compared = !!d.period.previous && !t.previousUnavailable;
  return (
    <Section
      title="What users ask about"
      id="topics"
      actions={!t.unavailable && <ExportButton request={request('topics')} rowOrder={t.rows.map((r) => r.topic)} />}
      note="Topics are the platform’s own labels, counted on a day only where at least ten of the character’s chats had one, so no single conversation can be recognised. No chat text reaches the studio."
    >
      {t.unavailable ? (
        <Reason reason={t.unavailable} />
      ) : (
        <>
          <DataTable caption="Topics of the period, most chats first" columns={topicColumns(compared)} rows={t.rows} rowKey={(r) => r.topic} empty="No topic reached ten chats on a day of this period." pageSize={10} />
          {d.period.previous && <Reason reason={t.previousUnavailable} />}
        </>
      )}
    </Section>
  );
}
