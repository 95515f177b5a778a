import type { Language } from './languages';

const dateTimes = new Map<string, Intl.DateTimeFormat>();
const relatives = new Map<string, Intl.RelativeTimeFormat>();

export function formatDateTime(iso: string, language: Language): string {
  let format = dateTimes.get(language);
  if (!format) dateTimes.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(new Date(iso));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

// "3 minutes ago" / "3分钟前", from the largest unit that fits.
export function formatRelative(iso: string, language: Language, now: number = Date.now()): string {
  let format = relatives.get(language);
  if (!format) relatives.set(language, (format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })));
  let value = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}

// A response time in the largest unit that keeps it readable: "45 min", "3.5 hr", "2 days".
export function formatDuration(seconds: number, language: Language): string {
  const [unit, size]: [string, number] = seconds < 3600 ? ['minute', 60] : seconds < 172_800 ? ['hour', 3600] : ['day', 86_400];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(seconds / size);
}
