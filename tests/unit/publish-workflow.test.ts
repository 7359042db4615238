import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

import {
  cronsForMidnight,
  daysNotPublishedOnce,
  formatDailyCron,
  isJustAfterMidnight,
  parseDailyCron,
  plannedInstant,
} from "@/lib/publish-schedule";

const root = fileURLToPath(new URL("../../", import.meta.url));
const WORKFLOWS = join(root, ".github/workflows");
const VALIDATOR = join(root, "node_modules/@action-validator/cli/cli.mjs");

const workflowFiles = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

/** Runs `action-validator` (offline: the JSON schema is compiled into its WebAssembly) on one file. */
async function validate(file: string): Promise<{ ok: boolean; report: string }> {
  try {
    await promisify(execFile)(process.execPath, [VALIDATOR, file], { env: { ...process.env, NO_COLOR: "1" } });
    return { ok: true, report: "" };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { ok: false, report: `${stdout}${stderr}` };
  }
}

const scratch = mkdtempSync(join(tmpdir(), "lowback-workflows-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("GitHub workflows", () => {
  it("exist", () => {
    expect(workflowFiles).toContain("publish.yml");
  });

  it.each(workflowFiles)("%s passes action-validator", async (name) => {
    const { ok, report } = await validate(join(WORKFLOWS, name));
    expect(ok, `.github/workflows/${name}:\n${report}`).toBe(true);
  });

  // The check above means something only if the validator rejects a broken workflow.
  it("a workflow with a misspelt key fails action-validator", async () => {
    const broken = join(scratch, "broken.yml");
    writeFileSync(broken, readFileSync(join(WORKFLOWS, "publish.yml"), "utf8").replace("    steps:", "    stepz:"));
    const { ok, report } = await validate(broken);
    expect(ok).toBe(false);
    expect(report).toContain("Additional property 'stepz' is not allowed");
  });
});

describe("the scheduled publish", () => {
  const workflow = parse(readFileSync(join(WORKFLOWS, "publish.yml"), "utf8")) as {
    on: { schedule: { cron: string }[] };
  };
  const crons = workflow.on.schedule.map(({ cron }) => parseDailyCron(cron));
  const clinic = parse(readFileSync(join(root, "content/clinic.yaml"), "utf8")) as { timeZone: string };

  // Offers and review dates switch at the clinic's midnight: a day with no run shows yesterday's
  // offers all day; a day with two builds twice. Two years cover every clock change of the zone.
  it("publishes exactly once on each of the clinic's days, just after its midnight", () => {
    const from = new Date();
    const wrong = daysNotPublishedOnce(crons, clinic.timeZone, from, 2 * 366);
    const suggested = cronsForMidnight(clinic.timeZone, from).map(formatDailyCron);
    expect(
      wrong.slice(0, 5),
      `content/clinic.yaml timeZone ${clinic.timeZone}: .github/workflows/publish.yml's crons ` +
        `${crons.map(formatDailyCron).join(", ")} do not publish exactly once on ${wrong.length} days ` +
        `(first ones shown); use ${suggested.map((cron) => `"${cron}"`).join(" and ")}.`,
    ).toEqual([]);
  });
});

describe("publish-schedule", () => {
  const LA = "America/Los_Angeles";
  const LONDON = "Europe/London";

  it("reads only daily crons", () => {
    expect(parseDailyCron("5 7 * * *")).toEqual({ minute: 5, hour: 7 });
    expect(() => parseDailyCron("5 7 * * 1")).toThrow('"5 7 * * 1" is not a daily cron');
    expect(() => parseDailyCron("5 24 * * *")).toThrow("is not a daily cron");
  });

  it("judges a late run by the time it was planned for", () => {
    const cron = { minute: 5, hour: 8 };
    expect(plannedInstant(cron, new Date("2026-12-04T09:40:00Z")).toISOString()).toBe("2026-12-04T08:05:00.000Z");
    expect(plannedInstant(cron, new Date("2026-12-04T08:05:00Z")).toISOString()).toBe("2026-12-04T08:05:00.000Z");
    expect(plannedInstant(cron, new Date("2026-12-05T01:00:00Z")).toISOString()).toBe("2026-12-04T08:05:00.000Z");
  });

  it("knows the hour after the clinic's midnight in winter and summer time", () => {
    // Los Angeles: UTC-8 in December, UTC-7 in July.
    expect(isJustAfterMidnight(new Date("2026-12-04T08:05:00Z"), LA)).toBe(true);
    expect(isJustAfterMidnight(new Date("2026-12-04T07:05:00Z"), LA)).toBe(false);
    expect(isJustAfterMidnight(new Date("2026-07-04T07:05:00Z"), LA)).toBe(true);
    expect(isJustAfterMidnight(new Date("2026-07-04T08:05:00Z"), LA)).toBe(false);
  });

  it("finds the days a schedule misses or doubles, and the crons that fit the zone", () => {
    const from = new Date("2026-01-01T00:00:00Z");
    // Only the winter run: every summer-time day is missed (8 March to 31 October 2026 in Los Angeles).
    const winterOnly = daysNotPublishedOnce([{ minute: 5, hour: 8 }], LA, from, 365);
    expect(winterOnly[0]).toEqual({ day: "2026-03-09", runs: 0 });
    expect(winterOnly.at(-1)).toEqual({ day: "2026-11-01", runs: 0 });
    expect(cronsForMidnight(LA, from).map(formatDailyCron)).toEqual(["5 7 * * *", "5 8 * * *"]);
    expect(cronsForMidnight(LONDON, from).map(formatDailyCron)).toEqual(["5 0 * * *", "5 23 * * *"]);
    expect(cronsForMidnight("Asia/Kolkata", from).map(formatDailyCron)).toEqual(["35 18 * * *"]);
    expect(daysNotPublishedOnce(cronsForMidnight(LONDON, from), LONDON, from, 365)).toEqual([]);
  });
});
