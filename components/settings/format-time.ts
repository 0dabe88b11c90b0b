/** "14:30" today, "tomorrow, 08:00", or "Tue 2 Dec, 09:15": short, local, unambiguous. */
export function formatWhen(epochMs: number, now: Date): string {
  const when = new Date(epochMs);
  const time = when.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const dayDiff = Math.round(
    (new Date(when.getFullYear(), when.getMonth(), when.getDate()).getTime() -
      new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime()) /
      86_400_000,
  );
  if (dayDiff === 0) return time;
  if (dayDiff === 1) return `tomorrow, ${time}`;
  const date = when.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
  return `${date}, ${time}`;
}

/** An ISO time as "2 Dec 2026, 09:15", or null when missing or unreadable. */
export function formatIso(iso: string | undefined): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}, ${d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}
