// Dates on paper, spelled out the same on every machine (no locale or time zone of the computer
// that prints): "Mon 14 Dec 2026"; times of records in UTC, said so.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 Dec 2026" (or, with the weekday, "Mon 14 Dec 2026") for a YYYY-MM-DD date. */
export function formatDay(isoDate: string, weekday = false): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return weekday ? `${DAYS[d.getUTCDay()]} ${day}` : day;
}

/** "10 Dec 2026, 14:02 UTC" for an ISO timestamp. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatDay(d.toISOString())}, ${hh}:${mm} UTC`;
}
