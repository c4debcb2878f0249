import type { CharacterFollows } from '../../../electron/api/types';
import { DataTable, type Column } from '../../components/DataTable';
import { CountDelta } from '../../components/DeltaBadge';
import { href } from '../../shell/route';
import { formatCount, percentText } from '../../../db/words/numbers';

/** Which characters drive following: new followers gained through each one. */
export function TopCharacters({ rows, compared }: { rows: CharacterFollows[]; compared: boolean }) {
  const columns: Column<CharacterFollows>[] = [
    { key: 'name', header: 'Character', render: (c) => <a href={href('characters', c.id)}>{c.name}</a>, sortValue: (c) => c.name.toLowerCase() },
    {
      key: 'follows',
      header: 'New followers',
      align: 'right',
      render: (c) => (
        <span className="metric-stack">
          {formatCount(c.newFollowers.value)}
          {compared && <CountDelta value={c.newFollowers.value} previous={c.newFollowers.previous} />}
        </span>
      ),
      sortValue: (c) => c.newFollowers.value,
    },
    { key: 'share', header: 'Share', align: 'right', render: (c) => percentText(c.sharePct), sortValue: (c) => c.sharePct },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(c) => c.id}
      caption="Top characters by new followers"
      initialSort={{ key: 'follows', dir: 'desc' }}
      empty="No character gained followers in this period."
    />
  );
}
