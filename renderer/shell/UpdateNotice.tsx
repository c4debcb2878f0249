import { useUpdateStatus } from '../api/hooks';
import { updateDetail, updateLine } from './update-text';

/** The status bar's line about a found, downloading or downloaded update; nothing otherwise. */
export function UpdateNotice() {
  const { data: status } = useUpdateStatus();
  const line = status && updateLine(status);
  if (!status || !line) return null;
  return (
    <span className={status.phase === 'downloaded' ? 'pill' : 'muted'} title={updateDetail(status)} data-testid="update-line">
      {line}
    </span>
  );
}
