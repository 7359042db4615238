/**
 * The scheduled publish's first question (`.github/workflows/publish.yml`): is this run the one just
 * after the clinic's midnight? Reads the run's cron from `PUBLISH_CRON` (GitHub's
 * `github.event.schedule`) and the clinic's zone from `content/clinic.yaml`, prints the answer and,
 * on GitHub, writes `due=true` or `due=false` to the step's outputs. See src/lib/publish-schedule.ts.
 */
import { appendFileSync, readFileSync } from "node:fs";

import { parse } from "yaml";

import { isJustAfterMidnight, parseDailyCron, plannedInstant } from "../src/lib/publish-schedule.ts";

const CLINIC_FILE = "content/clinic.yaml";

const clinic: unknown = parse(readFileSync(CLINIC_FILE, "utf8"));
const timeZone = (clinic as { timeZone?: unknown } | null)?.timeZone;
if (typeof timeZone !== "string") {
  throw new Error(`${CLINIC_FILE} has no timeZone: the build would fail on it too.`);
}

const cron = process.env["PUBLISH_CRON"] ?? "";
const planned = plannedInstant(parseDailyCron(cron), new Date());
const due = isJustAfterMidnight(planned, timeZone);
const local = new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short", timeStyle: "short", hourCycle: "h23" });

console.log(
  `Run "${cron}" was planned for ${planned.toISOString()}, ${local.format(planned)} in ${timeZone}: ` +
    (due ? "just after the clinic's midnight, publishing." : "not just after the clinic's midnight, skipping."),
);
const outputs = process.env["GITHUB_OUTPUT"];
if (outputs !== undefined && outputs !== "") appendFileSync(outputs, `due=${due}\n`);
