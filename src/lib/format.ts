/** Display helpers shared by pages and feeds. Dates in frontmatter are calendar days (UTC midnight). */

// Building an Intl formatter costs far more than using one, and every page formats dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return found;
}

export function formatDate(date: Date, locale = 'en-US'): string {
  return formatter(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

/** `2026-09-14`, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "Monday to Friday: 8:00 AM - 6:00 PM" or "Sunday: Closed" (`closed` is the word in the page's language). */
export function formatHours(entry: { days: string; opens?: string; closes?: string }, locale = 'en-US', closed = 'Closed'): string {
  if (!entry.opens || !entry.closes) return `${entry.days}: ${closed}`;
  const time = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    return formatter(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(Date.UTC(2000, 0, 1, h, m)));
  };
  return `${entry.days}: ${time(entry.opens)} – ${time(entry.closes)}`;
}

/** Postal address on one line. */
export function formatAddress(address: { street: string; city: string; region: string; postalCode: string }): string {
  return `${address.street}, ${address.city}, ${address.region} ${address.postalCode}`;
}

/** Link to a map search for the address (no embedded third-party map). */
export function mapHref(address: { street: string; city: string; region: string; postalCode: string }): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(formatAddress(address))}`;
}
