import type { Period } from '../../../shared/domain/oneonones/period';
import { formatDate } from '../ui/format';

/** A period in the user's locale, for the screen ("Nov 22, 2026 – Nov 29, 2026"). */
export function formatPeriod(period: Period): string {
  if (period.from === period.to) return formatDate(period.from);
  return `${formatDate(period.from)} – ${formatDate(period.to)}`;
}
