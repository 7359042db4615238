/**
 * When the scheduled publish (`.github/workflows/publish.yml`) rebuilds the site: once a day, just
 * after the clinic's midnight, so that offers and review dates switch on the clinic's day.
 *
 * GitHub's `on.schedule` crons are read in UTC here. GitHub now also accepts a `timezone:` key on a
 * schedule, but the offline validator the tests run (`@action-validator/cli` 0.6.0, the latest) rejects
 * it, and a zone written there would be a second copy of `timeZone` in `content/clinic.yaml`. So the
 * workflow runs at both UTC times that can be just after the clinic's midnight (summer and winter
 * time) and builds only on the run whose scheduled time is: the clinic's zone is read from the
 * clinic file on every run.
 */

import { calendarDayIn, isoDay } from "./dates.ts";

/** How soon after the clinic's midnight a scheduled run must be planned to count as "just after". */
export const JUST_AFTER_MIDNIGHT_MINUTES = 60;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A daily cron as GitHub writes it, "M H * * *": minute and hour of the day, in UTC. */
export interface DailyCron {
  minute: number;
  hour: number;
}

const DAILY_CRON = /^(\d{1,2}) (\d{1,2}) \* \* \*$/;

/** Reads "5 7 * * *"; throws on any cron that is not once a day at a fixed time. */
export function parseDailyCron(cron: string): DailyCron {
  const match = DAILY_CRON.exec(cron.trim());
  const minute = Number(match?.[1]);
  const hour = Number(match?.[2]);
  if (match === null || minute > 59 || hour > 23) {
    throw new Error(`"${cron}" is not a daily cron ("M H * * *", minute 0-59, hour 0-23 in UTC).`);
  }
  return { minute, hour };
}

/** "5 7 * * *" */
export function formatDailyCron({ minute, hour }: DailyCron): string {
  return `${minute} ${hour} * * *`;
}

/**
 * The moment a run of `cron` was planned for: the latest such time at or before `now`. GitHub may
 * start a scheduled run late (busy hours), so the run judges by its planned time, not by its clock.
 */
export function plannedInstant(cron: DailyCron, now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), cron.hour, cron.minute);
  return new Date(today <= now.getTime() ? today : today - DAY_MS);
}

/** True when the clinic's midnight fell in the hour before `instant` (its calendar day began then). */
export function isJustAfterMidnight(instant: Date, timeZone: string): boolean {
  const before = new Date(instant.getTime() - JUST_AFTER_MIDNIGHT_MINUTES * MINUTE_MS);
  return isoDay(calendarDayIn(instant, timeZone)) !== isoDay(calendarDayIn(before, timeZone));
}

/**
 * The clinic's days, from `from` for `days` days, on which the crons would not publish exactly once:
 * with their number of publishing runs (0: the day's offers switch a day late; 2: a wasted build).
 */
export function daysNotPublishedOnce(
  crons: readonly DailyCron[],
  timeZone: string,
  from: Date,
  days: number,
): { day: string; runs: number }[] {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const runs = new Map<string, number>();
  // A run on UTC day d can fall on the clinic's day d-1, d or d+1: look one day beyond each end.
  for (let day = -1; day <= days; day++) {
    for (const cron of crons) {
      const instant = new Date(start + day * DAY_MS + (cron.hour * 60 + cron.minute) * MINUTE_MS);
      if (isJustAfterMidnight(instant, timeZone)) {
        const local = isoDay(calendarDayIn(instant, timeZone));
        runs.set(local, (runs.get(local) ?? 0) + 1);
      }
    }
  }
  const wrong: { day: string; runs: number }[] = [];
  for (let day = 0; day < days; day++) {
    const local = isoDay(new Date(start + day * DAY_MS));
    const count = runs.get(local) ?? 0;
    if (count !== 1) wrong.push({ day: local, runs: count });
  }
  return wrong;
}

/** The zone's offset from UTC at `instant`, in minutes (Los Angeles in winter: -480). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return Math.round((wall - Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * The daily UTC crons that put a run 5 minutes after the clinic's midnight on every day of the year
 * from `from`: one per UTC offset the zone uses (two where clocks change for summer).
 */
export function cronsForMidnight(timeZone: string, from: Date): DailyCron[] {
  const offsets = new Set<number>();
  for (let day = 0; day < 366; day++) {
    offsets.add(offsetMinutes(new Date(from.getTime() + day * DAY_MS), timeZone));
  }
  return [...offsets]
    .map((offset) => {
      const minuteOfDay = (((5 - offset) % 1440) + 1440) % 1440;
      return { hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 };
    })
    .sort((a, b) => a.hour * 60 + a.minute - (b.hour * 60 + b.minute));
}
