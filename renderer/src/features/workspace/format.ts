/** "Fri 14 Mar 2025" for a stored YYYY-MM-DD (read as a calendar date, not shifted by the time zone). */
export function formatShootDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
